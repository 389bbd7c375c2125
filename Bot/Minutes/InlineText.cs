using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamsBot.Minutes;

/// <summary>Plain text of Markdown inlines: emphasis, links and inline HTML stripped, line breaks kept as '\n'.</summary>
internal static partial class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(inline, text);
        return Collapse(text.ToString());
    }

    /// <summary>The links of the inline whose text is not the address itself, in order.</summary>
    public static IReadOnlyList<BlockLink> Links(ContainerInline? inline)
    {
        var links = new List<BlockLink>();
        foreach (var link in inline?.Descendants<LinkInline>() ?? [])
        {
            if (link.IsImage || string.IsNullOrWhiteSpace(link.Url))
            {
                continue;
            }

            var text = Collapse(Of(link));
            if (text.Length > 0 && text != link.Url && !text.Contains('\n'))
            {
                links.Add(new BlockLink(text, link.Url));
            }
        }

        return links;
    }

    /// <summary>True when all the text of the inline sits inside one strong emphasis (**...**).</summary>
    public static bool IsWhollyStrong(ContainerInline? inline)
    {
        var meaningful = inline?.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return meaningful is [EmphasisInline { DelimiterCount: >= 2 }];
    }

    /// <summary>Whitespace runs within a line become one space; lines are trimmed; empty lines dropped.</summary>
    public static string Collapse(string text)
    {
        var lines = text.Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    public static string StripTags(string html) => Tags().Replace(html, " ");

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                text.Append('\n');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    [GeneratedRegex(@"[ \t\u00A0\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
