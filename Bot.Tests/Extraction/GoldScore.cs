using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

/// <summary>
/// The matching rules of the project's evaluation script, in C#: a prediction matches a gold item when its
/// quote covers at least 70% of the gold evidence's words (and a quarter of the quote is evidence).
/// Recall counts core items; precision counts a prediction right when it matches any gold item.
/// </summary>
internal sealed partial class GoldScore
{
    public int CoreFound { get; private set; }

    public int Core { get; private set; }

    public int PredictedRight { get; private set; }

    public int Predicted { get; private set; }

    public int OwnersRight { get; private set; }

    public int OwnersStated { get; private set; }

    public int DuesRight { get; private set; }

    public int DuesStated { get; private set; }

    public double F1
    {
        get
        {
            var recall = Core == 0 ? 1 : (double)CoreFound / Core;
            var precision = Predicted == 0 ? (Core == 0 ? 1 : 0) : (double)PredictedRight / Predicted;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public void AddDecisions(JsonArray gold, IReadOnlyList<ExtractedDecision> predicted) =>
        Add(gold, predicted.Select(d => d.Quote).ToList());

    public void AddActions(JsonArray gold, IReadOnlyList<ExtractedAction> predicted)
    {
        var matches = Add(gold, predicted.Select(a => a.Quote).ToList());
        foreach (var (g, p) in matches)
        {
            if (gold[g]!["owner"]?.GetValue<string>() is { } owner)
            {
                OwnersStated++;
                OwnersRight += SameOwner(owner, predicted[p].Owners) ? 1 : 0;
            }

            if (gold[g]!["due"]?.GetValue<string>() is { } due)
            {
                DuesStated++;
                DuesRight += predicted[p].Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == due ? 1 : 0;
            }
        }
    }

    private Dictionary<int, int> Add(JsonArray gold, List<string> quotes)
    {
        var pairs = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < quotes.Count; p++)
            {
                pairs.Add((Similarity(gold[g]!["evidence"]!.GetValue<string>(), quotes[p]), g, p));
            }
        }

        var matches = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (score, g, p) in pairs.OrderByDescending(x => x.Score).ThenByDescending(x => x.Gold).ThenByDescending(x => x.Predicted))
        {
            if (score <= 0)
            {
                break;
            }

            if (!matches.ContainsKey(g) && used.Add(p))
            {
                matches[g] = p;
            }
        }

        var core = Enumerable.Range(0, gold.Count).Where(g => gold[g]!["tier"]!.GetValue<string>() == "core").ToList();
        Core += core.Count;
        CoreFound += core.Count(matches.ContainsKey);
        Predicted += quotes.Count;
        PredictedRight += matches.Count;
        return matches;
    }

    private static double Similarity(string evidence, string quote)
    {
        var e = Tokens(evidence);
        var q = Tokens(quote);
        if (e.Count == 0 || q.Count == 0)
        {
            return 0;
        }

        var shared = e.Intersect(q).Count();
        double cover = (double)shared / e.Count, focus = (double)shared / q.Count;
        return cover >= 0.7 && focus >= 0.25 ? cover : 0;
    }

    private static bool SameOwner(string gold, IReadOnlyList<string> predicted)
    {
        var g = OwnerSplit().Split(gold).Select(Normalize).Where(n => n.Length > 0).ToList();
        var p = predicted.Select(Normalize).ToList();
        return g.Count > 0 && g.Count == p.Count && g.All(a => p.Any(b => a == b || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));
    }

    private static HashSet<string> Tokens(string text) => [.. Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var letters = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return NotAlphanumeric().Replace(letters.ToString(), " ").Trim();
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex(",|;| and | en | & ")]
    private static partial Regex OwnerSplit();
}
