using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// Minutes in review are a draft, through the whole app: another member's "acties" and "besluiten" do not see them
/// until the minute-taker publishes; discarded, they leave nothing behind and the same file is read anew.
/// </summary>
public sealed class DraftFlowTests
{
    private const string Tenant = ChannelIntakeTests.Tenant;
    private const string Channel = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2";
    private const string Stef = "5b1e0c1a-0000-4000-8000-000000000002";

    [Fact]
    public async Task MinutesInReview_AreInvisibleToTheTeam_UntilPublished_ThenVisibleAtOnce()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var review = await ReviewAsync(app);

        var itemsBefore = await AskAsync(app, "acties", "Open acties van het team");
        var decisionsBefore = await AskAsync(app, "besluiten", "Besluiten");

        Assert.Contains("Het team heeft geen open acties.", itemsBefore);
        Assert.Contains("Geen besluiten gevonden.", decisionsBefore);
        var meetingId = IntakeApp.Submitted(review, CardVerbs.ReviewPublish)[CardVerbs.MeetingId]!.GetValue<string>();
        var followup = app.Services.GetRequiredService<FollowupService>();
        Assert.True((await followup.GetMeetingAsync(Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None))!.Draft);

        await PublishAsIsAsync(app, review);

        var itemsAfter = await AskAsync(app, "acties", "Open acties van het team");
        var decisionsAfter = await AskAsync(app, "besluiten", "Besluiten");
        var meeting = (await followup.GetMeetingAsync(Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None))!;
        Assert.False(meeting.Draft);
        Assert.DoesNotContain("Het team heeft geen open acties.", itemsAfter);
        Assert.Contains(itemsAfter, t => t.StartsWith(meeting.Items.First(i => i.Status == ItemStatus.Open).Text[..30], StringComparison.Ordinal));
        Assert.Contains(decisionsAfter, t => t.Contains(meeting.Decisions[0].Text[..30], StringComparison.Ordinal));
    }

    [Fact]
    public async Task DiscardedDraft_LeavesNothing_AndTheSameFileIsReadAnew()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var review = await ReviewAsync(app);
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);
        var meetingId = data[CardVerbs.MeetingId]!.GetValue<string>();
        Assert.Equal("Ja, verwijderen", CardNodes.FindAction(review, CardVerbs.ReviewDiscard)!["title"]!.GetValue<string>());

        var answer = await InvokeAsync(app, CardVerbs.ReviewDiscard, IntakeApp.Submitted(review, CardVerbs.ReviewDiscard));

        Assert.Contains("Het concept is verwijderd; er is niets gepubliceerd. Stuur de notulen opnieuw als u ze toch wilt laten verwerken.", CardNodes.Words(answer));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var left = new List<string>();
        await foreach (var key in store.ListAsync(FollowupKeys.Team(Tenant, IntakeApp.TeamId), CancellationToken.None))
        {
            left.Add(key.ToString()!);
        }

        Assert.DoesNotContain(left, k => k.Contains(meetingId, StringComparison.Ordinal));
        Assert.Null(await app.Services.GetRequiredService<FollowupService>().GetMeetingAsync(Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None));
        Assert.DoesNotContain(app.Sent(), x => Uri.UnescapeDataString(x.Path).StartsWith($"/v3/conversations/{Channel};messageid=1685016741623", StringComparison.Ordinal) && x.Body["attachments"] is not null);
        Assert.Contains("Het team heeft geen open acties.", await AskAsync(app, "acties", "Open acties van het team"));

        // The same file again: read as new minutes, with a review card of its own.
        var reviews = app.Sent().Count(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        var again = app.Activity("channel-file-post.json", Tenant);
        again["id"] = "1685016741999";
        await app.PostAsync(again);
        await app.WaitForAsync(s => s.Count(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null) > reviews);
        Assert.Equal(reviews + 1, app.Sent().Count(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
    }

    [Fact]
    public async Task Discard_OfPublishedMinutes_IsRefusedAndKeepsThem()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var review = await ReviewAsync(app);
        var discard = IntakeApp.Submitted(review, CardVerbs.ReviewDiscard);
        await PublishAsIsAsync(app, review);

        var answer = await InvokeAsync(app, CardVerbs.ReviewDiscard, discard);

        Assert.Contains("Deze notulen zijn al gepubliceerd; het team ziet ze al.", CardNodes.Words(answer));
        Assert.NotNull(await app.Services.GetRequiredService<FollowupService>()
            .GetMeetingAsync(Tenant, IntakeApp.TeamId, discard[CardVerbs.MeetingId]!.GetValue<string>(), CancellationToken.None));
    }

    private static async Task<JsonNode> ReviewAsync(IntakeApp app)
    {
        await app.PostAsync(app.Activity("channel-file-post.json", Tenant));
        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        await app.WaitUntilIdleAsync();
        return app.Sent().Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body["attachments"]![0]!["content"]!;
    }

    private static async Task PublishAsIsAsync(IntakeApp app, JsonNode review)
    {
        var asked = await InvokeAsync(app, CardVerbs.ReviewPublish, IntakeApp.Submitted(review, CardVerbs.ReviewPublish));
        await InvokeAsync(app, CardVerbs.ReviewPublish, IntakeApp.Submitted(asked, CardVerbs.ReviewPublish));
    }

    private static async Task<JsonNode> InvokeAsync(IntakeApp app, string verb, JsonObject data)
    {
        var invoke = app.Activity("adaptive-card-action.json", Tenant, "a:private-review-chat", "nl-NL");
        invoke["from"] = new JsonObject { ["id"] = "29:1annet-user", ["name"] = "Annet de Groot", ["aadObjectId"] = ChannelIntakeTests.Uploader };
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data.DeepClone();
        using var response = await app.PostAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    /// <summary>Stef, a member of the team, asks the bot in the channel; the words of the card that answers.</summary>
    private static async Task<List<string>> AskAsync(IntakeApp app, string command, string cardTitle)
    {
        var before = app.Sent().Count;
        var message = app.Activity("channel-mention.json", Tenant, Channel + ";messageid=1759944700000", "nl-NL");
        message["id"] = Guid.NewGuid().ToString();
        message["text"] = $"<at>Minutes Bot</at> {command}";
        message["from"] = new JsonObject { ["id"] = "29:2stef-user", ["name"] = "Stef Fleischeuer", ["aadObjectId"] = Stef };
        message["channelData"]!["team"] = new JsonObject { ["id"] = IntakeApp.TeamId };
        message["channelData"]!["channel"] = new JsonObject { ["id"] = Channel };
        await app.PostAsync(message);
        var sent = await app.WaitForAsync(s => s.Skip(before).Any(x => IntakeApp.HasCardWith(x.Body, cardTitle)));
        return CardNodes.Words(sent.Skip(before).First(x => IntakeApp.HasCardWith(x.Body, cardTitle)).Body["attachments"]![0]!["content"]!);
    }
}
