namespace TeamsBot.Extraction;

/// <summary>The header labels of one language, as written in <c>Lexicons/&lt;language&gt;/header.json</c>.</summary>
internal sealed record HeaderLexicon
{
    public IReadOnlyList<string> DateLabels { get; init; } = [];

    public IReadOnlyList<string> LocationLabels { get; init; } = [];

    public IReadOnlyList<string> TimeLabels { get; init; } = [];

    public IReadOnlyList<string> ChairLabels { get; init; } = [];

    /// <summary>Phrases that precede the chair's name without a colon ("Chaired by").</summary>
    public IReadOnlyList<string> ChairPrefixes { get; init; } = [];

    /// <summary>Roles written after a name that make that person the chair ("Jan Jansen (voorzitter)").</summary>
    public IReadOnlyList<string> ChairMarkers { get; init; } = [];

    public IReadOnlyList<string> MinuteTakerLabels { get; init; } = [];

    public IReadOnlyList<string> MinuteTakerPrefixes { get; init; } = [];

    public IReadOnlyList<string> MinuteTakerMarkers { get; init; } = [];

    public IReadOnlyList<string> AttendeeLabels { get; init; } = [];

    public IReadOnlyList<string> AbsentLabels { get; init; } = [];

    public IReadOnlyList<string> NextMeetingLabels { get; init; } = [];

    /// <summary>Table header cells of the column of a meeting schedule ("Vergaderdatum", "TAC Meeting Date"), whose next date is the next meeting.</summary>
    public IReadOnlyList<string> ScheduleColumns { get; init; } = [];

    /// <summary>Table header cells of the column that holds names.</summary>
    public IReadOnlyList<string> NameColumns { get; init; } = [];

    /// <summary>Table header cells of a column that holds first names only ("Voornaam"); the surname stands in its own columns.</summary>
    public IReadOnlyList<string> GivenNameColumns { get; init; } = [];

    /// <summary>Table header cells of the columns that hold the rest of a name ("Tussenvoegsel", "Achternaam"), in table order.</summary>
    public IReadOnlyList<string> SurnameColumns { get; init; } = [];

    /// <summary>Table header cells of the column that holds organisations or roles.</summary>
    public IReadOnlyList<string> OrganizationColumns { get; init; } = [];

    /// <summary>Lower-case surname particles ("van", "de") that may stand inside a name.</summary>
    public IReadOnlyList<string> NameParticles { get; init; } = [];

    /// <summary>Words that join the last two names of a list ("en", "&amp;").</summary>
    public IReadOnlyList<string> ListConnectors { get; init; } = [];
}
