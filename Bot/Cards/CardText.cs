using System.Globalization;
using System.Text;

namespace TeamsBot.Cards;

/// <summary>
/// Text from minutes, names and commands is data, never markup. <see cref="Plain"/> makes such text safe for places
/// Teams does not read as Markdown (TextRun, input values, choice titles); <see cref="Escape"/> also neutralises
/// Markdown for a TextBlock. Neither can let the text add a link, image, mention, HTML tag or entity.
/// </summary>
public static class CardText
{
    public const int DefaultMaxLength = 2000;

    // Invisible in every renderer, and no tag, entity or URL scheme can span it.
    private const char WordJoiner = '\u2060';
    private const string Ellipsis = "…";
    private const string MarkdownSpecials = "\\*_[]`~|";

    /// <summary>
    /// One line of plain text: control and bidi-override characters removed, whitespace collapsed, '&lt;' and '&amp;'
    /// unable to start a tag, mention or entity, "](" unable to close a link, "{{" unable to open a DATE/TIME function, and bare URLs and e-mail addresses unable
    /// to become links (an invisible word joiner breaks each); at most
    /// <paramref name="maxLength"/> characters, cut at a word with "…".
    /// </summary>
    public static string Plain(string? text, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var collapsed = Collapse(text);
        var cut = Truncate(collapsed, maxLength);
        var builder = new StringBuilder(cut.Length + 8);
        for (var i = 0; i < cut.Length; i++)
        {
            var c = cut[i];
            if (c == '.' && EndsWithWww(builder))
            {
                builder.Append(WordJoiner);
            }

            builder.Append(c);
            if (c is '<' or '&' or '@' || (c == ']' && Follows(cut, i + 1, "(")) || (c == ':' && Follows(cut, i + 1, "//")) || (c == '{' && Follows(cut, i + 1, "{")))
            {
                builder.Append(WordJoiner);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Plain"/>, and every character Adaptive Card Markdown reads (emphasis, links, code, lists, headings)
    /// escaped with a backslash, for text inside a TextBlock.
    /// </summary>
    public static string Escape(string? text, int maxLength = DefaultMaxLength)
    {
        var plain = Plain(text, maxLength);
        var builder = new StringBuilder(plain.Length + 8);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (MarkdownSpecials.Contains(c, StringComparison.Ordinal) || (i == 0 && c is '#' or '-' or '+' or '>' or '!'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (c == '.' && i > 0 && AllDigits(plain, i))
            {
                builder.Insert(builder.Length - 1, '\\');
            }
        }

        return builder.ToString();
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisibleFormat(rune))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    // Bidi overrides and zero-width characters can disguise text; the card adds its own where it needs them.
    private static bool IsInvisibleFormat(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format && rune.Value != 0x00AD;

    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = maxLength - Ellipsis.Length;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, 40));
        if (space > 0)
        {
            end = space;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), Ellipsis);
    }

    private static bool Follows(string text, int index, string expected) =>
        index + expected.Length <= text.Length && string.CompareOrdinal(text, index, expected, 0, expected.Length) == 0;

    private static bool EndsWithWww(StringBuilder builder) =>
        builder.Length >= 3
        && char.ToUpperInvariant(builder[^3]) == 'W' && char.ToUpperInvariant(builder[^2]) == 'W' && char.ToUpperInvariant(builder[^1]) == 'W';

    // "1. " at the start of the text opens a numbered list.
    private static bool AllDigits(string text, int dotIndex)
    {
        for (var i = 0; i < dotIndex; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
