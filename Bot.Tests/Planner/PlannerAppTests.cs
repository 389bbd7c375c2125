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

    [Fact]
    public async Task SettingsCard_OffersTheGroupsPlans_AndTurningPlannerOnWithANewPlanCreatesItOnce()
    {
        using var planner = new FakePlanner { Others = ChannelIntakeTests.MinutesGraph() };
        await using var app = new IntakeApp(services: s => s.AddSingleton(planner.Client()));
        await TurnPlannerOnAsync(app, on: false);

        var card = await app.AskInChannelAsync("instellingen", IntakeApp.Stef, "Instellingen");
        Assert.Contains("Acties ook in Planner", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Stuurgroep: jaarplanning", card.ToJsonString(), StringComparison.Ordinal);
        var data = IntakeApp.Submitted(card, CardVerbs.SettingsSave);
        data[CardVerbs.PlannerOn] = "true";
        data[CardVerbs.PlannerPlan] = CardPlanner.NewPlan;
        var saved = await app.InvokeAsync(CardVerbs.SettingsSave, data, IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);
        await app.WaitUntilIdleAsync();
        await app.InvokeAsync(CardVerbs.SettingsSave, data, IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);
        await app.WaitUntilIdleAsync();

        Assert.True(saved.ToJsonString().Contains("Opgeslagen. Dit geldt vanaf nu voor het hele team.", StringComparison.Ordinal), saved.ToJsonString());
        Assert.Equal(1, planner.Posts("/planner/plans"));
        var settings = (await Followup(app).GetSettingsAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, CancellationToken.None)).Planner;
        Assert.Equal((true, "Acties uit de notulen"), (settings?.Enabled, settings?.PlanTitle));
    }

    [Fact]
    public async Task PlannerRefused_PublishWorksAsBefore_AndTheSettingsCardSaysSoInOneLine()
    {
        using var planner = new FakePlanner
        {
            Others = ChannelIntakeTests.MinutesGraph(),
            Fault = _ => FakePlanner.Error(System.Net.HttpStatusCode.Forbidden, "error-403-planner.json"),
        };
        await using var app = new IntakeApp(services: s => s.AddSingleton(planner.Client()));
        await TurnPlannerOnAsync(app);

        await app.PublishAsIsAsync(await app.ReviewCardAsync());
        await app.WaitUntilIdleAsync();

        Assert.Contains(app.Sent(), x => Uri.UnescapeDataString(x.Path).StartsWith($"/v3/conversations/{IntakeApp.Channel};messageid=1685016741623", StringComparison.Ordinal)
            && CardNodes.FindAction(x.Body, CardVerbs.ItemTake) is not null);
        var meeting = Assert.Single(await Followup(app).ListPublishedMeetingsAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, CancellationToken.None));
        Assert.All(meeting.Items, i => Assert.Null(i.Planner));
        var card = await app.AskInChannelAsync("instellingen", IntakeApp.Stef, "Instellingen");
        Assert.Single(CardNodes.Words(card), w => w.StartsWith("Planner is niet beschikbaar", StringComparison.Ordinal));
    }

    private static FollowupService Followup(IntakeApp app) => app.Services.GetRequiredService<FollowupService>();

    private static async Task TurnPlannerOnAsync(IntakeApp app, bool on = true)
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await app.Services.GetRequiredService<Installations>().RecordTeamAsync(
            new TeamInstallation(ChannelIntakeTests.Tenant, IntakeApp.TeamId, FakePlanner.GroupId, "Stuurgroep", app.ServiceUrl, IntakeApp.Channel, now), CancellationToken.None);
        if (on)
        {
            await Followup(app).UpdateSettingsAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId,
                s => s with { Planner = new PlannerSettings(true, FakePlanner.PlanId, "Stuurgroep: jaarplanning") }, CancellationToken.None);
        }
    }

    private static async Task<ActionItem> ItemAsync(IntakeApp app, string meetingId, string itemId) =>
        (await Followup(app).GetMeetingAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None))!.Items.Single(i => i.Id == itemId);

    private static JsonObject TaskOf(FakePlanner planner, ActionItem item) =>
        Assert.Single(planner.Tasks, t => t["id"]!.GetValue<string>() == item.Planner?.TaskId);
}
