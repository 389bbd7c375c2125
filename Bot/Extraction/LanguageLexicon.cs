namespace TeamsBot.Extraction;

/// <summary>Lexicons/&lt;language&gt;/language.json: what tells the language apart and how its sentences end.</summary>
internal sealed record LanguageLexicon(IReadOnlyList<string> Stopwords, IReadOnlyList<string> Abbreviations)
{
    public static LanguageLexicon For(string language) => LexiconFiles.Load<LanguageLexicon>(language, "language");
}
