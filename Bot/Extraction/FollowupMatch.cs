namespace TeamsBot.Extraction;

/// <summary>
/// Finds the sentence of the next minutes that speaks of an earlier item. Each word the two share counts by how rare
/// it is in the next minutes and by where it stands: in the item's own sentence or the sentence itself it counts
/// fully, in the list item above either or in their sections less, in an owner's name least (names recur everywhere).
/// </summary>
internal static class FollowupMatch
{
    /// <summary>Of the item's weight, how much a sentence must share to speak of it.</summary>
    public const double MinimumCover = 0.38;

    /// <summary>How many words of the item or the list item above it (not names) the sentence or its parent must share.</summary>
    public const int MinimumSharedWords = 2;

    /// <summary>How many of an item's most telling words count as what it is about.</summary>
    private const int TellingWords = 6;

    private const double ContextWeight = 0.6;
    private const double SectionWeight = 0.3;
    private const double NameWeight = 0.8;

    public static FollowupUnit? Best(EarlierItem item, FollowupText text)
    {
        // How telling each word is, and the item's whole weight, do not depend on the sentence: reckoned once per item.
        var words = Weights(item).Select(w => (Word: w.Key, w.Value, Rarity: text.Rarity(w.Key))).ToList();
        // A long sentence says more than what it is about: its most telling words are what the next minutes must share.
        var total = words.Select(w => w.Value.Weight * w.Rarity).OrderDescending().Take(TellingWords).Sum();
        if (total == 0)
        {
            return null;
        }

        FollowupUnit? best = null;
        var bestCover = 0.0;
        foreach (var unit in text.Units)
        {
            var (covered, shared) = Score(words, unit);
            var cover = Math.Min(1, covered / total);
            if (shared >= MinimumSharedWords && cover >= MinimumCover && (cover > bestCover || (cover == bestCover && unit.InReview && best is { InReview: false })))
            {
                best = unit;
                bestCover = cover;
            }
        }

        return best;
    }

    /// <summary>How much of the item's weight the unit covers, and how many of the item's words (not names) it shares.</summary>
    private static (double Covered, int Shared) Score(List<(string Word, ItemWord Value, double Rarity)> words, FollowupUnit unit)
    {
        double covered = 0;
        var shared = 0;
        foreach (var (word, weight, rarity) in words)
        {
            var there = unit.Words.Contains(word) ? 1.0
                : unit.ParentWords.Contains(word) ? ContextWeight
                : unit.SectionWords.Contains(word) ? SectionWeight
                : 0.0;
            if (there == 0)
            {
                continue;
            }

            covered += Math.Min(weight.Weight, there) * rarity;
            if (!weight.Name && weight.Weight >= ContextWeight && there >= ContextWeight)
            {
                shared++;
            }
        }

        return (covered, shared);
    }

    /// <summary>The words of the item's own sentence and text, names left out.</summary>
    internal static HashSet<string> OwnWords(EarlierItem item)
    {
        var words = FollowupWords.Of(item.Quote);
        words.UnionWith(FollowupWords.Of(item.Text));
        words.ExceptWith(item.Owners.SelectMany(FollowupWords.Of));
        return words;
    }

    internal static Dictionary<string, ItemWord> Weights(EarlierItem item)
    {
        var weights = new Dictionary<string, ItemWord>(StringComparer.Ordinal);
        var names = new HashSet<string>(item.Owners.SelectMany(FollowupWords.Of), StringComparer.Ordinal);
        void Add(IEnumerable<string> words, double weight, bool own)
        {
            foreach (var word in words)
            {
                var name = names.Contains(word);
                var w = name ? Math.Min(weight, NameWeight) : weight;
                if (!weights.TryGetValue(word, out var had) || had.Weight < w)
                {
                    weights[word] = new ItemWord(w, own || (had?.Own ?? false), name);
                }
            }
        }

        Add(FollowupWords.Of(item.Quote), 1, own: true);
        Add(FollowupWords.Of(item.Text), 1, own: true);
        Add(FollowupWords.Of(item.Context), ContextWeight, own: false);
        Add(FollowupWords.Of(item.Section), SectionWeight, own: false);
        Add(names, NameWeight, own: false);
        return weights;
    }
}

/// <summary>How much a word of an earlier item weighs, whether it is of the item's own sentence, and whether it is a name.</summary>
internal sealed record ItemWord(double Weight, bool Own, bool Name);
