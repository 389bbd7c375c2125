using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using TeamsBot.Extraction;

namespace TeamsBot.Reminders;

/// <summary>
/// Reads a meeting rhythm written in Dutch or English: "elke 4 weken op woensdag 13:30", "iedere week op dinsdag om
/// 10 uur", "every 2 weeks on Thursday at 9:30", "maandelijks op de eerste maandag", "monthly on the first Monday 14:00".
/// </summary>
public static class CadenceParser
{
    private static readonly ConcurrentDictionary<string, Grammar> Grammars = new(StringComparer.Ordinal);

    /// <summary>The rhythm in <paramref name="text"/>, trying the given language first, then the others; null when there is none.</summary>
    public static Cadence? Parse(string text, string? language = null)
    {
        var languages = Extraction.LexiconFiles.Languages.OrderBy(l => l == language ? 0 : 1);
        return languages.Select(l => Parse(text, l, Grammars.GetOrAdd(l, static l => new Grammar(l)))).FirstOrDefault(c => c is not null);
    }

    private static Cadence? Parse(string text, string language, Grammar grammar)
    {
        if (Rhythm(text, grammar) is not var (unit, interval) || grammar.Day.Match(text) is not { Success: true } day)
        {
            return null;
        }

        int? week = null;
        if (day.Groups["last"].Success)
        {
            week = -1;
        }
        else if (day.Groups["ord"].Success)
        {
            week = grammar.Dates.Ordinals[day.Groups["ord"].Value.ToLowerInvariant()];
        }

        var weekday = (DayOfWeek)(grammar.Dates.Weekdays[day.Groups["wd"].Value.ToLowerInvariant()] % 7);
        var time = TimeOfDayParser.Find(text, language)?.Time;
        return interval is < 1 or > 52 ? null : new Cadence(unit, interval, weekday, unit == CadenceUnit.Month ? week : null, time);
    }

    private static (CadenceUnit Unit, int Interval)? Rhythm(string text, Grammar grammar)
    {
        if (grammar.Every.Match(text) is { Success: true } every)
        {
            var unit = every.Groups["week"].Success ? CadenceUnit.Week : CadenceUnit.Month;
            if (every.Groups["other"].Success)
            {
                return (unit, 2);
            }

            var number = every.Groups["n"].Value.ToLowerInvariant();
            var interval = number.Length == 0 ? 1
                : int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : grammar.Dates.Numbers.GetValueOrDefault(number);
            return (unit, interval);
        }

        if (grammar.OneWord.Match(text) is { Success: true } word)
        {
            var key = word.Value.ToLowerInvariant();
            return grammar.Words.Weekly.TryGetValue(key, out var weeks) ? (CadenceUnit.Week, weeks) : (CadenceUnit.Month, grammar.Words.Monthly[key]);
        }

        return null;
    }

    private sealed class Grammar
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

        public Grammar(string language)
        {
            Words = ReminderLexicon.For(language);
            Dates = ReminderLexicon.Dates(language);
            var numbers = PhrasePattern.Of(Dates.Numbers.Keys);
            var units = $@"(?:(?<week>{PhrasePattern.Of(Words.WeekUnits)})|(?<month>{PhrasePattern.Of(Words.MonthUnits)}))";
            Every = new Regex($@"\b(?:(?<other>{PhrasePattern.Of(Words.EveryOther)})|(?:{PhrasePattern.Of(Words.Every)})(?:\s+(?<n>\d{{1,2}}|{numbers}))?)\s+{units}\b", Options);
            OneWord = new Regex($@"\b(?:{PhrasePattern.Of(Words.Weekly.Keys.Concat(Words.Monthly.Keys))})\b", Options);
            Day = new Regex($@"\b(?:(?:(?<last>{PhrasePattern.Of(Words.Last)})|(?<ord>{PhrasePattern.Of(Dates.Ordinals.Keys)}))\s+)?(?<wd>{PhrasePattern.Of(Dates.Weekdays.Keys)})\b", Options);
        }

        public ReminderLexicon Words { get; }

        public Extraction.DateLexicon Dates { get; }

        public Regex Every { get; }

        public Regex OneWord { get; }

        public Regex Day { get; }
    }
}
