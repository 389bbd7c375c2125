using TeamsBot.Followup;
using TeamsBot.Planner;

namespace TeamsBot.Tests.Planner;

public sealed class TaskReconciliationTests
{
    private static readonly TaskMirror Synced = new("Begroting rondsturen", false, ["aad-olga"], new DateOnly(2023, 6, 30));

    [Fact]
    public void Decide_BothSidesAsAtTheLastSync_ChangesNothing()
    {
        var decision = TaskReconciliation.Decide(Synced, Synced, Synced, _ => true);

        Assert.Equal((null, null, null), (decision.Done, decision.Assignees, decision.Push));
        Assert.False(decision.ReadsBack);
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
        var decision = TaskReconciliation.Decide(Synced, Synced, Synced with { AssigneeIds = ["aad-olga", "aad-stranger"] }, id => id != "aad-stranger");

        Assert.Null(decision.Assignees);
        Assert.Equal(["aad-olga"], decision.Push?.Assignees);
    }

    [Fact]
    public void Decide_BothSidesReassigned_TheBotWins()
    {
        var decision = TaskReconciliation.Decide(Synced with { AssigneeIds = ["aad-dino"] }, Synced, Synced with { AssigneeIds = ["aad-cor"] }, _ => true);

        Assert.Null(decision.Assignees);
        Assert.Equal(["aad-dino"], decision.Push?.Assignees);
        Assert.Equal(["aad-dino"], decision.Synced.AssigneeIds);
    }

    [Fact]
    public void Decide_DueRemovedInTheBot_ClearsTheTasksDueDate()
    {
        var decision = TaskReconciliation.Decide(Synced with { Due = null }, Synced, Synced, _ => true);

        Assert.True(decision.Push?.ClearDue);
    }

    [Fact]
    public void Decide_TitleAndDueChangedOnlyInPlanner_AreReadBackAndNothingIsWritten()
    {
        var task = Synced with { Title = "Begroting 2024 rondsturen", Due = new DateOnly(2023, 7, 7) };

        var decision = TaskReconciliation.Decide(Synced, Synced, task, _ => true);

        Assert.Equal(("Begroting 2024 rondsturen", true, new DateOnly(2023, 7, 7)), (decision.Title, decision.DueRead, decision.Due));
        Assert.Null(decision.Push);
        Assert.Equal(task, decision.Synced);
    }

    [Fact]
    public void Decide_DueMovedOnBothSides_TheBotsDateWinsAndIsWritten()
    {
        var decision = TaskReconciliation.Decide(Synced with { Due = new DateOnly(2023, 7, 14) }, Synced, Synced with { Due = new DateOnly(2023, 7, 7) }, _ => true);

        Assert.False(decision.DueRead);
        Assert.Equal(new DateOnly(2023, 7, 14), decision.Push?.Due);
    }

    [Fact]
    public void Decide_DueRemovedInPlanner_IsReadBackAsNoDueDate()
    {
        var decision = TaskReconciliation.Decide(Synced, Synced, Synced with { Due = null }, _ => true);

        Assert.Equal((true, (DateOnly?)null), (decision.DueRead, decision.Due));
        Assert.Null(decision.Push);
    }

    [Fact]
    public void Decide_SecondAssigneeAddedInPlanner_IsReadBackWithBoth()
    {
        var decision = TaskReconciliation.Decide(Synced, Synced, Synced with { AssigneeIds = ["aad-olga", "aad-dino"] }, _ => true);

        Assert.Equal(["aad-dino", "aad-olga"], decision.Assignees);
        Assert.Null(decision.Push);
    }

    [Fact]
    public void Mirror_AssigneesInAnotherOrder_IsTheSameMirror()
    {
        Assert.Equal(Synced with { AssigneeIds = ["aad-olga", "aad-dino"] }, Synced with { AssigneeIds = ["aad-dino", "aad-olga"] });
        Assert.NotEqual(Synced with { AssigneeIds = ["aad-olga", "aad-dino"] }, Synced);
    }

    [Fact]
    public void StoredLinkOfBeforeSeveralAssignees_ReadsItsAssignee_AndNeedsNoChangeOfTheTask()
    {
        var old = System.Text.Json.JsonSerializer.Deserialize(
            """{"title":"Begroting rondsturen","done":false,"assigneeId":"aad-olga","due":"2023-06-30"}""", FollowupJson.Default.TaskMirror)!;

        var decision = TaskReconciliation.Decide(Synced, old, Synced, _ => true);

        Assert.Equal(["aad-olga"], old.AssigneeIds);
        Assert.Null(decision.Push);
        Assert.DoesNotContain("assigneeId\"", System.Text.Json.JsonSerializer.Serialize(old, FollowupJson.Default.TaskMirror), StringComparison.Ordinal);
    }
}
