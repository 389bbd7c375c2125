using System.Text;

namespace TeamsBot.Minutes;

/// <summary>
/// Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 and UTF-32
/// (with BOM, or UTF-16 recognised by its zero bytes), and otherwise Windows-1252, which is what
/// Word's "plain text" export writes on a Dutch Windows machine.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding Utf32BigEndian = new(bigEndian: true, byteOrderMark: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static string Decode(byte[] content, string fileName)
    {
        var text = DecodeRaw(content);
        if (LooksBinary(text))
        {
            throw new UnreadableMinutesException(UnreadableReason.Unsupported, RefusalTexts.NotText(fileName));
        }

        return text;
    }

    private static string DecodeRaw(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Lenient(Encoding.UTF8, bytes, 3);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Lenient(Encoding.UTF32, bytes, 4);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Lenient(Utf32BigEndian, bytes, 4);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Lenient(Encoding.Unicode, bytes, 2);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Lenient(Encoding.BigEndianUnicode, bytes, 2);
        }

        if (LooksUtf16(span, out var bigEndian))
        {
            return Lenient(bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, bytes, 0);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    private static string Lenient(Encoding encoding, byte[] bytes, int skip) => encoding.GetString(bytes, skip, bytes.Length - skip);

    /// <summary>UTF-16 without a BOM: Latin text has a zero in every other byte.</summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return true;
        }

        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    /// <summary>Text has few control characters; a binary file read as text has many.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return sample.Length > 0 && control > Math.Max(2, sample.Length / 100);
    }
}
