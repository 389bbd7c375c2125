using TeamsBot.Extraction;
using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Which of a team's members a text names: a member counts when their full display name, or their first and last word,
/// occurs in the text as whole words (folded: case and diacritics ignored). Display names as directories write them
/// ("Groot, Annet de", "Annet de Groot (Gemeente)") are read as "Annet de Groot". One-word names are too common to count.
/// </summary>
internal sealed class NamedMembers(string text)
{
    private readonly string _folded = Padded(Words(text));

    public int Count(IReadOnlyList<RosterMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Count(m => Variants(m.Name).Any(v => _folded.Contains(Padded(v), StringComparison.Ordinal)));
    }

    private static IEnumerable<IReadOnlyList<string>> Variants(string displayName)
    {
        var words = Words(Reordered(displayName));
        if (words.Count < 2)
        {
            return [];
        }

        return words.Count == 2 ? [words] : [words, [words[0], words[^1]]];
    }

    /// <summary>Drops a parenthesised or bracketed suffix and turns "Last, First" around.</summary>
    private static string Reordered(string displayName)
    {
        var name = displayName;
        var bracket = name.IndexOfAny(['(', '[']);
        if (bracket > 0)
        {
            name = name[..bracket];
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 ? $"{name[(comma + 1)..]} {name[..comma]}" : name;
    }

    private static List<string> Words(string text) => [.. NameMatching.Tokenize(text).Select(t => t.Folded)];

    private static string Padded(IEnumerable<string> words) => " " + string.Join(' ', words) + " ";
}
