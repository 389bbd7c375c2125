using System.Text.Json.Nodes;
using TeamsBot.Extraction;
using TeamsBot.Extraction.Learning;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Extraction.Learning;

/// <summary>
/// The learned judgement on the annotated development minutes (copied into the fixtures): the committed model is what
/// training rebuilds, and models trained with each organisation left out still find the items of that organisation's
/// minutes. The floors keep a change from quietly making the extractor worse for the next customer.
/// </summary>
public sealed class LearnedJudgementTests
{
    private const double HeldOutDecisionFloor = 0.60;
    private const double HeldOutActionFloor = 0.68;
    private const double DecisionFloor = 0.78;
    private const double ActionFloor = 0.83;

    private static readonly Lazy<IReadOnlyList<AnnotatedMinutes>> Corpus =
        new(() => ItemModelTrainer.LoadCorpus(TestDocuments.Fixture("Minutes"), new MinutesReader()));

    private static readonly Lazy<(ItemModel Model, TrainingReport Report)> Trained = new(() => ItemModelTrainer.Train(Corpus.Value));

    [Fact]
    public void CommittedModel_IsWhatTrainingOnTheAnnotatedMinutesRebuilds()
    {
        var (trained, report) = Trained.Value;
        var shipped = ItemModel.Default;

        Assert.Equal(31, report.Documents);
        Assert.Equal(shipped.Decision.Threshold, trained.Decision.Threshold, 3);
        Assert.Equal(shipped.Action.Threshold, trained.Action.Threshold, 3);
        foreach (var (head, fresh) in new[] { (shipped.Decision, trained.Decision), (shipped.Action, trained.Action) })
        {
            var significant = fresh.Weights.Where(w => Math.Abs(w.Value) >= 0.01).Select(w => w.Key).ToList();
            Assert.All(significant, key => Assert.True(head.Weights.TryGetValue(key, out var weight) && Math.Abs(weight - fresh.Weights[key]) < 0.002,
                $"{key}: committed {head.Weights.GetValueOrDefault(key)}, trained {fresh.Weights[key]}; run `dotnet run --project Bot -c Release -- train ../shared/minutes/dev`"));
        }
    }

    [Fact]
    public void EachOrganisationLeftOut_ItsMinutesAreStillRead()
    {
        var report = Trained.Value.Report;
        var decisions = new GoldScore();
        var actions = new GoldScore();
        foreach (var minutes in Corpus.Value)
        {
            Score(minutes, MinutesExtractor.Extract(minutes.Document, new ExtractionOptions { Model = report.Without[minutes.Organization] }), decisions, actions);
        }

        Assert.True(decisions.F1 >= HeldOutDecisionFloor, $"decisions F1 {decisions.F1:0.00} ({decisions.CoreFound}/{decisions.Core} core, {decisions.PredictedRight}/{decisions.Predicted} right)");
        Assert.True(actions.F1 >= HeldOutActionFloor, $"actions F1 {actions.F1:0.00} ({actions.CoreFound}/{actions.Core} core, {actions.PredictedRight}/{actions.Predicted} right)");
    }

    [Fact]
    public void CommittedModel_OnAllAnnotatedMinutes_FindsTheirItems()
    {
        var decisions = new GoldScore();
        var actions = new GoldScore();
        foreach (var minutes in Corpus.Value)
        {
            Score(minutes, MinutesExtractor.Extract(minutes.Document), decisions, actions);
        }

        Assert.True(decisions.F1 >= DecisionFloor, $"decisions F1 {decisions.F1:0.00}");
        Assert.True(actions.F1 >= ActionFloor, $"actions F1 {actions.F1:0.00}");
    }

    private static void Score(AnnotatedMinutes minutes, ExtractionResult result, GoldScore decisions, GoldScore actions)
    {
        var gold = JsonNode.Parse(File.ReadAllText(TestDocuments.Fixture("Minutes", minutes.Id + ".json")))!;
        decisions.AddDecisions(gold["decisions"]!.AsArray(), result.Decisions);
        actions.AddActions(gold["actions"]!.AsArray(), result.ActionItems);
    }
}
