using System.Text;
using System.Text.RegularExpressions;

namespace TeamsBot.Minutes;

/// <summary>What a line of a text file opens with.</summary>
internal enum PlainTextMarker { None, Bullet, Number, Letter }

/// <summary>
/// One line of a text file: its 1-based number, indentation (a tab counts as four columns),
/// the list marker it opens with, and its text without indentation and marker.
/// </summary>
internal sealed partial record PlainTextLine(int Number, int Indent, PlainTextMarker Marker, int NumberParts, string Content, string Body)
{
    private const int MarkerScanLength = 24;

    public bool IsBlank => Content.Length == 0;

    public bool IsListLine => Marker != PlainTextMarker.None;

    public char Last => Content.Length > 0 ? Content[^1] : ' ';

    public bool EndsSentence => Last is '.' or '!' or '?' or ':' or ';';

    public bool StartsLowercase => Content.Length > 0 && char.IsLower(Content[0]);

    /// <summary>A line of ===, ---, *** or ___ (a setext underline or a separator).</summary>
    public bool IsRule => Content.Length >= 3 && Content.AsSpan().TrimStart(Content[0]).IsEmpty && Content[0] is '=' or '-' or '*' or '_' or '~';

    public static PlainTextLine Parse(int number, string raw)
    {
        var indent = 0;
        var start = 0;
        while (start < raw.Length && raw[start] is ' ' or '\t')
        {
            indent += raw[start] == '\t' ? 4 : 1;
            start++;
        }

        var content = Collapse(raw.AsSpan(start));
        var (marker, parts, bodyStart) = ReadMarker(content);
        return new PlainTextLine(number, indent, marker, parts, content, bodyStart > 0 ? content[bodyStart..] : content);
    }

    private static (PlainTextMarker Marker, int Parts, int BodyStart) ReadMarker(string content)
    {
        if (content.Length > 2 && content[1] == ' ' && content[0] is '-' or '*' or '•' or '·' or '–' or '▪' or 'o' or '§')
        {
            return (PlainTextMarker.Bullet, 0, 2);
        }

        // Only the start of the line is matched, so a very long line costs nothing here.
        var head = content.AsSpan(0, Math.Min(content.Length, MarkerScanLength));
        foreach (var match in NumberMarker().EnumerateMatches(head))
        {
            if (match.Length < content.Length)
            {
                var digits = char.IsAsciiDigit(content[0]);
                var parts = digits ? head[..match.Length].TrimEnd().TrimEnd(".) ").Count('.') + 1 : 1;
                return (digits ? PlainTextMarker.Number : PlainTextMarker.Letter, parts, match.Length);
            }
        }

        return (PlainTextMarker.None, 0, 0);
    }

    /// <summary>Runs of whitespace become one space; the ends are trimmed.</summary>
    private static string Collapse(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = result.Length > 0;
            }
            else
            {
                if (space)
                {
                    result.Append(' ');
                    space = false;
                }

                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>"1. " "12) " "4.1 " "4.1. " "a. " "b) " "B) "; an upper-case letter with a full stop is an initial ("J. de Vries").</summary>
    [GeneratedRegex(@"^(\d{1,3}[.)]|\d{1,2}(\.\d{1,2}){1,3}[.)]?|[a-z][.)]|[A-Z]\)) ")]
    private static partial Regex NumberMarker();
}
