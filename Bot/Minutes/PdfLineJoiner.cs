namespace TeamsBot.Minutes;

/// <summary>Joins a line that wrapped onto the next, undoing hyphenation where the hyphen was only a line break.</summary>
internal static class PdfLineJoiner
{
    // Particles that follow a hyphen inside Dutch double surnames: "Oetomo-de Roode", "Jansen-van Dijk".
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "den", "der", "van", "ter", "te", "ten", "in", "op", "la", "le", "du", "von", "zu",
    };

    public static bool EndsWithHyphen(string text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    // A long address is broken after one of its separators, and the rest follows on the next line.
    private static bool IsBrokenUrl(string word) =>
        (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        && word[^1] is '-' or '/' or '_' or '=' or '&' or '?' or '#';

    /// <summary>The line and the next one as one text; the next line always comes out unchanged at the end.</summary>
    public static string JoinWrapped(string text, string next)
    {
        if (next.Length == 0)
        {
            return text;
        }

        var lastWord = text[(text.LastIndexOf(' ') + 1)..];
        if (IsBrokenUrl(lastWord))
        {
            return text + next;
        }

        if (!EndsWithHyphen(text))
        {
            return text + " " + next;
        }

        if (!char.IsLower(next[0]))
        {
            return text + next; // "Noord-" + "Holland", "COVID-" + "19"
        }

        var nextWord = next.Split(' ', 2)[0];
        var keepHyphen = char.IsUpper(lastWord[0]) && NameParticles.Contains(nextWord);
        return keepHyphen ? text + next : text[..^1] + next;
    }
}
