using System.Text;
using TeamsBot.Cards;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Reads a command in Dutch or English from a message: tolerant of case, punctuation, a leading mention, a slash and
/// a small typo per word ("mijn actie", "desicions"). Only "besluiten"/"decisions" and "volgende vergadering"/"next
/// meeting" take words after them; the others allow a polite word ("graag", "please") and nothing more.
/// </summary>
public static class CommandParser
{
    /// <summary>Longer messages are not commands (and are never searched).</summary>
    public const int MaxLength = 300;

    private static readonly Phrase[] Phrases =
    [
        new(CommandKind.MyActions, CardLanguage.Nl, "mijn acties"),
        new(CommandKind.MyActions, CardLanguage.Nl, "mijn actiepunten"),
        new(CommandKind.MyActions, CardLanguage.Nl, "mijn taken"),
        new(CommandKind.MyActions, CardLanguage.En, "my actions"),
        new(CommandKind.MyActions, CardLanguage.En, "my action items"),
        new(CommandKind.MyActions, CardLanguage.En, "my tasks"),
        new(CommandKind.MyActions, CardLanguage.En, "my items"),
        new(CommandKind.TeamActions, CardLanguage.Nl, "open acties"),
        new(CommandKind.TeamActions, CardLanguage.Nl, "acties"),
        new(CommandKind.TeamActions, CardLanguage.Nl, "actiepunten"),
        new(CommandKind.TeamActions, CardLanguage.En, "open actions"),
        new(CommandKind.TeamActions, CardLanguage.En, "action items"),
        new(CommandKind.TeamActions, CardLanguage.En, "open items"),
        new(CommandKind.TeamActions, CardLanguage.En, "actions"),
        new(CommandKind.Decisions, CardLanguage.Nl, "besluiten", TakesArgument: true),
        new(CommandKind.Decisions, CardLanguage.Nl, "besluitenlijst", TakesArgument: true),
        new(CommandKind.Decisions, CardLanguage.En, "decisions", TakesArgument: true),
        new(CommandKind.NextMeeting, CardLanguage.Nl, "volgende vergadering", TakesArgument: true),
        new(CommandKind.NextMeeting, CardLanguage.En, "next meeting", TakesArgument: true),
        new(CommandKind.Settings, CardLanguage.Nl, "instellingen"),
        new(CommandKind.Settings, CardLanguage.En, "settings"),
        new(CommandKind.Help, CardLanguage.Nl, "hulp"),
        new(CommandKind.Help, null, "help"),
        new(CommandKind.Help, null, "?"),
    ];

    private static readonly HashSet<string> PoliteWords = new(StringComparer.Ordinal)
    {
        "graag", "aub", "a.u.b", "alsjeblieft", "alstublieft", "svp", "please", "pls", "plz", "thanks", "bedankt", "tonen", "toon", "show",
    };

    /// <summary>The command in <paramref name="text"/> (bot mention already removed or not), or <see cref="Command.Unknown"/>.</summary>
    public static Command Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return Command.Unknown;
        }

        var words = Words(WithoutMentions(text));
        if (words.Count == 0)
        {
            return Command.Unknown;
        }

        foreach (var phrase in Phrases.OrderByDescending(p => p.Words.Length))
        {
            if (Matches(phrase, words) && Rest(phrase, words) is { } argument)
            {
                return new Command(phrase.Kind, argument, phrase.Language);
            }
        }

        return Command.Unknown;
    }

    private static bool Matches(Phrase phrase, IReadOnlyList<Word> words) =>
        words.Count >= phrase.Words.Length
        && phrase.Words.Select((w, k) => Close(w, words[k].Folded)).All(fits => fits);

    private static string? Rest(Phrase phrase, IReadOnlyList<Word> words)
    {
        var rest = words.Skip(phrase.Words.Length).ToList();
        if (phrase.TakesArgument)
        {
            return string.Join(' ', rest.Select(w => w.Original)).Trim(' ', ':', ',', '.', '!', '?');
        }

        return rest.All(w => PoliteWords.Contains(w.Folded)) ? string.Empty : null;
    }

    /// <summary>The same word, or one edit away (a letter wrong, missing, extra or two swapped) when the word is long enough to tell.</summary>
    internal static bool Close(string expected, string written)
    {
        if (expected == written)
        {
            return true;
        }

        var allowed = expected.Length >= 9 ? 2 : expected.Length >= 5 ? 1 : 0;
        return allowed > 0 && Math.Abs(expected.Length - written.Length) <= allowed && Distance(expected, written) <= allowed;
    }

    // Optimal string alignment: Levenshtein plus adjacent transpositions.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string WithoutMentions(string text)
    {
        var result = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("<at>", at, StringComparison.OrdinalIgnoreCase);
            var close = open < 0 ? -1 : text.IndexOf("</at>", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                result.Append(text, at, text.Length - at);
                break;
            }

            result.Append(text, at, open - at).Append(' ');
            at = close + "</at>".Length;
        }

        return result.ToString();
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = Fold(token);
            if (folded.Length > 0)
            {
                words.Add(new Word(token, folded));
            }
            else if (token.Contains('?', StringComparison.Ordinal) && words.Count == 0)
            {
                words.Add(new Word(token, "?"));
            }
        }

        return words;
    }

    /// <summary>Lower case without diacritics and without the punctuation around a word ("Acties!" is "acties", "/help" is "help").</summary>
    private static string Fold(string token)
    {
        var decomposed = token.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string([.. letters]).Trim('/', '.', ',', ':', ';', '!', '?', '"', '\'', '(', ')', '[', ']', '*', '_', '-', '@', '\u201c', '\u201d', '\u2018', '\u2019');
    }

    private sealed record Word(string Original, string Folded);

    private sealed record Phrase(CommandKind Kind, CardLanguage? Language, string Text, bool TakesArgument = false)
    {
        public string[] Words { get; } = Text.Split(' ');
    }
}
