using System.Globalization;
using System.Text.Json.Nodes;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction.Learning;

/// <summary>One annotated document of minutes: the document, its organisation, and the evidence of its items.</summary>
internal sealed record AnnotatedMinutes(string Id, string Organization, string Path, MinutesDocument Document, IReadOnlyList<GoldItem> Decisions, IReadOnlyList<GoldItem> Actions);

/// <summary>A hand-annotated item: the sentence(s) of the minutes it rests on and whether any careful reader agrees (core).</summary>
internal sealed record GoldItem(string Evidence, bool Core);

/// <summary>What a training run measured: thresholds chosen on held-out organisations, and statement-level figures.</summary>
internal sealed record TrainingReport(int Documents, int Organizations, int Statements, double DecisionThreshold, double ActionThreshold,
    (double Precision, double Recall, double F1) HeldOutDecisions, (double Precision, double Recall, double F1) HeldOutActions)
{
    /// <summary>Per organisation, the model trained without its minutes (with the chosen thresholds).</summary>
    public IReadOnlyDictionary<string, ItemModel> Without { get; init; } = new Dictionary<string, ItemModel>();
}

/// <summary>
/// Trains the <see cref="ItemModel"/> from annotated minutes (a folder of &lt;id&gt;.json annotations beside the documents):
/// every statement the exact rules leave open is an example, labelled by whether an annotated item's evidence is that
/// statement. Thresholds are chosen on organisations left out of training, so that they hold for the next customer.
/// </summary>
internal static class ItemModelTrainer
{
    private const double Tolerance = 0.01;

    /// <summary>How much recall weighs against precision when a threshold is chosen (F-beta): a wrong item counts more.</summary>
    private const double Beta = 0.7;

    private static readonly string[] Formats = [".md", ".html", ".txt", ".docx", ".pdf"];

    private const double StatementInEvidence = 0.6;
    private const double EvidenceInStatement = 0.7;
    private const double EvidenceShareOfStatement = 0.25;

    public static IReadOnlyList<AnnotatedMinutes> LoadCorpus(string folder, MinutesReader reader)
    {
        var corpus = new List<AnnotatedMinutes>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var id = System.IO.Path.GetFileNameWithoutExtension(path);
            // The minutes as their writer wrote them; a folder may also hold them printed to .docx or .pdf.
            var document = Directory.GetFiles(folder, id + ".*")
                .Where(f => Array.IndexOf(Formats, System.IO.Path.GetExtension(f)) >= 0)
                .OrderBy(f => Array.IndexOf(Formats, System.IO.Path.GetExtension(f)))
                .FirstOrDefault();
            if (document is null)
            {
                continue;
            }

            var gold = JsonNode.Parse(File.ReadAllText(path))!;
            var repo = gold["source"]?["repo"]?.GetValue<string>() ?? id;
            corpus.Add(new AnnotatedMinutes(id, repo.Split('/')[0], document, reader.ReadFile(document), Items(gold["decisions"]), Items(gold["actions"])));
        }

