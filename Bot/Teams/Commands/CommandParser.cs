using System.Text;
using TeamsBot.Cards;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Reads a command in any language of the text tables (their <see cref="CommandWords"/>) from a message: tolerant of case, punctuation, a leading mention, a slash and
/// a small typo per word ("mijn actie", "desicions"). Only "besluiten"/"decisions" and "volgende vergadering"/"next
/// meeting" take words after them; the others allow a polite word ("graag", "please") and nothing more.
/// </summary>
public static class CommandParser
{
    /// <summary>Longer messages are not commands (and are never searched).</summary>
    public const int MaxLength = 300;

    private static Vocabulary _vocabulary = Vocabulary.Of([]);

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

        // A phrase written exactly wins over one a typo away ("help" is not the Esperanto "helpo" misspelt).
        var vocabulary = CurrentVocabulary();
        foreach (var exact in (bool[])[true, false])
        {
            foreach (var phrase in vocabulary.Phrases)
            {
                if (Matches(phrase, words, exact) && Rest(phrase, words, vocabulary.Polite) is { } argument)
                {
                    return new Command(phrase.Kind, argument, phrase.Language);
                }
            }
        }

        return Command.Unknown;
    }

    private static bool Matches(Phrase phrase, IReadOnlyList<Word> words, bool exact) =>
        words.Count >= phrase.Words.Length
        && phrase.Words.Select((w, k) => exact ? w == words[k].Folded : Close(w, words[k].Folded)).All(fits => fits);

    /// <summary>The commands' words of every text table (a table added by a test included), longest phrases first.</summary>
    private static Vocabulary CurrentVocabulary()
    {
        var tables = TextTables.All;
        var known = _vocabulary;
        if (known.Tables.SequenceEqual(tables))
        {
            return known;
        }

        _vocabulary = Vocabulary.Of(tables);
        return _vocabulary;
    }

    private static string? Rest(Phrase phrase, IReadOnlyList<Word> words, IReadOnlySet<string> polite)
    {
        var rest = words.Skip(phrase.Words.Length).ToList();
        if (phrase.TakesArgument)
        {
            return string.Join(' ', rest.Select(w => w.Original)).Trim(' ', ':', ',', '.', '!', '?');
        }

        return rest.All(w => polite.Contains(w.Folded)) ? string.Empty : null;
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

    private sealed record Phrase(CommandKind Kind, Language? Language, string Text, bool TakesArgument = false)
    {
        public string[] Words { get; } = Text.Split(' ');
    }

    private sealed record Vocabulary(IReadOnlyList<TextTable> Tables, IReadOnlyList<Phrase> Phrases, IReadOnlySet<string> Polite)
    {
        public static Vocabulary Of(IReadOnlyList<TextTable> tables)
        {
            (CommandKind Kind, Func<CommandWords, IReadOnlyList<string>> Words, bool TakesArgument)[] kinds =
            [
                (CommandKind.MyActions, w => w.MyActions, false),
                (CommandKind.TeamActions, w => w.TeamActions, false),
                (CommandKind.Decisions, w => w.Decisions, true),
                (CommandKind.NextMeeting, w => w.NextMeeting, true),
                (CommandKind.Settings, w => w.Settings, false),
                (CommandKind.Help, w => w.Help, false),
            ];
            Phrase[] everyLanguage = [new(CommandKind.Help, null, "help"), new(CommandKind.Help, null, "?")];
            var phrases = kinds
                .SelectMany(kind => tables.SelectMany(t => kind.Words(t.Commands).Select(text => new Phrase(kind.Kind, t.Language, text, kind.TakesArgument))))
                .Concat(everyLanguage)
                .OrderByDescending(p => p.Words.Length)
                .ToList();
            var polite = tables.SelectMany(t => t.Commands.Polite).ToHashSet(StringComparer.Ordinal);
            return new Vocabulary(tables, phrases, polite);
        }
    }
}
