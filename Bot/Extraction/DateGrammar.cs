using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>
/// The regular expressions and look-up tables built once per language from its date lexicon, so that
/// parsing a sentence never builds a regex.
/// </summary>
internal sealed class DateGrammar
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // A date is not part of a longer number, version, time or word.
    private const string Before = @"(?<![\p{L}\p{N}.,:/-])";
    private const string After = @"(?![\p{L}\p{N}]|[.,:/-]\p{N})";

    private static readonly ConcurrentDictionary<string, DateGrammar> Grammars = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _months;
    private readonly Dictionary<string, int> _weekdays;
    private readonly Dictionary<string, int> _numbers;
    private readonly Dictionary<string, int> _ordinals;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _dueStartWords;

    private DateGrammar(DateLexicon lexicon)
    {
        Lexicon = lexicon;
        _months = new Dictionary<string, int>(lexicon.Months, StringComparer.OrdinalIgnoreCase);
        _weekdays = new Dictionary<string, int>(lexicon.Weekdays, StringComparer.OrdinalIgnoreCase);
        foreach (var (abbreviation, day) in lexicon.WeekdayAbbreviations)
        {
            _weekdays.TryAdd(abbreviation, day);
        }

        _numbers = new Dictionary<string, int>(lexicon.Numbers, StringComparer.OrdinalIgnoreCase);
        _ordinals = new Dictionary<string, int>(lexicon.Ordinals, StringComparer.OrdinalIgnoreCase);
        DatePattern = new Regex(BuildDatePattern(lexicon), Options);
        DuePattern = new Regex(BuildDuePattern(lexicon), Options);
        _dueStartWords = DueWords(lexicon).GetAlternateLookup<ReadOnlySpan<char>>();
        DuePrepositions = [.. lexicon.DuePrepositions.OrderByDescending(p => p.Length)];
        PastPrepositions = [.. lexicon.PastPrepositions.OrderByDescending(p => p.Length)];
        PollPattern = lexicon.PollWords.Count > 0 ? new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(lexicon.PollWords)})(?![\p{{L}}\p{{N}}])", Options) : null;
    }

    public DateLexicon Lexicon { get; }

    /// <summary>Every written date form; groups iy/im/id (ISO), a/b/c (numeric), d/m/y (day first), m2/d2/y2 (month first).</summary>
    public Regex DatePattern { get; }

    /// <summary>
    /// All due rules as one alternation anchored where the search starts (\G); group r<i>n</i> marks rule n.
    /// Callers try it at word starts only, which is far cheaper than letting it scan every position.
    /// </summary>
    public Regex DuePattern { get; }

    public IReadOnlyList<string> DuePrepositions { get; }

    public IReadOnlyList<string> PastPrepositions { get; }

    private Regex? PollPattern { get; }

    public static DateGrammar For(string language) =>
        Grammars.GetOrAdd(language, static l => new DateGrammar(LexiconFiles.Load<DateLexicon>(l, "dates")));

    public int? Month(string word) => _months.TryGetValue(word.TrimEnd('.'), out var month) ? month : null;

    public int? Weekday(string word) => _weekdays.TryGetValue(word, out var day) ? day : null;

    public int? Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : _numbers.TryGetValue(word, out value) ? value : null;

    public int? Ordinal(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : _ordinals.TryGetValue(word, out value) ? value : null;

    /// <summary>
    /// False when no due phrase can start at <paramref name="index"/>: a phrase starts with a digit or with a word
    /// of the lexicon, and most words of a sentence are neither, so most positions need no regex at all.
    /// </summary>
    public bool MayStartDuePhrase(string text, int index)
    {
        if (char.IsDigit(text[index]))
        {
            return true;
        }

        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > index && _dueStartWords.Contains(text.AsSpan(index, end - index));
    }

    /// <summary>Where the first poll word of the text ends ("datumprikker", "Doodle"), or past the end when there is none.</summary>
    public int PollEnd(string text) =>
        PollPattern?.Match(text) is { Success: true } poll ? poll.Index + poll.Length : text.Length;

    /// <summary>True when a month word may stand for a month here (capitalised where the language requires it).</summary>
    public bool IsMonthWord(string word) => !Lexicon.MonthsCapitalized || (word.Length > 0 && char.IsUpper(word[0]));

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).Select(Regex.Escape));

    private static string BuildDatePattern(DateLexicon lexicon)
    {
        var months = Alternation(lexicon.Months.Keys);
        var weekdays = Alternation(lexicon.Weekdays.Keys.Concat(lexicon.WeekdayAbbreviations.Keys));
        var suffix = lexicon.OrdinalSuffixes.Count > 0 ? $"(?:{Alternation(lexicon.OrdinalSuffixes)})?" : string.Empty;
        var joiner = lexicon.DayMonthJoiners.Count > 0 ? $@"(?:\s+(?:{Alternation(lexicon.DayMonthJoiners)}))?" : string.Empty;
        var weekday = $@"(?:(?:{weekdays})\.?,?\s+)?";
        var pattern = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $@"{Before}(?<iy>\d{{4}})(?<is>[-/.])(?<im>\d{{1,2}})\k<is>(?<id>\d{{1,2}}){After}")
            .Append(CultureInfo.InvariantCulture, $@"|{Before}{weekday}(?<a>\d{{1,2}})(?<s>[-/.])(?<b>\d{{1,2}})\k<s>(?<c>\d{{4}}|\d{{2}}){After}")
            .Append(CultureInfo.InvariantCulture, $@"|(?<![\p{{L}}\p{{N}}])(?<![\p{{N}}][.,]){weekday}(?<d>\d{{1,2}}){suffix}\.?{joiner}\s+(?<m>{months})(?:\.?,?\s+(?<y>\d{{4}}))?(?![\p{{L}}\p{{N}}])");
        if (lexicon.MonthFirst)
        {
            pattern.Append(CultureInfo.InvariantCulture, $@"|(?<![\p{{L}}\p{{N}}]){weekday}(?<m2>{months})\.?\s+(?<d2>\d{{1,2}}){suffix}(?![\p{{L}}\p{{N}}]|[.,:]\p{{N}})(?:,?\s+(?<y2>\d{{4}}))?(?![\p{{L}}\p{{N}}])");
        }

        return pattern.ToString();
    }

    // Every run of letters in the rule patterns and every word the placeholders stand for: a superset of the words
    // a due phrase can start with (regex syntax such as "\s" adds a few harmless extras).
    private static HashSet<string> DueWords(DateLexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in lexicon.DueRules)
        {
            foreach (Match word in Regex.Matches(rule.Pattern, @"\p{L}+"))
            {
                words.Add(word.Value);
            }
        }

        words.UnionWith(lexicon.Months.Keys.Concat(lexicon.Weekdays.Keys).Concat(lexicon.Numbers.Keys).Concat(lexicon.Ordinals.Keys));
        return words;
    }

    private static string BuildDuePattern(DateLexicon lexicon)
    {
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{month}"] = $"(?<month>{Alternation(lexicon.Months.Keys)})",
            ["{year}"] = @"(?<year>\d{4})",
            ["{number}"] = $@"(?<number>\d{{1,3}}|{Alternation(lexicon.Numbers.Keys)})",
            ["{weekday}"] = $"(?<weekday>{Alternation(lexicon.Weekdays.Keys)})",
            ["{ordinal}"] = $"(?<ordinal>{Alternation(lexicon.Ordinals.Keys)})",
            ["{digit}"] = "(?<digit>[1-4])",
        };
        var rules = lexicon.DueRules.Select((rule, index) =>
        {
            var pattern = rule.Pattern.Replace(" ", @"\s+", StringComparison.Ordinal);
            foreach (var (name, replacement) in placeholders)
            {
                pattern = pattern.Replace(name, replacement, StringComparison.Ordinal);
            }

            return $"(?<r{index}>{pattern})";
        });
        return $@"\G(?:{string.Join('|', rules)})(?![\p{{L}}\p{{N}}])";
    }
}