        return corpus;
    }

    /// <summary>Trains on the whole corpus; thresholds from the held-out organisations of a grouped cross-validation.</summary>
    public static (ItemModel Model, TrainingReport Report) Train(IReadOnlyList<AnnotatedMinutes> corpus, LogisticRegression.Settings? settings = null)
    {
        var examples = corpus.ToDictionary(doc => doc.Id, Examples);
        var organizations = corpus.Select(d => d.Organization).Distinct().Order(StringComparer.Ordinal).ToList();

        // Each held-out statement's probabilities, with its labels (null: not asked of that statement).
        var heldOut = new List<(double Decision, double Action, bool? DecisionYes, bool? ActionYes)>();
        var folds = new Dictionary<string, (Dictionary<string, double> Decision, Dictionary<string, double> Action)>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            var training = corpus.Where(d => d.Organization != organization).SelectMany(d => examples[d.Id]).ToList();
            var decision = LogisticRegression.Fit(training.Where(e => e.Decision is not null).Select(e => e.Decision!.Value).ToList(), settings);
            var action = LogisticRegression.Fit(training.Where(e => e.Action is not null).Select(e => e.Action!.Value).ToList(), settings);
            folds[organization] = (decision, action);
            var headD = new ItemHead(0.5, decision);
            var headA = new ItemHead(0.5, action);
            foreach (var e in corpus.Where(d => d.Organization == organization).SelectMany(d => examples[d.Id]))
            {
                heldOut.Add((headD.Probability(e.Features), headA.Probability(e.Features), e.Decision?.Yes, e.Action?.Yes));
            }
        }

        var (decisionThreshold, decisionScore) = BestThreshold(heldOut.Where(h => h.DecisionYes is not null).Select(h => (h.Decision, h.DecisionYes!.Value)).ToList());
        var (actionThreshold, actionScore) = BestThreshold(heldOut.Where(h => h.ActionYes is not null).Select(h => (h.Action, h.ActionYes!.Value)).ToList());

        var all = examples.Values.SelectMany(e => e).ToList();
        var model = new ItemModel(
            new ItemHead(decisionThreshold, LogisticRegression.Fit(all.Where(e => e.Decision is not null).Select(e => e.Decision!.Value).ToList(), settings)),
            new ItemHead(actionThreshold, LogisticRegression.Fit(all.Where(e => e.Action is not null).Select(e => e.Action!.Value).ToList(), settings)),
            string.Create(CultureInfo.InvariantCulture, $"{corpus.Count} documents of {organizations.Count} organisations ({all.Count} statements)"));
        var without = folds.ToDictionary(
            f => f.Key,
            f => new ItemModel(new ItemHead(decisionThreshold, f.Value.Decision), new ItemHead(actionThreshold, f.Value.Action), "without " + f.Key),
            StringComparer.Ordinal);
        return (model, new TrainingReport(corpus.Count, organizations.Count, all.Count, decisionThreshold, actionThreshold, decisionScore, actionScore) { Without = without });
    }

    /// <summary>
    /// For error analysis: each statement of the minutes the learned judgement decides, as a tab-separated line with the
    /// decision and action probabilities, whether the rules settled it, the five features that weigh most for the action
    /// (and for the decision), and the statement.
    /// </summary>
    public static IEnumerable<string> Explain(AnnotatedMinutes minutes, ItemModel model)
    {
        var (_, _, _, _, _, statements, finder) = MinutesExtractor.Prepare(minutes.Document, new ExtractionOptions { Model = model });
        yield return "decision\taction\tsettled\taction features\tdecision features\tstatement";
        foreach (var judged in finder.Judge(statements))
        {
            if (judged.Features is not { } features)
            {
                continue;
            }

            static string Strongest(ItemHead head, IReadOnlyList<string> features) => string.Join(' ', features
                .Where(head.Weights.ContainsKey).OrderByDescending(f => Math.Abs(head.Weights[f])).Take(5)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f}={head.Weights[f]:0.00}")));
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{model.Decision.Probability(features):0.00}\t{model.Action.Probability(features):0.00}\t{(judged.Settled ? "settled" : "")}\t{Strongest(model.Action, features)}\t{Strongest(model.Decision, features)}\t{judged.Statement.Text.ReplaceLineEndings(" ")}");
        }
    }

    private sealed record Labelled(IReadOnlyList<string> Features, Example? Decision, Example? Action);

    /// <summary>
    /// The statements of one document the learned judgement decides, each labelled for both questions: yes when
    /// the statement is (most of) an item's evidence, left out when it is part of a longer evidence or of an
    /// optional item (neither right nor wrong), no otherwise.
    /// </summary>
    private static List<Labelled> Examples(AnnotatedMinutes minutes)
    {
        var (_, _, _, _, _, statements, finder) = MinutesExtractor.Prepare(minutes.Document, null);
        var judged = finder.Judge(statements);
        var words = judged.Select(j => Tokens(j.Statement.Text)).ToList();
        var decisions = Labels(judged, words, minutes.Decisions);
        var actions = Labels(judged, words, minutes.Actions);

        var examples = new List<Labelled>();
        for (var i = 0; i < judged.Count; i++)
        {
            if (judged[i].Features is not { } features)
            {
                continue;
            }

            examples.Add(new Labelled(
                features,
                // A decision the rules settle is no question for the learned judgement; whether it is also an action is.
                decisions[i] is { } d && !judged[i].Settled ? new Example(features, d, minutes.Organization) : null,
                actions[i] is { } a ? new Example(features, a, minutes.Organization) : null));
        }

        return examples;
    }

    private static bool?[] Labels(IReadOnlyList<Judged> judged, List<HashSet<string>> words, IReadOnlyList<GoldItem> items)
    {
        var labels = new bool?[judged.Count];
        Array.Fill(labels, false);
        foreach (var item in items)
        {
            var evidence = Tokens(item.Evidence);
            if (evidence.Count == 0)
            {
                continue;
            }

            // A statement is an item's when it is what the evaluation would match (it holds most of the evidence, and the
            // evidence is a fair share of it), or when it lies within a longer evidence.
            var within = new List<int>();
            var whole = new List<int>();
            for (var i = 0; i < judged.Count; i++)
            {
                if (words[i].Count == 0)
                {
                    continue;
                }

                var shared = words[i].Count(evidence.Contains);
                if ((double)shared / evidence.Count >= EvidenceInStatement && (double)shared / words[i].Count >= EvidenceShareOfStatement)
                {
                    whole.Add(i);
                }
                else if ((double)shared / words[i].Count >= StatementInEvidence)
                {
                    within.Add(i);
                }
            }

            // The evidence is one statement: that one. It spans several: the ones the rules see an item in, else the last
            // (notes end with what is to be done: "NPM was down. Will update it."); the rest of the span is left out.
            var yes = whole.Count > 0 ? whole
                : within.Where(i => judged[i].Exact is { Count: > 0 } || judged[i].Patterns.Count > 0).ToList() is { Count: > 0 } seen ? seen
                : within.Count > 0 ? [within[^1]] : [];
            foreach (var i in within)
            {
                labels[i] = labels[i] == true ? true : null;
            }

            foreach (var i in yes)
            {
                labels[i] = item.Core ? true : labels[i] == true ? true : null;
            }
        }

        return labels;
    }

    /// <summary>
    /// The threshold with the best F-beta (<see cref="Beta"/>) on held-out statements, with its precision, recall and
    /// F1. A wrong item in her draft costs the minute-taker more than a missed one she adds herself, so precision weighs
    /// more; of thresholds within <see cref="Tolerance"/> of the best, the highest (fewer wrong items).
    /// </summary>
    private static (double Threshold, (double Precision, double Recall, double F1) Score) BestThreshold(List<(double Probability, bool Yes)> scored)
    {
        var candidates = new List<(double Threshold, (double Precision, double Recall, double F1) Score)>();
        for (var t = 0.05; t < 0.96; t += 0.025)
        {
            var threshold = Math.Round(t, 3);
            bool Says((double Probability, bool Yes) s) => s.Probability >= threshold;
            var tp = scored.Count(s => s.Yes && Says(s));
            var fp = scored.Count(s => !s.Yes && Says(s));
            var fn = scored.Count(s => s.Yes && !Says(s));
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            candidates.Add((threshold, (precision, recall, f1)));
        }

        static double Weighted((double Precision, double Recall, double F1) s) =>
            s.Precision + s.Recall == 0 ? 0 : (1 + (Beta * Beta)) * s.Precision * s.Recall / ((Beta * Beta * s.Precision) + s.Recall);
        var best = candidates.Max(c => Weighted(c.Score));
        return best == 0 ? (0.5, (0, 0, 0)) : candidates.Last(c => Weighted(c.Score) >= best - Tolerance);
    }

    private static List<GoldItem> Items(JsonNode? items) =>
        items?.AsArray().Select(i => new GoldItem(i!["evidence"]?.GetValue<string>() ?? "", i["tier"]?.GetValue<string>() == "core")).ToList() ?? [];

    private static HashSet<string> Tokens(string text) => new(StatementFeatures.Words(text), StringComparer.Ordinal);
}
