using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Planner;

namespace TeamsBot.Tests.Planner;

public sealed class PlannerChoiceTests
{
    private const string BotTitle = "Acties uit de notulen";
    private static readonly PlannerPlanInfo[] Plans = [new("plan-a", "Stuurgroep: jaarplanning")];

    [Fact]
    public void Apply_NewPlanWhenTheBotMadeOneBefore_KeepsThatPlanAndItsBuckets()
    {
        var current = new PlannerSettings(false, "plan-bot", BotTitle) { Buckets = new Dictionary<string, string> { ["Stuurgroep"] = "b1" } };

        var next = PlannerChoice.Apply(current, true, PlannerSync.NewPlanChoice, Plans, BotTitle);

        Assert.Equal((true, "plan-bot", "b1"), (next.Enabled, next.PlanId, next.Buckets["Stuurgroep"]));
    }

    [Fact]
    public void Apply_AnotherPlanOfTheGroup_TakesItsTitleAndStartsWithoutBuckets()
    {
        var current = new PlannerSettings(true, "plan-bot", BotTitle) { Buckets = new Dictionary<string, string> { ["Stuurgroep"] = "b1" } };

        var next = PlannerChoice.Apply(current, true, "plan-a", Plans, BotTitle);

        Assert.Equal(("plan-a", "Stuurgroep: jaarplanning"), (next.PlanId, next.PlanTitle));
        Assert.Empty(next.Buckets);
    }

    [Fact]
    public void Apply_NewPlanAfterAPlanOfTheGroup_LetsTheBotCreateOne()
    {
        var next = PlannerChoice.Apply(new PlannerSettings(true, "plan-a", "Stuurgroep: jaarplanning"), true, PlannerSync.NewPlanChoice, Plans, BotTitle);

        Assert.Null(next.PlanId);
    }
}
