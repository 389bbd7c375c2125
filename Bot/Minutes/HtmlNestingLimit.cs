using System.Text;

namespace TeamsBot.Minutes;

/// <summary>
/// Drops the tags of elements nested deeper than any real document goes, keeping their text.
/// The HTML parser's work grows with the square of the nesting depth, so a file of a few hundred
/// kilobytes of unclosed tags would otherwise keep the bot busy for minutes. One linear scan;
/// the text is returned unchanged when nothing is nested that deep.
/// </summary>
internal static class HtmlNestingLimit
{
    public const int MaxDepth = 200;

    // Void elements and elements whose end tag may be left out do not add nesting that lasts.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    };

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp"];

    public static string Apply(string html)
    {
        List<Range>? drops = null;
        var depth = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            var end = TagEnd(html, i, out var name, out var closing, out var selfClosing);
            if (name.Length > 0 && !selfClosing && !Uncounted.Contains(name))
            {
                if (!closing)
                {
                    depth++;
                }

                if (depth > MaxDepth)
                {
                    (drops ??= []).Add(i..end);
                }

                if (closing)
                {
                    depth = Math.Max(0, depth - 1);
                }
            }

            if (!closing && name.Length > 0 && RawTextElements.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length : close;
            }

            i = end >= html.Length ? -1 : html.IndexOf('<', end);
        }

        return drops is null ? html : Without(html, drops);
    }

    /// <summary>The index just past the markup that starts at <paramref name="start"/>, and the tag it is, if any.</summary>
    private static int TagEnd(string html, int start, out string name, out bool closing, out bool selfClosing)
    {
        name = string.Empty;
        closing = selfClosing = false;
        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        closing = html[start + 1] == '/';
        var nameStart = start + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            // Not a tag ("a < b"), or a doctype or processing instruction: step past its '>'.
            closing = false;
            var gt = html[start + 1] is '!' or '?' ? html.IndexOf('>', start) : -1;
            return gt < 0 ? start + 1 : gt + 1;
        }

        name = html[nameStart..nameEnd];
        var end = nameEnd;
        while (end < html.Length && html[end] != '>')
        {
            if (html[end] is '"' or '\'')
            {
                var quote = html.IndexOf(html[end], end + 1);
                end = quote < 0 ? html.Length : quote;
            }

            end++;
        }

        selfClosing = end < html.Length && html[end - 1] == '/';
        return Math.Min(end + 1, html.Length);
    }

    private static string Without(string html, List<Range> drops)
    {
        var result = new StringBuilder(html.Length);
        var from = 0;
        foreach (var drop in drops)
        {
            var (offset, length) = drop.GetOffsetAndLength(html.Length);
            result.Append(html, from, offset - from);
            from = offset + length;
        }

        return result.Append(html, from, html.Length - from).ToString();
    }
}
