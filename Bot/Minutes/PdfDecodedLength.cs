using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace TeamsBot.Minutes;

/// <summary>
/// How many bytes a PDF stream decodes to, counted without keeping them: each counter stops once it is past
/// <c>limit</c>, so counting a bomb costs no more than counting the limit. The counts follow PdfPig's decoders where
/// they are lenient (Flate skips the two zlib header bytes unread and keeps what came out before damage).
/// </summary>
internal static class PdfDecodedLength
{
    private const int ChunkBytes = 64 * 1024;

    public static long Flate(Memory<byte> input, long limit)
    {
        // PdfPig skips the zlib header without reading it; a stream without one still inflates as raw deflate.
        var afterHeader = input.Length >= 2 ? Inflated(input[2..], limit) : 0;
        return afterHeader > 0 ? afterHeader : Inflated(input, limit);
    }

    private static long Inflated(ReadOnlyMemory<byte> input, long limit)
    {
        var source = MemoryMarshal.TryGetArray(input, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.ToArray(), writable: false);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        long total = 0;
        try
        {
            using var inflater = new DeflateStream(source, CompressionMode.Decompress);
            int read;
            while (total <= limit && (read = inflater.Read(chunk, 0, ChunkBytes)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged from here on: what came out before counts.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return total;
    }

    /// <summary>
    /// LZW as PDF uses it (codes of 9 to 12 bits, 256 clears, 257 ends): only the length of each table entry is tracked,
    /// which is all the decoded length depends on.
    /// </summary>
    public static long Lzw(ReadOnlySpan<byte> input, int earlyChange, long limit)
    {
        const int Clear = 256, End = 257, First = 258, TableSize = 4096;
        var lengths = new int[TableSize];
        Array.Fill(lengths, 1, 0, 256);
        long total = 0;
        int width = 9, next = First, previous = -1;
        long bit = 0, bits = (long)input.Length * 8;
        while (bit + width <= bits && total <= limit)
        {
            var code = 0;
            for (var i = 0; i < width; i++, bit++)
            {
                code = (code << 1) | ((input[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1);
            }

            if (code == Clear)
            {
                (width, next, previous) = (9, First, -1);
                continue;
            }

            if (code == End)
            {
                break;
            }

            int length;
            if (code < next && code is < Clear or >= First)
            {
                length = lengths[code];
            }
            else if (code == next && previous >= 0)
            {
                length = lengths[previous] + 1;
            }
            else
            {
                break;
            }

            total += length;
            if (previous >= 0 && next < TableSize)
            {
                lengths[next++] = lengths[previous] + 1;
            }

            previous = code;
            if (next + earlyChange >= 1 << width && width < 12)
            {
                width++;
            }
        }

        return total;
    }

    /// <summary>RunLengthDecode: a length byte n, then n + 1 literal bytes (n &lt; 128) or one byte repeated 257 - n times; 128 ends.</summary>
    public static long RunLength(ReadOnlySpan<byte> input, long limit)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && total <= limit)
        {
            var n = input[i];
            if (n == 128)
            {
                break;
            }

            (total, i) = n < 128 ? (total + n + 1, i + n + 2) : (total + 257 - n, i + 2);
        }

        return total;
    }
}
