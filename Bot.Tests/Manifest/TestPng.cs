using System.Buffers.Binary;
using System.IO.Compression;

namespace TeamsBot.Tests.Manifest;

/// <summary>Writes small RGBA PNGs for the icon checks, cycling through all five row filters.</summary>
public static class TestPng
{
    public static byte[] Rgba(int width, int height, Func<int, int, (byte R, byte G, byte B, byte A)> pixel)
    {
        var raw = new MemoryStream();
        var previous = new byte[width * 4];
        for (var y = 0; y < height; y++)
        {
            var row = new byte[width * 4];
            for (var x = 0; x < width; x++)
            {
                var (r, g, b, a) = pixel(x, y);
                row[x * 4] = r;
                row[(x * 4) + 1] = g;
                row[(x * 4) + 2] = b;
                row[(x * 4) + 3] = a;
            }

            var filter = (byte)(y % 5);
            raw.WriteByte(filter);
            for (var i = 0; i < row.Length; i++)
            {
                int left = i >= 4 ? row[i - 4] : 0;
                int up = y > 0 ? previous[i] : 0;
                int upLeft = y > 0 && i >= 4 ? previous[i - 4] : 0;
                var predictor = filter switch { 1 => left, 2 => up, 3 => (left + up) / 2, 4 => Paeth(left, up, upLeft), _ => 0 };
                raw.WriteByte((byte)(row[i] - predictor));
            }

            previous = row;
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
