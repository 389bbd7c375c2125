using System.Text;

namespace TeamsBot.Minutes;

/// <summary>
/// Recognises HTML by its first bytes: after an optional byte order mark, whitespace, an XML
/// declaration and comments, the text opens a doctype, html, head or body tag.
/// </summary>
internal static class HtmlSignature
{
    private static readonly string[] Openings = ["<!doctype html", "<html", "<head", "<body"];

    public static bool Matches(ReadOnlySpan<byte> head)
    {
        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else
        {
            var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            text = Encoding.Latin1.GetString(head[start..]);
        }

        return StartsLikeHtml(text.AsSpan());
    }

    private static bool StartsLikeHtml(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        while (SkipPrologue(ref text))
        {
            text = text.TrimStart();
        }

        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (text.Length == opening.Length || text[opening.Length] is '>' or '/' || char.IsWhiteSpace(text[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps over one leading comment or XML declaration; false when there is none.</summary>
    private static bool SkipPrologue(ref ReadOnlySpan<char> text)
    {
        var (open, close) = text.StartsWith("<!--", StringComparison.Ordinal) ? ("<!--", "-->")
            : text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) ? ("<?xml", "?>")
            : (null, null);
        if (open is null || close is null)
        {
            return false;
        }

        var end = text[open.Length..].IndexOf(close, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        text = text[(open.Length + end + close.Length)..];
        return true;
    }
}
