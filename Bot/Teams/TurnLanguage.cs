using System.Collections.Frozen;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Texts;

namespace TeamsBot.Teams;

/// <summary>
/// The language of an answer, by <see cref="Language.Resolve"/>: the team's setting (a team's conversation), else the
/// language of the user's words (a command's words from the text tables, else the common words of the lexicons),
/// else the Teams client's locale.
/// </summary>
public static class TurnLanguage
{
    private static readonly (string Code, FrozenSet<string> Words)[] CommonWords = [.. LexiconFiles.Languages
        .Select(code => (code, LanguageLexicon.For(code).Stopwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase)))];

    /// <summary>The answer's language; <paramref name="team"/> is the team's settings, null outside a team or when they could not be read.</summary>
    public static Language Of(TeamSettings? team, string? text, string? locale) =>
        Language.Resolve(team?.Language, OfText(text), locale);

    /// <summary>The same for minutes: their language (the extraction's, "nl") is the language of the user's text.</summary>
    public static Language OfMinutes(TeamSettings? team, string? minutesLanguage, string? locale) =>
        Language.Resolve(team?.Language, Language.Of(minutesLanguage), locale);

    /// <summary>The language of the words of <paramref name="text"/>, when they tell one.</summary>
    public static Language? OfText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Commands.CommandParser.Parse(text) is { Language: { } ofCommand })
        {
            return ofCommand;
        }

        var words = WordSpans.Of(text).Select(range => text[range]).Take(2000).ToList();
        var best = CommonWords
            .Select(language => (language.Code, Count: words.Count(language.Words.Contains)))
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count)
            .ToList();
        return best.Count > 0 && (best.Count == 1 || best[0].Count > best[1].Count) ? Language.Of(best[0].Code) : null;
    }
}
