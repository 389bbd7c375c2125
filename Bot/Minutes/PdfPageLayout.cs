using System.Text;
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
        var splitter = new RowSplitter(segments);
        Letter? previous = null;
        foreach (var letter in row)
        {
            var size = Math.Max(letter.PointSize, 1);
            var x = letter.StartBaseLine.X;
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                splitter.EndWord();
                continue;
            }

            if (previous is not null && previous.Value == letter.Value && Math.Abs(x - previous.StartBaseLine.X) < DuplicateOffset * size)
            {
                continue; // drawn twice to fake bold
            }

            var gap = x - splitter.LastRight;
            if (splitter.HasText && gap > SegmentGap * size)
            {
                splitter.EndSegment();
            }
            else if (gap > WordGap * size)
            {
                splitter.EndWord();
            }

            splitter.Add(letter, size, IsBold(letter, boldFonts));
            previous = letter;
        }

        splitter.EndSegment();
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

    /// <summary>Collects the letters of one row into words and segments.</summary>
    private sealed class RowSplitter(List<PdfSegment> segments)
    {
        private readonly List<PdfWord> _words = [];
        private readonly Dictionary<double, int> _sizes = [];
        private readonly StringBuilder _word = new();
        private double _wordLeft;
        private double _baseline;
        private int _chars;
        private int _boldChars;

        public double LastRight { get; private set; } = double.NaN;

        public bool HasText => _words.Count > 0 || _word.Length > 0;

        public void Add(Letter letter, double size, bool bold)
        {
            var x = letter.StartBaseLine.X;
            if (!HasText)
            {
                _baseline = letter.StartBaseLine.Y;
            }

            if (_word.Length == 0)
            {
                _wordLeft = x;
            }

            _word.Append(letter.Value);
            LastRight = Math.Max(letter.EndBaseLine.X, x);
            var rounded = Math.Round(size * 2) / 2;
            _sizes[rounded] = _sizes.GetValueOrDefault(rounded) + letter.Value.Length;
            _chars += letter.Value.Length;
            _boldChars += bold ? letter.Value.Length : 0;
        }

        public void EndWord()
        {
            if (_word.Length > 0)
            {
                _words.Add(new PdfWord(_word.ToString(), _wordLeft, LastRight));
                _word.Clear();
            }
        }

        public void EndSegment()
        {
            EndWord();
            if (_words.Count > 0)
            {
                var fontSize = _sizes.MaxBy(s => s.Value).Key;
                segments.Add(new PdfSegment([.. _words], _baseline, fontSize, _chars, _boldChars));
            }

            _words.Clear();
            _sizes.Clear();
            _chars = _boldChars = 0;
        }
    }
}
