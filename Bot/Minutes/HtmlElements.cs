using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TeamsBot.Minutes;

/// <summary>How the reader treats an HTML element: names, inline styles and Word/Outlook classes.</summary>
internal static partial class HtmlElements
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "script", "style", "head", "noscript", "template", "svg", "title", "meta", "link", "iframe",
        "object", "select", "button", "input", "textarea", "xml", "o:p",
    };

    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "p", "div", "blockquote", "section", "article", "header", "footer", "main", "nav", "aside", "figure",
        "figcaption", "address", "pre", "form", "fieldset", "details", "summary", "center", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "body", "html", "li",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static bool IsIgnored(IElement element) =>
        Ignored.Contains(element.LocalName) || StyleOf(element).Contains("display:none", StringComparison.Ordinal);

    public static bool IsBlock(string name) => BlockNames.Contains(name);

    public static bool IsList(string name) => name is "ul" or "ol";

    public static int HeadingLevel(IElement element) => element.LocalName switch
    {
        "h1" => 1,
        "h2" => 2,
        "h3" => 3,
        "h4" => 4,
        "h5" => 5,
        "h6" => 6,
        "p" or "div" when ClassStartsWith(element, "MsoTitle") => 1,
        "p" or "div" when ClassStartsWith(element, "MsoSubtitle") => 2,
        _ => 0,
    };

    public static bool IsBold(IElement element)
    {
        if (element.LocalName is "b" or "strong")
        {
            return true;
        }

        var style = StyleOf(element);
        return style.Contains("font-weight:", StringComparison.Ordinal) && BoldWeight().IsMatch(style);
    }

    /// <summary>Word and Outlook mark the bullet or number of a list paragraph with this span.</summary>
    public static bool IsListMarker(IElement element) =>
        element.LocalName == "span" && StyleOf(element).Contains("mso-list:ignore", StringComparison.Ordinal);

    /// <summary>
    /// A Word/Outlook list paragraph (mso-list level in the style, or a List Paragraph class):
    /// returns the depth (0 = top), or -1 when the element is not one.
    /// </summary>
    public static int MsoListDepth(IElement element)
    {
        if (element.LocalName is not ("p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            return -1;
        }

        var style = StyleOf(element);
        if (style.Contains("mso-list:", StringComparison.Ordinal))
        {
            var level = MsoLevel().Match(style);
            if (level.Success && int.TryParse(level.Groups[1].ValueSpan, out var n))
            {
                return Math.Clamp(n - 1, 0, 20);
            }
        }

        return ClassStartsWith(element, "MsoListParagraph") ? 0 : -1;
    }

    /// <summary>"1." "a)" "iv." and the like are numbers; glyphs such as "·", "o", "§" are bullets.</summary>
    public static bool IsNumberMarker(string marker) => NumberMarker().IsMatch(marker);

    private static bool ClassStartsWith(IElement element, string prefix) =>
        element.ClassName is { } name && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The style attribute lower-cased without whitespace, so that "font-weight: bold" matches.</summary>
    private static string StyleOf(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return string.Empty;
        }

        return string.Create(style.Length, style, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c))
                {
                    span[n++] = char.ToLowerInvariant(c);
                }
            }

            span[n..].Fill(' ');
        }).TrimEnd();
    }

    [GeneratedRegex(@"font-weight:(bold|bolder|[6-9]00)\b")]
    private static partial Regex BoldWeight();

    [GeneratedRegex(@"level(\d{1,2})")]
    private static partial Regex MsoLevel();

    [GeneratedRegex(@"^\(?(\d{1,3}(\.\d{1,3})*[.)]?|[a-zA-Z][.)]|[ivxlcdmIVXLCDM]{1,6}[.)])$")]
    private static partial Regex NumberMarker();
}
