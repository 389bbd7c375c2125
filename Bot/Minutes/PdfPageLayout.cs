using UglyToad.PdfPig.Content;

namespace TeamsBot.Minutes;

/// <summary>
/// Turns the letters of one page into segments: rows of letters on a shared baseline, cut into words at
/// spaces and small gaps, and into separate segments at gaps wide enough to be a column gutter or a tab.
/// Written by hand because PdfPig's layout analysis costs tens of milliseconds a page.
/// </summary>
internal static class PdfPageLayout
{
    private const double WordGap = 0.15;
    private const double SegmentGap = 1.0;
    private const double DuplicateOffset = 0.08;

    public static IReadOnlyList<PdfLine> ReadLines(IReadOnlyList<Letter> letters, int page)
    {
        var boldFonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var segments = new List<PdfSegment>();
        foreach (var row in GroupRows(letters))
        {
            SplitRow(row, boldFonts, segments);
        }

        return PdfColumns.Order(segments, page);
    }

    private static List<List<Letter>> GroupRows(IReadOnlyList<Letter> letters)
    {
        var glyphs = letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrEmpty(l.Value))
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ToList();
        var rows = new List<List<Letter>>();
        List<Letter>? row = null;
        double rowY = 0, rowSize = 0;
        foreach (var letter in glyphs)
        {
            var size = Math.Max(letter.PointSize, 1);
            if (row is null || rowY - letter.StartBaseLine.Y > 0.5 * Math.Max(rowSize, size))
            {
                row = [];
                rows.Add(row);
                rowY = letter.StartBaseLine.Y;
                rowSize = 0;
            }

            row.Add(letter);
            rowSize = Math.Max(rowSize, size);
        }

        return rows;
    }

    private static void SplitRow(List<Letter> row, Dictionary<string, bool> boldFonts, List<PdfSegment> segments)
    {
        row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var words = new List<PdfWord>();
        var sizes = new Dictionary<double, int>();
        var word = new System.Text.StringBuilder();
        double wordLeft = 0, lastRight = double.NaN, baseline = row[0].StartBaseLine.Y;
        int chars = 0, boldChars = 0;
        Letter? previous = null;

        void EndWord()
        {
            if (word.Length > 0)
            {
                words.Add(new PdfWord(word.ToString(), wordLeft, lastRight));
                word.Clear();
            }
        }

        void EndSegment()
        {
            EndWord();
            if (words.Count > 0)
            {
                var fontSize = sizes.MaxBy(s => s.Value).Key;
                segments.Add(new PdfSegment([.. words], baseline, fontSize, chars, boldChars));
            }

            words.Clear();
            sizes.Clear();
            chars = boldChars = 0;
        }

        foreach (var letter in row)
        {
            var size = Math.Max(letter.PointSize, 1);
            var x = letter.StartBaseLine.X;
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                EndWord();
                continue;
            }

            if (previous is not null && previous.Value == letter.Value && Math.Abs(x - previous.StartBaseLine.X) < DuplicateOffset * size)
            {
                continue; // drawn twice to fake bold
            }

            var gap = x - lastRight;
            if (words.Count + word.Length > 0 && gap > SegmentGap * size)
            {
                EndSegment();
            }
            else if (gap > WordGap * size)
            {
                EndWord();
            }

            if (word.Length == 0)
            {
                wordLeft = x;
            }

            if (words.Count == 0 && word.Length == 0)
            {
                baseline = letter.StartBaseLine.Y;
            }

            word.Append(letter.Value);
            lastRight = Math.Max(letter.EndBaseLine.X, x);
            var rounded = Math.Round(size * 2) / 2;
            sizes[rounded] = sizes.GetValueOrDefault(rounded) + letter.Value.Length;
            chars += letter.Value.Length;
            boldChars += IsBold(letter, boldFonts) ? letter.Value.Length : 0;
            previous = letter;
        }

        EndSegment();
    }

    private static bool IsBold(Letter letter, Dictionary<string, bool> boldFonts)
    {
        var name = letter.FontName ?? string.Empty;
        if (!boldFonts.TryGetValue(name, out var bold))
        {
            bold = letter.FontDetails is { } details && (details.IsBold || details.Weight >= 600)
                || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Demi", StringComparison.OrdinalIgnoreCase);
            boldFonts[name] = bold;
        }

        return bold;
    }
}
