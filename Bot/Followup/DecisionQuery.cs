using TeamsBot.Texts;

namespace TeamsBot.Followup;

/// <summary>
/// A search for decisions in words of any language: "besluiten begroting" finds the decisions that mention
/// "begroting". Words that only say "decisions" or glue the sentence are ignored (every text table's
/// <see cref="CommandWords.SearchNoise"/>); every remaining word must occur,
/// ignoring case and diacritics, as a word, the start of a word, or (five letters and more) inside a Dutch compound
/// ("begroting" in "gemeentebegroting"). A query of ignored words only finds every decision.
/// </summary>
internal sealed class DecisionQuery
{
    public DecisionQuery(string query)
    {
        var ignored = TextTables.All.SelectMany(t => t.Commands.SearchNoise).ToHashSet(StringComparer.Ordinal);
        Terms = [.. TextFolding.Words(query).Where(w => !ignored.Contains(w)).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Terms { get; }

    public bool Matches(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (Terms.Count == 0)
        {
            return true;
        }

        var words = TextFolding.Words($"{decision.Text} {decision.Quote} {decision.Section}").ToHashSet(StringComparer.Ordinal);
        return Terms.All(term => words.Any(word => Fits(term, word)));
    }

    private static bool Fits(string term, string word) =>
        word == term
        || (term.Length >= 4 && word.StartsWith(term, StringComparison.Ordinal))
        || (term.Length >= 5 && word.Contains(term, StringComparison.Ordinal));
}
