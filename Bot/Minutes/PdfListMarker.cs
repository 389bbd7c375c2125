using System.Text.RegularExpressions;

namespace TeamsBot.Minutes;

/// <summary>
/// The bullet or number that starts a list item line, and where the item's text begins.
/// Indents are measured from the left text edge of the line's column.
/// </summary>
internal sealed partial record PdfListMarker(bool Ordered, double MarkerIndent, double TextIndent, IReadOnlyList<PdfWord> TextWords)
{
    private const string Bullets = "•◦▪▫●○■□‣⁃∙·►▸➢➤✓✔–-*";

    // Letters that symbol fonts (Wingdings, Symbol, Courier "o") show as bullets; they only count
    // when the text after them starts at a tab stop, not at a normal word space.
    private const string SymbolFontBullets = "o§Øü";

    public static PdfListMarker? Parse(PdfLine line)
    {
        var words = line.Words;
        var first = words[0].Text;
        var size = line.FontSize;
        if (first.Length > 1 && IsBullet(first[0]) && first[0] is not ('-' or '–' or '*') && char.IsLetterOrDigit(first[1]))
        {
            // A bullet glyph with no gap before the text.
            var rest = first[1..];
            var glued = new PdfWord(rest, words[0].Left + (words[0].Right - words[0].Left) / first.Length, words[0].Right);
            return Create(line, false, [glued, .. words.Skip(1)]);
        }

        if (words.Count < 2)
        {
            return null;
        }

        var gapToText = words[1].Left - words[0].Right;
        if (first.Length == 1 && (IsBullet(first[0]) || (SymbolFontBullets.Contains(first[0], StringComparison.Ordinal) && gapToText > 0.5 * size)))
        {
            return Create(line, false, words.Skip(1).ToList());
        }

        return OrderedMarker().IsMatch(first) ? Create(line, true, words.Skip(1).ToList()) : null;
    }

    private static bool IsBullet(char c) =>
        Bullets.Contains(c, StringComparison.Ordinal) || (c >= '\uE000' && c <= '\uF8FF');

    private static PdfListMarker Create(PdfLine line, bool ordered, List<PdfWord> textWords) =>
        new(ordered, line.Left - line.RegionLeft, textWords[0].Left - line.RegionLeft, textWords);

    // 1.  1)  (1)  1.2.  a)  a.  (a)  iv.  A)  — but not "A." which is usually an initial.
    [GeneratedRegex(@"^(\(?\d{1,3}[.)]|\d{1,3}(\.\d{1,3})+\.?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\(?[A-Z]\)|\([A-Z]\))$")]
    private static partial Regex OrderedMarker();
}
