using System.Text;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public class TextDecodingTests
{
    private const string Dutch = "Notulen: Zoë en Chloé bespreken de financiële coöperatie – € 250 per maand.\nTweede regel.";

    [Fact]
    public void Decode_Utf8WithoutBom() => Assert.Equal(Dutch, Decode(Encoding.UTF8.GetBytes(Dutch)));

    [Fact]
    public void Decode_Utf8WithBom_BomRemoved() => Assert.Equal(Dutch, Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Dutch)]));

    [Fact]
    public void Decode_Utf16LittleEndianWithBom() => Assert.Equal(Dutch, Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Dutch)]));

    [Fact]
    public void Decode_Utf16BigEndianWithBom() => Assert.Equal(Dutch, Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Dutch)]));

    [Fact]
    public void Decode_Utf16LittleEndianWithoutBom() => Assert.Equal(Dutch, Decode(Encoding.Unicode.GetBytes(Dutch)));

    [Fact]
    public void Decode_Utf16BigEndianWithoutBom() => Assert.Equal(Dutch, Decode(Encoding.BigEndianUnicode.GetBytes(Dutch)));

    [Fact]
    public void Decode_Utf32LittleEndianWithBom() => Assert.Equal(Dutch, Decode([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Dutch)]));

    [Fact]
    public void Decode_Utf32BigEndianWithBom()
    {
        var utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: true);

        Assert.Equal(Dutch, Decode([.. utf32BigEndian.GetPreamble(), .. utf32BigEndian.GetBytes(Dutch)]));
    }

    [Fact]
    public void Decode_Windows1252_FallbackForInvalidUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Dutch);

        Assert.Equal(Dutch, Decode(bytes));
    }

    [Fact]
    public void Decode_AsciiOnly_Unchanged() => Assert.Equal("Actie: Jan", Decode("Actie: Jan"u8.ToArray()));

    [Fact]
    public void Decode_Empty_EmptyString() => Assert.Equal(string.Empty, Decode([]));

    [Fact]
    public void Decode_RandomBytes_Unsupported()
    {
        var bytes = new byte[1000];
        new Random(11).NextBytes(bytes);

        var ex = Assert.Throws<UnreadableMinutesException>(() => TextDecoding.Decode(bytes, "foto.txt"));

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
        Assert.StartsWith("foto.txt: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PngHeaderAndZeros_Unsupported()
    {
        byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[500]];

        Assert.Equal(UnreadableReason.Unsupported, Assert.Throws<UnreadableMinutesException>(() => TextDecoding.Decode(bytes, "x.txt")).Reason);
    }

    [Fact]
    public void Decode_TextWithAFewControlCharacters_Accepted()
    {
        var text = "Notulen\fPagina twee\tmet tab\u0007." + new string('x', 300);

        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text)));
    }

    private static string Decode(byte[] bytes) => TextDecoding.Decode(bytes, "test.txt");
}
