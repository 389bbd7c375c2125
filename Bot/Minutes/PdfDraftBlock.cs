using System.Text;

namespace TeamsBot.Minutes;

/// <summary>A block of a PDF while its lines are being collected.</summary>
internal sealed class PdfDraftBlock
{
    private const int MaxBoldHeadingLength = 120;
    private const double IndentTolerance = 3;

    // Lines of one paragraph or list are about 1.2 font sizes apart; a heading stands further from the text above.
    private const double SetApartRatio = 1.5;

    private readonly StringBuilder _text = new();
    private string _lastLine;

    private PdfDraftBlock(BlockKind kind, PdfLine first, string text)
    {
        Kind = kind;
        First = first;
        Last = first;
        AllBold = first.Bold;
        FirstIndent = first.Left - first.RegionLeft;
        TextIndent = FirstIndent;
        _text.Append(text);
        _lastLine = text;
    }

    public BlockKind Kind { get; }

    public PdfLine First { get; }

    public PdfLine Last { get; private set; }

    public int LineCount { get; private set; } = 1;

    public bool AllBold { get; private set; }

    /// <summary>Indent of the first line (for a list item: of its marker).</summary>
    public double FirstIndent { get; private init; }

    /// <summary>Indent the following lines are expected at (for a list item: its text after the marker).</summary>
    public double TextIndent { get; private set; }

    public int Level { get; private init; }

    public bool Ordered { get; private init; }

    public static PdfDraftBlock Heading(PdfLine line, int level) =>
        new(BlockKind.Heading, line, line.Text) { Level = level };

    public static PdfDraftBlock TableRow(PdfLine line) => new(BlockKind.TableRow, line, line.Text);

    public static PdfDraftBlock Paragraph(PdfLine line) => new(BlockKind.Paragraph, line, line.Text);

    public static PdfDraftBlock ListItem(PdfLine line, PdfListMarker marker) =>
        new(BlockKind.ListItem, line, string.Join(' ', marker.TextWords.Select(w => w.Text)))
        {
            Ordered = marker.Ordered,
            FirstIndent = marker.MarkerIndent,
            TextIndent = marker.TextIndent,
        };

    public void Append(PdfLine line, string text, bool wrapped)
    {
        // Only the last line can change (a hyphen dropped), so only it is joined again: long blocks stay linear.
        _text.Length -= _lastLine.Length;
        _text.Append(wrapped ? PdfLineJoiner.JoinWrapped(_lastLine, text) : _lastLine + "\n" + text);
        _lastLine = text;
        if (LineCount == 1 && Kind == BlockKind.Paragraph)
        {
            TextIndent = line.Left - line.RegionLeft;
        }

        Last = line;
        LineCount++;
        AllBold &= line.Bold;
    }

    /// <summary>Makes the blocks; list depth is the rank of an item's indent among the items of its list.</summary>
    public static IReadOnlyList<Block> ToBlocks(IReadOnlyList<PdfDraftBlock> drafts)
    {
        var blocks = new List<Block>(drafts.Count);
        var listIndents = new List<double>();
        var table = 0;
        var previousKind = BlockKind.Paragraph;
        PdfDraftBlock? previous = null;

        // The number of the last numbered heading ("4." next continues it) and of the last item of a numbered list
        // since (whose next number belongs to the list).
        var heading = (Number: (int?)null, Level: 6);
        int? listNumber = null;
        foreach (var draft in drafts)
        {
            var before = previous;
            previous = draft;
            if (draft.Kind == BlockKind.TableRow)
            {
                table += previousKind == BlockKind.TableRow ? 0 : 1;
                previousKind = draft.Kind;
                blocks.Add(Block.TableRow([.. draft.First.Cells.Select(Collapse)], table, new SourceRef(draft.First.Page, draft.First.Number)));
                continue;
            }

            previousKind = draft.Kind;
            var text = string.Join('\n', draft._text.ToString().Split('\n').Select(Collapse).Where(t => t.Length > 0));
            if (text.Length == 0)
            {
                continue;
            }

            var source = new SourceRef(draft.First.Page, draft.First.Number);
            if (draft.Kind == BlockKind.Heading)
            {
                listIndents.Clear();
                blocks.Add(Block.Heading(text, draft.Level, source));
                heading = (TopNumber(text), draft.Level);
                listNumber = null;
            }
            else if (draft.Kind == BlockKind.ListItem && draft.Ordered && draft.LineCount == 1 && IsBoldHeading(draft, text))
            {
                // A numbered bold line on its own is a numbered heading ("4. Stand van zaken"), not a list.
                listIndents.Clear();
                blocks.Add(Block.Heading(Collapse(draft.First.Text), 6, source));
                heading = (TopNumber(draft.First.Text), 6);
                listNumber = null;
            }
            else if (draft.Kind == BlockKind.ListItem && draft.Ordered && heading.Number is { } last
                     && TopNumber(draft.First.Text) != listNumber + 1 && ContinuesHeadings(draft, before, text, last))
            {
                // "4. Stand van zaken" in the body font after heading "3. ...": the agenda goes on, whatever its styling.
                listIndents.Clear();
                blocks.Add(Block.Heading(Collapse(draft.First.Text), heading.Level, source));
                heading = (last + 1, heading.Level);
                listNumber = null;
            }
            else if (draft.Kind == BlockKind.ListItem)
            {
                listNumber = draft.Ordered ? TopNumber(draft.First.Text) : listNumber;

                blocks.Add(Block.ListItem(text, Depth(listIndents, draft.FirstIndent), draft.Ordered, source));
            }
            else if (IsBoldHeading(draft, text))
            {
                listIndents.Clear();
                blocks.Add(Block.Heading(text, 6, source));
            }
            else
            {
                blocks.Add(Block.Paragraph(text, source));
            }
        }

        return blocks;
    }

    private static bool IsBoldHeading(PdfDraftBlock draft, string text) =>
        draft.AllBold && text.Length <= MaxBoldHeadingLength && !text.Contains('\n', StringComparison.Ordinal)
        && !text.EndsWith('.') && !text.EndsWith('!') && !text.EndsWith('?') && !text.EndsWith(':');

    /// <summary>
    /// True when a numbered line is the next heading of a numbered agenda: one short line at the column edge, where
    /// headings start, set apart from the text above, numbered one more than the last heading.
    /// </summary>
    private static bool ContinuesHeadings(PdfDraftBlock draft, PdfDraftBlock? before, string text, int lastHeading)
    {
        var line = draft.First;
        var setApart = before is null || before.Last.Page != line.Page || before.Last.Region != line.Region
            || before.Last.Baseline - line.Baseline > SetApartRatio * line.FontSize;
        return draft.LineCount == 1 && draft.FirstIndent <= IndentTolerance && setApart
            && TopNumber(line.Text) == lastHeading + 1
            && text.Length <= MaxBoldHeadingLength && !text.EndsWith('.') && !text.EndsWith('!') && !text.EndsWith('?') && !text.EndsWith(':');
    }

    /// <summary>The number of "4. Stand van zaken" or "4) Rondvraag"; null for "4.1", "a." or an unnumbered text.</summary>
    private static int? TopNumber(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var numbered = digits > 0 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] == ' ');
        return numbered ? int.Parse(text.AsSpan(0, digits), provider: System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int Depth(List<double> indents, double indent)
    {
        if (!indents.Exists(i => Math.Abs(i - indent) <= 4))
        {
            indents.Add(indent);
            indents.Sort();
        }

        return indents.FindIndex(i => Math.Abs(i - indent) <= 4);
    }

    private static string Collapse(string line) =>
        string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
