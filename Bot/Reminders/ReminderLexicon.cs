using TeamsBot.Extraction;

namespace TeamsBot.Reminders;

/// <summary>The words of one language for meeting rhythms and meeting titles, as written in <c>Extraction/Lexicons/&lt;language&gt;/reminders.json</c>, beside the extractor's lexicons of that language.</summary>
internal sealed record ReminderLexicon
{
    public IReadOnlyList<string> Every { get; init; } = [];

    public IReadOnlyList<string> EveryOther { get; init; } = [];

    public IReadOnlyList<string> WeekUnits { get; init; } = [];

    public IReadOnlyList<string> MonthUnits { get; init; } = [];

    /// <summary>One-word rhythms ("tweewekelijks") to their interval in weeks.</summary>
    public IReadOnlyDictionary<string, int> Weekly { get; init; } = new Dictionary<string, int>();

    /// <summary>One-word rhythms ("maandelijks") to their interval in months.</summary>
    public IReadOnlyDictionary<string, int> Monthly { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<string> Last { get; init; } = [];

    /// <summary>How the command to set the next meeting starts ("volgende vergadering").</summary>
    public IReadOnlyList<string> NextMeeting { get; init; } = [];

    /// <summary>Words of meeting titles that say nothing about which meeting it is ("verslag", "minutes").</summary>
    public IReadOnlyList<string> TitleNoise { get; init; } = [];

    public static ReminderLexicon For(string language) => LexiconFiles.Load<ReminderLexicon>(language, "reminders");

    public static DateLexicon Dates(string language) => LexiconFiles.Load<DateLexicon>(language, "dates");
}
