using System.Text;

namespace TeamsBot.Minutes;

/// <summary>
/// Turns the raw text gathered from HTML into block text: each line's whitespace collapsed and
/// trimmed, empty lines dropped, invisible characters removed, lines joined by '\n'.
/// </summary>
internal static class HtmlText
{
    public static string Normalize(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    pendingBreak = result.Length > 0;
                    pendingSpace = false;
                }
                else if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0 && !pendingBreak;
                }
                else if (!IsInvisible(c))
                {
                    if (pendingBreak)
                    {
                        result.Append('\n');
                    }
                    else if (pendingSpace)
                    {
                        result.Append(' ');
                    }

                    pendingBreak = pendingSpace = false;
                    result.Append(c);
                }
            }
        }

        return result.ToString();
    }

    /// <summary>Zero-width spaces and joiners (Teams), the BOM and soft hyphens (Word).</summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
