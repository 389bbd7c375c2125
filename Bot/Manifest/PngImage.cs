using System.Buffers.Binary;
using System.IO.Compression;

namespace TeamsBot.Manifest;

/// <summary>
/// The little of PNG an app package check needs: the size from the header, and the pixels of small
/// 8-bit, non-interlaced images (to tell whether an outline icon is white on transparent).
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _bytes;

    private PngImage(byte[] bytes, int width, int height, int bitDepth, int colourType, bool interlaced)
    {
        _bytes = bytes;
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColourType = colourType;
        Interlaced = interlaced;
    }

    public int Width { get; }

    public int Height { get; }

    public int BitDepth { get; }

    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.</summary>
    public int ColourType { get; }

    public bool Interlaced { get; }

    public bool HasAlphaChannel => ColourType is 4 or 6;

    /// <summary>The image, or null when the bytes are not a PNG with a readable header.</summary>
    public static PngImage? TryRead(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        return width <= 0 || height <= 0 ? null : new PngImage(bytes, width, height, bytes[24], bytes[25], bytes[28] != 0);
    }

    /// <summary>The pixels as RGBA, 4 bytes each, row by row; only for 8-bit non-interlaced grey, RGB, grey+alpha or RGBA.</summary>
    public byte[] ReadRgba()
    {
        var channels = ColourType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || BitDepth != 8 || Interlaced)
        {
            throw new InvalidDataException($"only 8-bit, non-interlaced grey, RGB, grey+alpha or RGBA PNGs are read (this one: colour type {ColourType}, {BitDepth}-bit{(Interlaced ? ", interlaced" : "")})");
        }

        var stride = Width * channels;
        var raw = Inflate(ImageData(), (stride + 1) * Height);
        Unfilter(raw, stride, channels);
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var source = raw.AsSpan((y * (stride + 1)) + 1 + (x * channels), channels);
                var target = rgba.AsSpan(((y * Width) + x) * 4, 4);
                var grey = channels <= 2;
                target[0] = source[0];
                target[1] = grey ? source[0] : source[1];
                target[2] = grey ? source[0] : source[2];
                target[3] = channels switch { 2 => source[1], 4 => source[3], _ => 255 };
            }
        }

        return rgba;
    }

    private byte[] ImageData()
    {
        using var data = new MemoryStream();
        var offset = 8;
        while (offset + 12 <= _bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(_bytes.AsSpan(offset));
            if (length < 0 || offset + 12 + length > _bytes.Length)
            {
                throw new InvalidDataException("a chunk runs past the end of the file");
            }

            var type = _bytes.AsSpan(offset + 4, 4);
            if (type.SequenceEqual("IDAT"u8))
            {
                data.Write(_bytes, offset + 8, length);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            offset += 12 + length;
        }

        return data.ToArray();
    }

    private static byte[] Inflate(byte[] compressed, int expected)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var raw = new byte[expected];
        var read = 0;
        while (read < expected)
        {
            var n = zlib.Read(raw, read, expected - read);
            if (n == 0)
            {
                throw new InvalidDataException("the image data is shorter than its size says");
            }

            read += n;
        }

        return raw;
    }

    private static void Unfilter(byte[] raw, int stride, int bytesPerPixel)
    {
        for (var row = 0; row * (stride + 1) < raw.Length; row++)
        {
            var start = (row * (stride + 1)) + 1;
            var filter = raw[start - 1];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? raw[start + i - bytesPerPixel] : 0;
                int up = row > 0 ? raw[start + i - stride - 1] : 0;
                int upLeft = row > 0 && i >= bytesPerPixel ? raw[start + i - stride - 1 - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown row filter {filter}"),
                };
                raw[start + i] = (byte)(raw[start + i] + predictor);
            }
        }
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
