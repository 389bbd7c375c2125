namespace TeamsBot.Minutes;

internal sealed class DocxReader : IDocumentReader
{
    public MinutesFormat Format => MinutesFormat.Docx;

    public bool Recognizes(ReadOnlySpan<byte> head) => false;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options) =>
        throw new NotImplementedException();
}
