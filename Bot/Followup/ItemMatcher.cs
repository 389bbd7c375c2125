using TeamsBot.Extraction;

namespace TeamsBot.Followup;

/// <summary>
/// Pairs the items of a changed file with the items the meeting already has, so that their state survives.
/// Two items are the same when their folded words (of the text, or of the quote) overlap enough (Dice coefficient),
/// best pairs first, each item paired once: a reworded or re-dated item keeps its state, a new one starts open.
/// </summary>
internal static class ItemMatcher
{
    private const double MinimumSimilarity = 0.6;

    /// <summary>For each fresh item (by index), the existing item it continues, if any.</summary>
    public static Dictionary<int, ActionItem> Match(IReadOnlyList<ActionItem> existing, IReadOnlyList<ExtractedAction> fresh)
    {
        var existingWords = existing.Select(i => (Text: WordSet(i.Text), Quote: WordSet(i.Quote))).ToList();
        var pairs = new List<(double Score, int Fresh, int Existing)>();
        for (var f = 0; f < fresh.Count; f++)
        {
            var text = WordSet(fresh[f].Text);
            var quote = WordSet(fresh[f].Quote);
            for (var e = 0; e < existing.Count; e++)
            {
                var score = Math.Max(Dice(text, existingWords[e].Text), Dice(quote, existingWords[e].Quote));
                if (score >= MinimumSimilarity)
                {
                    pairs.Add((score, f, e));
                }
            }
        }

        var matches = new Dictionary<int, ActionItem>();
        var used = new HashSet<int>();
        foreach (var (_, f, e) in pairs.OrderByDescending(p => p.Score).ThenBy(p => Math.Abs(p.Fresh - p.Existing)))
        {
            if (!matches.ContainsKey(f) && used.Add(e))
            {
                matches[f] = existing[e];
            }
        }

        return matches;
    }

    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private static HashSet<string> WordSet(string text) => TextFolding.Words(text).ToHashSet(StringComparer.Ordinal);
}
