using System.Text.Json.Nodes;
using TeamsBot.Extraction;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Extraction;

/// <summary>
/// The extractor on the development minutes (real minutes with hand-made annotations), scored as the project's
/// evaluation does. These floors keep a change from quietly making the extraction worse; the goal is higher.
/// </summary>
public sealed class DevelopmentSetTests
{
    [Theory]
    [InlineData(".md")]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    public void Extract_DevelopmentMinutes_FindsDecisionsAndActionItems(string extension)
    {
        var (decisions, actions) = Score(extension);

        Assert.True(decisions.F1 >= DecisionFloor, $"decisions F1 {decisions.F1:0.00} ({decisions.CoreFound}/{decisions.Core} core, {decisions.PredictedRight}/{decisions.Predicted} right)");
        Assert.True(actions.F1 >= ActionFloor, $"actions F1 {actions.F1:0.00} ({actions.CoreFound}/{actions.Core} core, {actions.PredictedRight}/{actions.Predicted} right)");
    }

    [Fact]
    public void Extract_DevelopmentMinutes_NamesTheRightOwnersAndDates()
    {
        var (_, actions) = Score(".md");

        Assert.True(actions.OwnersRight >= OwnerFloor * actions.OwnersStated, $"owners {actions.OwnersRight}/{actions.OwnersStated}");
        Assert.True(actions.DuesRight >= DueFloor * actions.DuesStated, $"due dates {actions.DuesRight}/{actions.DuesStated}");
    }

    private const double DecisionFloor = 0.85;
    private const double ActionFloor = 0.85;
    private const double OwnerFloor = 0.80;
    private const double DueFloor = 0.80;

    private static (GoldScore Decisions, GoldScore Actions) Score(string extension)
    {
        var decisions = new GoldScore();
        var actions = new GoldScore();
        var reader = new MinutesReader();
        foreach (var id in ((IEnumerable<object[]>)TestDocuments.DevelopmentMinutes).Select(row => (string)row[0]))
        {
            var gold = JsonNode.Parse(File.ReadAllText(TestDocuments.Fixture("Minutes", id + ".json")))!;
            var result = MinutesExtractor.Extract(reader.ReadFile(TestDocuments.Fixture("Minutes", id + extension)));
            decisions.AddDecisions(gold["decisions"]!.AsArray(), result.Decisions);
            actions.AddActions(gold["actions"]!.AsArray(), result.ActionItems);
        }

        return (decisions, actions);
    }
}
