using System.Text.RegularExpressions;

namespace TeamsBot.Minutes;

/// <summary>
/// Drops page headers and footers: lines near the top or bottom edge whose text (digits aside) comes back
/// on most pages, and lone page numbers there.
/// </summary>
internal static partial class PdfRunningLines
{
    private const double EdgeBand = 0.08;
    private const double RecurringShare = 0.6;

    public static List<PdfLine> Remove(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<int, double> pageHeights)
    {
        var atEdge = lines.Where(l => IsAtEdge(l, pageHeights)).ToList();
        var recurring = new HashSet<string>(StringComparer.Ordinal);
        if (pageHeights.Count >= 2)
        {
            var minimumPages = Math.Max(2, (int)Math.Ceiling(RecurringShare * pageHeights.Count));
            recurring.UnionWith(atEdge
                .GroupBy(Key, StringComparer.Ordinal)
                .Where(g => g.Select(l => l.Page).Distinct().Count() >= minimumPages)
                .Select(g => g.Key));
        }

        var drop = atEdge.Where(l => recurring.Contains(Key(l)) || PageNumber().IsMatch(l.Text)).ToHashSet();
        return lines.Where(l => !drop.Contains(l)).ToList();
    }

    private static bool IsAtEdge(PdfLine line, IReadOnlyDictionary<int, double> pageHeights)
    {
        var height = pageHeights[line.Page];
        var band = EdgeBand * height;
        return line.Baseline < band || line.Baseline + line.FontSize > height - band;
    }

    private static string Key(PdfLine line) =>
        Digits().Replace(line.Text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // "3", "- 3 -", "Page 3 of 5", "Pagina 3 van 5", "blz. 3", "3/5"
    [GeneratedRegex(@"^((page|pagina|blz\.?|p\.|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|van|von|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
