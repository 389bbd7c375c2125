namespace TeamsBot.Minutes;

internal sealed class PdfReader : IDocumentReader
{
    public MinutesFormat Format => MinutesFormat.Pdf;

    public bool Recognizes(ReadOnlySpan<byte> head) => false;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options) =>
        throw new NotImplementedException();
}
