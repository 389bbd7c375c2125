namespace TeamsBot.Minutes;

/// <summary>
/// Groups the lines of a PDF, in reading order, into headings, list items and paragraphs. Font sizes,
/// weight, line spacing and indents decide; the statistics come from the whole document so that a rule
/// such as "clearly larger than body text" means the same on every page.
/// </summary>
internal sealed class PdfBlockBuilder
{
    private const double HeadingRatio = 1.15;
    private const double ParagraphGapRatio = 1.35;
    private const double IndentTolerance = 3;

    private readonly double _bodySize;
    private readonly double _pitch;
    private readonly List<double> _headingSizes;
    private readonly Dictionary<(int Page, PdfRegion Region), List<PdfLine>> _flows;
    private readonly List<PdfDraftBlock> _drafts = [];
    private PdfDraftBlock? _current;

    private PdfBlockBuilder(IReadOnlyList<PdfLine> lines)
    {
        _bodySize = lines.GroupBy(l => l.FontSize).MaxBy(g => g.Sum(l => l.Text.Length))?.Key ?? 12;
        _flows = lines.GroupBy(l => (l.Page, l.Region)).ToDictionary(g => g.Key, g => g.ToList());
        _headingSizes = [.. lines.Select(l => l.FontSize).Where(IsHeadingSize).Distinct().OrderDescending()];
        var gaps = lines.Zip(lines.Skip(1))
            .Where(p => SameFlow(p.First, p.Second) && p.First.FontSize == _bodySize && p.Second.FontSize == _bodySize)
            .Select(p => Math.Round((p.First.Baseline - p.Second.Baseline) * 2) / 2)
            .Where(g => g > 0)
            .ToList();

        // Documents of one-line paragraphs have more paragraph gaps than line gaps: prefer a usual line spacing.
        var lineGaps = gaps.Where(g => g >= 0.9 * _bodySize && g <= 1.6 * _bodySize).ToList();
        _pitch = (lineGaps.Count > 0 ? lineGaps : gaps).GroupBy(g => g).MaxBy(g => g.Count())?.Key ?? 1.2 * _bodySize;
    }

    public static IReadOnlyList<Block> Build(IReadOnlyList<PdfLine> lines)
    {
        lines = WithDocumentMargins(lines);
        var builder = new PdfBlockBuilder(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsTableRow(lines, i))
            {
                builder.Close();
                builder._drafts.Add(PdfDraftBlock.TableRow(lines[i]));
            }
            else
            {
                builder.Add(lines[i]);
            }
        }

        builder.Close();
        return PdfDraftBlock.ToBlocks(builder._drafts);
    }

    /// <summary>
    /// Gives full-width lines the text edges of the whole document, so that a page holding only list
    /// items or short lines does not shift the margin that indents and line ends are measured from.
    /// </summary>
    private static List<PdfLine> WithDocumentMargins(IReadOnlyList<PdfLine> lines)
    {
        var full = lines.Where(l => l.Region == PdfRegion.Full).ToList();
        if (full.Count == 0)
        {
            return [.. lines];
        }

        var left = full.Min(l => l.RegionLeft);
        var right = full.Max(l => l.RegionRight);
        return [.. lines.Select(l => l.Region == PdfRegion.Full ? l with { RegionLeft = left, RegionRight = right } : l)];
    }

    /// <summary>
    /// A line of several cells next to another such line is a table row. A lone line with a tab gap is
    /// not, and neither is a bullet set apart from its text.
    /// </summary>
    private static bool IsTableRow(IReadOnlyList<PdfLine> lines, int index)
    {
        static bool HasCells(PdfLine line) => line.Cells.Count > 1 && line.Cells[0].Length > 3;

        var line = lines[index];
        return HasCells(line)
            && ((index > 0 && SameFlow(lines[index - 1], line) && HasCells(lines[index - 1]))
                || (index + 1 < lines.Count && SameFlow(lines[index + 1], line) && HasCells(lines[index + 1])));
    }

    private bool IsHeadingSize(double size) => size >= HeadingRatio * _bodySize;

    private static bool SameFlow(PdfLine a, PdfLine b) => a.Page == b.Page && a.Region == b.Region;

    private void Add(PdfLine line)
    {
        var heading = IsHeadingSize(line.FontSize);
        var marker = heading ? null : PdfListMarker.Parse(line);
        if (_current is not null && marker is null && Continues(_current, line, heading))
        {
            var previous = _current.Last;
            _current.Append(line, line.Text, Wrapped(previous, line));
            return;
        }

        Close();
        _current = heading ? PdfDraftBlock.Heading(line, _headingSizes.IndexOf(line.FontSize) + 1)
            : marker is not null ? PdfDraftBlock.ListItem(line, marker)
            : PdfDraftBlock.Paragraph(line);
    }

    private void Close()
    {
        if (_current is not null)
        {
            _drafts.Add(_current);
            _current = null;
        }
    }

    private bool Continues(PdfDraftBlock draft, PdfLine line, bool heading)
    {
        var previous = draft.Last;
        if (heading != (draft.Kind == BlockKind.Heading) || Math.Abs(previous.FontSize - line.FontSize) > 0.75)
        {
            return false;
        }

        if (draft.Kind != BlockKind.ListItem && draft.AllBold != line.Bold)
        {
            return false; // a bold line above or below body text stands on its own
        }

        if (SameFlow(previous, line))
        {
            var gap = previous.Baseline - line.Baseline;
            if (gap <= 0 || gap > ParagraphGapRatio * _pitch * line.FontSize / _bodySize + 0.5)
            {
                return false;
            }
        }
        else if (!Wrapped(previous, line) || EndsSentence(previous.Text))
        {
            return false; // across a page or column break only a line that ran full mid-sentence continues
        }

        var indent = line.Left - line.RegionLeft;
        return draft.Kind switch
        {
            BlockKind.ListItem => Near(indent, draft.TextIndent) || (Near(indent, draft.FirstIndent) && Wrapped(previous, line)),
            BlockKind.Heading => true,
            _ => draft.LineCount == 1 ? indent <= draft.FirstIndent + IndentTolerance : Near(indent, draft.TextIndent),
        };
    }

    /// <summary>
    /// The right edge that lines at least as indented as this one reach on its page: a block quote or a
    /// table cell ends before the column does. Too few such lines to tell, and the column edge counts.
    /// </summary>
    private double LocalRight(PdfLine line)
    {
        if (!_flows.TryGetValue((line.Page, line.Region), out var flow))
        {
            return line.RegionRight;
        }

        var right = 0.0;
        var count = 0;
        foreach (var other in flow)
        {
            if (other.Left >= line.Left - IndentTolerance)
            {
                right = Math.Max(right, other.Right);
                count++;
            }
        }

        return count >= 3 ? right : line.RegionRight;
    }

    private static bool EndsSentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') || text.EndsWith(':');

    private static bool Near(double a, double b) => Math.Abs(a - b) <= IndentTolerance;

    /// <summary>True when the line before ran up to the right edge, so the break was the layout's, not the writer's.</summary>
    private bool Wrapped(PdfLine previous, PdfLine line)
    {
        if (PdfLineJoiner.EndsWithHyphen(previous.Text))
        {
            return true;
        }

        var right = LocalRight(previous);
        var firstWord = line.Words[0].Right - line.Words[0].Left;
        return previous.Right + (0.3 * previous.FontSize) + firstWord > right;
    }
}
