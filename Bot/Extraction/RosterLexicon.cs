namespace TeamsBot.Extraction;

/// <summary>
/// The words a roster needs to read names in one language: name particles, honorifics, the words for the
/// chair and the minute taker, and the words that turn a role word into one about somebody else.
/// Deserialised from <c>Lexicons/&lt;language&gt;/people.json</c>.
/// </summary>
internal sealed record RosterLexicon
{
    public IReadOnlyList<string> Particles { get; init; } = [];

    public IReadOnlyList<string> Honorifics { get; init; } = [];

    public IReadOnlyList<string> Chair { get; init; } = [];

    public IReadOnlyList<string> MinuteTaker { get; init; } = [];

    public IReadOnlyList<string> RoleOf { get; init; } = [];

    public IReadOnlyList<string> RoleModifiers { get; init; } = [];

    public IReadOnlyList<string> RoleWordEndings { get; init; } = [];

    /// <summary>Capital abbreviations that are words ("PR", "OK"), never bare initials of a person.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>
    /// Capitalised words that open sentences but never name a doer ("Someone will", "Unable to", "Daarnaast zal"):
    /// indefinite pronouns, sentence adverbs, adjectives and verbs that take "to"/"te".
    /// </summary>
    public IReadOnlyList<string> NotNames { get; init; } = [];

    /// <summary>Word endings no name has ("-tie", "-heid", "-tion", "-ment"): a capitalised word ending so is a noun.</summary>
    public IReadOnlyList<string> NounEndings { get; init; } = [];

    /// <summary>The lexicon of <paramref name="language"/>, or of English when there is none for it.</summary>
    public static RosterLexicon For(string language)
    {
        var known = LexiconFiles.Languages.Contains(language, StringComparer.OrdinalIgnoreCase) ? language.ToLowerInvariant() : "en";
        return LexiconFiles.Load<RosterLexicon>(known, "people");
    }

    /// <summary>The particles of every language: a Dutch meeting may well have a "von" among its people.</summary>
    public static IEnumerable<string> AllParticles() =>
        LexiconFiles.Languages.SelectMany(language => LexiconFiles.Load<RosterLexicon>(language, "people").Particles);
}
