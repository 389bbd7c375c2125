namespace TeamsBot.Minutes;

internal sealed class HtmlReader : IDocumentReader
{
    public MinutesFormat Format => MinutesFormat.Html;

    public bool Recognizes(ReadOnlySpan<byte> head) => false;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options) =>
        throw new NotImplementedException();
}
