using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Intake;

namespace TeamsBot.Tests.Planner;

/// <summary>The whole bot with "Acties ook in Planner" on: minutes posted in the channel, reviewed, published, and followed up on both sides.</summary>
public sealed class PlannerAppTests
{
    [Fact]
    public async Task PublishedWithPlannerOn_MyActionsAndTheTaskAgree_AfterAChangeOnEachSide()
    {
        using var planner = new FakePlanner { Others = ChannelIntakeTests.MinutesGraph() };
        await using var app = new IntakeApp(services: s => s.AddSingleton(planner.Client()));
        await TurnPlannerOnAsync(app);

        await app.PublishAsIsAsync(await app.ReviewCardAsync());
        await app.WaitUntilIdleAsync();

        var meeting = Assert.Single(await Followup(app).ListPublishedMeetingsAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, CancellationToken.None));
        var open = meeting.Items.Where(i => i.Status == ItemStatus.Open).ToList();
        Assert.Equal(open.Count, planner.Tasks.Count);
        Assert.All(open, i => Assert.NotNull(i.Planner?.TaskId));

        // Stef takes an item nobody owns: the task is assigned to him.
        var teamItems = await app.AskInChannelAsync("acties", IntakeApp.Stef, "Open acties van het team");
        var take = IntakeApp.Submitted(teamItems, CardVerbs.ItemTake);
        var itemId = take[CardVerbs.ItemId]!.GetValue<string>();
        var text = open.Single(i => i.Id == itemId).Text;
        await app.InvokeAsync(CardVerbs.ItemTake, take, IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);
        await app.WaitUntilIdleAsync();
        var task = TaskOf(planner, await ItemAsync(app, meeting.Id, itemId));
        Assert.Equal([IntakeApp.Stef], FakePlanner.Assignees(task));
        Assert.Contains(text, CardNodes.Words(await app.AskInChannelAsync("mijn acties", IntakeApp.Stef, "Mijn acties")));

        // Done in Planner: the refreshed summary reads it back, and it leaves Stef's actions.
        planner.Complete(task["id"]!.GetValue<string>());
        await app.InvokeAsync(CardVerbs.Refresh, new JsonObject { [CardVerbs.View] = CardVerbs.ViewName(CardView.Summary), [CardVerbs.MeetingId] = meeting.Id },
            IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);
        var done = await ItemAsync(app, meeting.Id, itemId);
        Assert.Equal((ItemStatus.Done, FollowupService.FromPlanner), (done.Status, done.History[^1].Detail));
        Assert.DoesNotContain(text, CardNodes.Words(await app.AskInChannelAsync("mijn acties", IntakeApp.Stef, "Mijn acties")));

        // Reopened in the bot: the task is open again, and the item is back in Stef's actions.
        await app.InvokeAsync(CardVerbs.ItemReopen, new JsonObject { [CardVerbs.MeetingId] = meeting.Id, [CardVerbs.ItemId] = itemId },
            IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);
        await app.WaitUntilIdleAsync();
        Assert.Equal(0, TaskOf(planner, await ItemAsync(app, meeting.Id, itemId))["percentComplete"]!.GetValue<int>());
        Assert.Contains(text, CardNodes.Words(await app.AskInChannelAsync("mijn acties", IntakeApp.Stef, "Mijn acties")));
        Assert.Equal(open.Count, planner.Posts("/planner/tasks"));
    }

    private static FollowupService Followup(IntakeApp app) => app.Services.GetRequiredService<FollowupService>();

    private static async Task TurnPlannerOnAsync(IntakeApp app)
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await app.Services.GetRequiredService<Installations>().RecordTeamAsync(
            new TeamInstallation(ChannelIntakeTests.Tenant, IntakeApp.TeamId, FakePlanner.GroupId, "Stuurgroep", app.ServiceUrl, IntakeApp.Channel, now), CancellationToken.None);
        await Followup(app).UpdateSettingsAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId,
            s => s with { Planner = new PlannerSettings(true, FakePlanner.PlanId, "Stuurgroep: jaarplanning") }, CancellationToken.None);
    }

    private static async Task<ActionItem> ItemAsync(IntakeApp app, string meetingId, string itemId) =>
        (await Followup(app).GetMeetingAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None))!.Items.Single(i => i.Id == itemId);

    private static JsonObject TaskOf(FakePlanner planner, ActionItem item) =>
        Assert.Single(planner.Tasks, t => t["id"]!.GetValue<string>() == item.Planner?.TaskId);
}
