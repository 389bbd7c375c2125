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

    [Fact]
    public async Task MinutesInReview_AreInvisibleToTheTeam_UntilPublished_ThenVisibleAtOnce()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var review = await app.ReviewCardAsync();

        var itemsBefore = CardNodes.Words(await app.AskInChannelAsync("acties", IntakeApp.Stef, "Open acties van het team"));
        var decisionsBefore = CardNodes.Words(await app.AskInChannelAsync("besluiten", IntakeApp.Stef, "Besluiten"));

        Assert.Contains("Het team heeft geen open acties.", itemsBefore);
        Assert.Contains("Geen besluiten gevonden.", decisionsBefore);
        var meetingId = IntakeApp.Submitted(review, CardVerbs.ReviewPublish)[CardVerbs.MeetingId]!.GetValue<string>();
        var followup = app.Services.GetRequiredService<FollowupService>();
        Assert.True((await followup.GetMeetingAsync(Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None))!.Draft);

        await app.PublishAsIsAsync(review);

        var itemsAfter = CardNodes.Words(await app.AskInChannelAsync("acties", IntakeApp.Stef, "Open acties van het team"));
        var decisionsAfter = CardNodes.Words(await app.AskInChannelAsync("besluiten", IntakeApp.Stef, "Besluiten"));
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
        var review = await app.ReviewCardAsync();
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);
        var meetingId = data[CardVerbs.MeetingId]!.GetValue<string>();
        Assert.Equal("Ja, verwijderen", CardNodes.FindAction(review, CardVerbs.ReviewDiscard)!["title"]!.GetValue<string>());

        var answer = await app.InvokeAsync(CardVerbs.ReviewDiscard, IntakeApp.Submitted(review, CardVerbs.ReviewDiscard), ChannelIntakeTests.Uploader, IntakeApp.ReviewChat);

        Assert.Contains("Het concept is verwijderd; er is niets gepubliceerd. Stuur de notulen opnieuw als u ze toch wilt laten verwerken.", CardNodes.Words(answer));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var left = new List<string>();
        await foreach (var key in store.ListAsync(FollowupKeys.Team(Tenant, IntakeApp.TeamId), CancellationToken.None))
        {
            left.Add(key.ToString()!);
        }

        Assert.DoesNotContain(left, k => k.Contains(meetingId, StringComparison.Ordinal));
        Assert.Null(await app.Services.GetRequiredService<FollowupService>().GetMeetingAsync(Tenant, IntakeApp.TeamId, meetingId, CancellationToken.None));
        Assert.DoesNotContain(app.Sent(), x => Uri.UnescapeDataString(x.Path).StartsWith($"/v3/conversations/{IntakeApp.Channel};messageid=1685016741623", StringComparison.Ordinal) && x.Body["attachments"] is not null);
        Assert.Contains("Het team heeft geen open acties.", CardNodes.Words(await app.AskInChannelAsync("acties", IntakeApp.Stef, "Open acties van het team")));

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
        var review = await app.ReviewCardAsync();
        var discard = IntakeApp.Submitted(review, CardVerbs.ReviewDiscard);
        await app.PublishAsIsAsync(review);

        var answer = await app.InvokeAsync(CardVerbs.ReviewDiscard, discard, ChannelIntakeTests.Uploader, IntakeApp.ReviewChat);

        Assert.Contains("Deze notulen zijn al gepubliceerd; het team ziet ze al.", CardNodes.Words(answer));
        Assert.NotNull(await app.Services.GetRequiredService<FollowupService>()
            .GetMeetingAsync(Tenant, IntakeApp.TeamId, discard[CardVerbs.MeetingId]!.GetValue<string>(), CancellationToken.None));
    }
}
