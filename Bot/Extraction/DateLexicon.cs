using System.Text.Json.Serialization;

namespace TeamsBot.Extraction;

/// <summary>The date words of one language, as written in <c>Lexicons/&lt;language&gt;/dates.json</c>.</summary>
internal sealed record DateLexicon
{
    /// <summary>Month names and abbreviations, lower case, to month number (1-12).</summary>
    public IReadOnlyDictionary<string, int> Months { get; init; } = new Dictionary<string, int>();

    /// <summary>True where month names are always capitalised, so that a lower-case one is another word ("may").</summary>
    public bool MonthsCapitalized { get; init; }

    /// <summary>Weekday names, lower case, to ISO day number (1 = Monday).</summary>
    public IReadOnlyDictionary<string, int> Weekdays { get; init; } = new Dictionary<string, int>();

    /// <summary>Weekday abbreviations; only recognised directly before a date.</summary>
    public IReadOnlyDictionary<string, int> WeekdayAbbreviations { get; init; } = new Dictionary<string, int>();

    /// <summary>Suffixes written after a day number ("1st", "1ste").</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>Words between a day and a month ("3rd of March").</summary>
    public IReadOnlyList<string> DayMonthJoiners { get; init; } = [];

    /// <summary>True where the month may precede the day ("May 24, 2023") and "5/24/2023" is read month first.</summary>
    public bool MonthFirst { get; init; }

    /// <summary>Number words ("twee", "two") to their value.</summary>
    public IReadOnlyDictionary<string, int> Numbers { get; init; } = new Dictionary<string, int>();

    /// <summary>Ordinal words ("derde", "third") to their value, for quarters.</summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    /// <summary>Words that introduce a deadline before an explicit date ("uiterlijk", "by").</summary>
    public IReadOnlyList<string> DuePrepositions { get; init; } = [];

    /// <summary>Words that make an explicit date a reference to the past or an open start ("sinds", "after").</summary>
    public IReadOnlyList<string> PastPrepositions { get; init; } = [];

    /// <summary>
    /// Words of scheduling polls ("datumprikker", "Doodle"): the dates written after one are the options put to the
    /// vote, not a deadline.
    /// </summary>
    public IReadOnlyList<string> PollWords { get; init; } = [];

    /// <summary>
    /// Nouns for a date ("datum", "dates"): a time phrase right after one tells which date ("een datum in september"),
    /// not a deadline, unless it opens with a due preposition ("dates by Friday").
    /// </summary>
    public IReadOnlyList<string> DateNouns { get; init; } = [];

    /// <summary>Words before a time of day that make a bare hour one ("om 10", "at 9").</summary>
    public IReadOnlyList<string> TimePrepositions { get; init; } = [];

    /// <summary>Words after an hour that make it a time of day ("10 uur", "9 o'clock").</summary>
    public IReadOnlyList<string> HourWords { get; init; } = [];

    /// <summary>Words after an hour for the morning ("am").</summary>
    public IReadOnlyList<string> MorningWords { get; init; } = [];

    /// <summary>Words after an hour for the afternoon and evening ("pm").</summary>
    public IReadOnlyList<string> AfternoonWords { get; init; } = [];

    /// <summary>Due-date phrases, in order of preference at one position.</summary>
    public IReadOnlyList<DueRule> DueRules { get; init; } = [];
}

/// <summary>How a due phrase turns into a date; the arithmetic is the same in every language.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DueKind>))]
internal enum DueKind
{
    /// <summary>
    /// The last day of the month named ("eind juni"), or, when the phrase names none, of the meeting's month plus
    /// <see cref="DueRule.Months"/> ("eind van de maand").
    /// </summary>
    MonthEnd,

    /// <summary>The last day of the month before the one named ("voor juli").</summary>
    MonthBefore,

    /// <summary>Day <see cref="DueRule.Day"/> of the month named ("begin juni" = 10).</summary>
    MonthDay,

    /// <summary>A fixed day of the year, <see cref="DueRule.Month"/>/<see cref="DueRule.Day"/> ("deze zomer").</summary>
    Fixed,

    /// <summary>The Friday of the meeting's week plus <see cref="DueRule.Weeks"/> weeks and <see cref="DueRule.Days"/> days.</summary>
    WeekEnd,

    /// <summary>The meeting date plus the number in the phrase (default 1) times days or months.</summary>
    Later,

    /// <summary>The first named weekday after the meeting.</summary>
    Weekday,

    /// <summary>The last day of the quarter named, or of the meeting's quarter ("end of the quarter").</summary>
    QuarterEnd,

    /// <summary>31 December of the year named, or of the meeting's year.</summary>
    YearEnd,

    /// <summary>The date of the next meeting, when known.</summary>
    NextMeeting,

    /// <summary>A time phrase with no definite date ("binnenkort", "begin 2024").</summary>
    Open,
}

/// <summary>One due-date phrase of a lexicon: a pattern and how to resolve it.</summary>
internal sealed record DueRule
{
    public required string Pattern { get; init; }

    public required DueKind Kind { get; init; }

    public int Day { get; init; }

    public int Month { get; init; }

    public int Weeks { get; init; }

    public int Days { get; init; }

    public int Months { get; init; }

    /// <summary>
    /// The meeting months in which the phrase means this rule's date ("voor de vakantie" said in June is the summer
    /// holiday); said in another month it names no date. Empty: any month.
    /// </summary>
    public IReadOnlyList<int> SaidIn { get; init; } = [];
}
