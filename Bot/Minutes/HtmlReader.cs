namespace TeamsBot.Minutes;

/// <summary>
/// Reads HTML minutes: pages saved from Word or Outlook, Teams messages, Markdown rendered to HTML.
/// Block sources are the line of the block's element in the file, or the block's index when the
/// markup has too few line breaks for lines to tell blocks apart (Teams and mail HTML often has none).
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    public MinutesFormat Format => MinutesFormat.Html;

    public bool Recognizes(ReadOnlySpan<byte> head) => HtmlSignature.Matches(head);

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options)
    {
        var text = TextDecoding.Decode(content, fileName);
        try
        {
            using var document = HtmlBlockWalker.Parse(text);
            var blocks = HtmlBlockWalker.Walk(document.Body ?? (AngleSharp.Dom.INode)document);
            var title = HtmlText.Normalize(new System.Text.StringBuilder(document.Title ?? string.Empty));
            return new MinutesDocument(fileName, Format, WithUsableSources(blocks), title.Length > 0 ? title : null);
        }
        catch (Exception ex) when (ex is not (UnreadableMinutesException or OutOfMemoryException))
        {
            throw new UnreadableMinutesException(UnreadableReason.Damaged, RefusalTexts.HtmlUnreadable(fileName, ex.GetType().Name), ex);
        }
    }

    private static IReadOnlyList<Block> WithUsableSources(IReadOnlyList<Block> blocks)
    {
        var distinctLines = blocks.Select(b => b.Source.Line).Distinct().Count();
        if (distinctLines * 2 >= blocks.Count)
        {
            return blocks;
        }

        return blocks.Select((b, i) => b with { Source = new SourceRef(null, i + 1) }).ToArray();
    }
}
