namespace TeamsBot.Minutes;

/// <summary>
/// Puts the segments of one page in reading order. A page either has one column, or two columns split
/// by a gutter that no column line crosses; lines that do cross it (a title, a full-width paragraph)
/// divide the page into bands, and each band is read left column first, then right column.
/// </summary>
internal static class PdfColumns
{
    private const int MinColumnLines = 3;

    public static IReadOnlyList<PdfLine> Order(List<PdfSegment> segments, int page)
    {
        segments.Sort((a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var gutter = FindGutter(segments);
        var regions = new List<(PdfRegion Region, List<PdfSegment> Segments)>();
        var left = new List<PdfSegment>();
        var right = new List<PdfSegment>();
        foreach (var segment in segments)
        {
            var region = gutter is not { } x ? PdfRegion.Full
                : segment.Right <= x ? PdfRegion.Left
                : segment.Left > x ? PdfRegion.Right
                : PdfRegion.Full;
            if (region == PdfRegion.Full)
            {
                Flush(regions, left, right);
                AddToRun(regions, PdfRegion.Full, segment);
            }
            else
            {
                (region == PdfRegion.Left ? left : right).Add(segment);
            }
        }

        Flush(regions, left, right);
        return ToLines(regions, page);
    }

    private static void Flush(List<(PdfRegion, List<PdfSegment>)> regions, List<PdfSegment> left, List<PdfSegment> right)
    {
        if (left.Count > 0)
        {
            regions.Add((PdfRegion.Left, [.. left]));
        }

        if (right.Count > 0)
        {
            regions.Add((PdfRegion.Right, [.. right]));
        }

        left.Clear();
        right.Clear();
    }

    private static void AddToRun(List<(PdfRegion Region, List<PdfSegment> Segments)> regions, PdfRegion region, PdfSegment segment)
    {
        if (regions.Count > 0 && regions[^1].Region == region)
        {
            regions[^1].Segments.Add(segment);
        }
        else
        {
            regions.Add((region, [segment]));
        }
    }

    private static List<PdfLine> ToLines(List<(PdfRegion Region, List<PdfSegment> Segments)> regions, int page)
    {
        var lines = new List<PdfLine>();
        foreach (var (region, segments) in regions)
        {
            var i = 0;
            while (i < segments.Count)
            {
                // Segments of one row in one column are one line: a tab stop, not a column.
                var row = new List<PdfSegment> { segments[i++] };
                while (i < segments.Count && SameRow(row[0], segments[i]))
                {
                    row.Add(segments[i++]);
                }

                lines.Add(ToLine(row, region, page, lines.Count + 1));
            }
        }

        foreach (var region in lines.Select(l => l.Region).Distinct().ToList())
        {
            var inRegion = lines.Where(l => l.Region == region).ToList();
            var regionLeft = inRegion.Min(l => l.Left);
            var regionRight = inRegion.Max(l => l.Right);
            for (var j = 0; j < lines.Count; j++)
            {
                if (lines[j].Region == region)
                {
                    lines[j] = lines[j] with { RegionLeft = regionLeft, RegionRight = regionRight };
                }
            }
        }

        return lines;
    }

    private static bool SameRow(PdfSegment a, PdfSegment b) =>
        Math.Abs(a.Baseline - b.Baseline) <= 0.5 * Math.Max(a.FontSize, b.FontSize);

    private static PdfLine ToLine(List<PdfSegment> row, PdfRegion region, int page, int number)
    {
        row.Sort((a, b) => a.Left.CompareTo(b.Left));
        var chars = row.Sum(s => s.Chars);
        var bold = row.Sum(s => s.BoldChars);
        var main = row.MaxBy(s => s.Chars)!;
        List<PdfWord> words = [.. row.SelectMany(s => s.Words)];
        return new PdfLine
        {
            Page = page,
            Number = number,
            Words = words,
            Text = string.Join(' ', words.Select(w => w.Text)),
            Baseline = main.Baseline,
            FontSize = main.FontSize,
            Bold = bold >= 0.95 * chars,
            Region = region,
            Cells = row.Count > 1 ? [.. row.Select(s => string.Join(' ', s.Words.Select(w => w.Text)))] : [],
        };
    }

    /// <summary>The x of a gutter between two columns of prose, or null for a one-column page.</summary>
    private static double? FindGutter(List<PdfSegment> segments)
    {
        if (segments.Count < 2 * MinColumnLines)
        {
            return null;
        }

        var textLeft = segments.Min(s => s.Left);
        var textRight = segments.Max(s => s.Right);
        var width = textRight - textLeft;
        double? best = null;
        var bestScore = (Rows: 0, Crossing: int.MaxValue);
        foreach (var x in segments.Select(s => Math.Ceiling(s.Right)).Distinct())
        {
            if (x < textLeft + 0.2 * width || x > textRight - 0.2 * width)
            {
                continue;
            }

            var left = segments.Where(s => s.Right <= x && s.Right - s.Left >= 0.2 * width).ToList();
            var right = segments.Where(s => s.Left > x && s.Right - s.Left >= 0.2 * width).ToList();
            if (left.Count < MinColumnLines || right.Count < MinColumnLines)
            {
                continue;
            }

            var crossing = segments.Count(s => s.Left <= x && s.Right > x);
            var sideBySide = right.Count(r => left.Exists(l => SameRow(l, r)));
            if (sideBySide >= MinColumnLines && crossing <= left.Count + right.Count
                && (sideBySide > bestScore.Rows || (sideBySide == bestScore.Rows && crossing < bestScore.Crossing)))
            {
                best = x;
                bestScore = (sideBySide, crossing);
            }
        }

        return best;
    }
}
