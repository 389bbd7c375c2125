namespace TeamsBot.Minutes;

internal sealed class PlainTextReader : IDocumentReader
{
    public MinutesFormat Format => MinutesFormat.Text;

    public bool Recognizes(ReadOnlySpan<byte> head) => false;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options) =>
        new(fileName, Format, [Block.Paragraph(TextDecoding.Decode(content, fileName), new SourceRef(null, 1))]);
}
