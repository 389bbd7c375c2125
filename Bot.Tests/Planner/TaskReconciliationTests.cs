using TeamsBot.Followup;
using TeamsBot.Planner;

namespace TeamsBot.Tests.Planner;

public sealed class TaskReconciliationTests
{
    private static readonly TaskMirror Synced = new("Begroting rondsturen", false, "aad-olga", new DateOnly(2023, 6, 30));

    [Fact]
    public void Decide_BothSidesAsAtTheLastSync_ChangesNothing()
    {
        var decision = TaskReconciliation.Decide(Synced, Synced, Synced, _ => true);

        Assert.Equal((null, null, null), (decision.Done, decision.Owner, decision.Push));
    }

    [Fact]
    public void Decide_DoneInTheBotAndReopenedNowhere_PushesDone()
    {
        var decision = TaskReconciliation.Decide(Synced with { Done = true }, Synced, Synced, _ => true);

        Assert.Equal(true, decision.Push?.Done);
        Assert.Null(decision.Done);
    }

    [Fact]
    public void Decide_AssigneeChangedInPlannerToSomeoneOutsideTheTeam_IsNotReadBackAndIsPutBack()
    {
        var decision = TaskReconciliation.Decide(Synced, Synced, Synced with { AssigneeId = "aad-stranger" }, id => id != "aad-stranger");

        Assert.Null(decision.Owner);
        Assert.Equal("aad-olga", decision.Push?.Assignee);
    }

    [Fact]
    public void Decide_BothSidesReassigned_TheBotWins()
    {
        var decision = TaskReconciliation.Decide(Synced with { AssigneeId = "aad-dino" }, Synced, Synced with { AssigneeId = "aad-cor" }, _ => true);

        Assert.Null(decision.Owner);
        Assert.Equal("aad-dino", decision.Push?.Assignee);
        Assert.Equal("aad-dino", decision.Synced.AssigneeId);
    }

    [Fact]
    public void Decide_DueRemovedInTheBot_ClearsTheTasksDueDate()
    {
        var decision = TaskReconciliation.Decide(Synced with { Due = null }, Synced, Synced, _ => true);

        Assert.True(decision.Push?.ClearDue);
    }
}
