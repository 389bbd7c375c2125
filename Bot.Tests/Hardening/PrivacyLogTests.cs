using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Samples;
using TeamsBot.Tests.Followup;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Intake;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Logs carry ids and counts only (issue 9): a whole scenario in-process (install, paste the sample minutes, edit in
/// review, publish, done, snooze, hand over, "mijn acties", a reminder round) logged at Trace level, and not one log
/// message, structured value or exception names a person, an item, a decision or an e-mail address of the minutes.
/// </summary>
public sealed class PrivacyLogTests
{
    private const string Tenant = FollowupTestData.Tenant;
    private const string Team = "19:stuurgroep@thread.tacv2";

    [Fact]
    public async Task FullScenario_LogsNoNameItemDecisionOrAddress()
    {
        var extraction = FollowupTestData.Sample();
        var people = extraction.Meeting.Attendees.Select(p => p.Name)
            .Concat(extraction.ActionItems.SelectMany(a => a.Owners))
            .Concat(new[] { extraction.Meeting.Chair, extraction.Meeting.MinuteTaker }.OfType<string>())
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var roster = people.Select((name, k) => new RosterMember($"aad-{k}", $"29:{k}", name, $"{name.Replace(' ', '.').ToLowerInvariant()}@gemeente.example")).ToList();
        var uploader = roster[0];
        var logs = new PrivacyLogCapture();
        await using var app = new PrivacyApp(logs);
        app.Connector.Given(Request.Create().UsingGet().WithPath("/_connector/v3/conversations/*/pagedmembers"))
            .RespondWith(Response.Create().WithBodyAsJson(new { members = roster.Select(m => new { id = m.TeamsId, name = m.Name, aadObjectId = m.UserId, email = m.Email }) }));

        await InstallAsync(app);
        var meeting = await PasteReviewAndPublishAsync(app, uploader);
        await ActOnItemsAsync(app, meeting, uploader, roster);
        await app.AnswerAsync(app.Personal("mijn acties", uploader.UserId, Tenant, "nl-NL"));
        app.Clock.Advance(TimeSpan.FromDays(10));
        // The round is in DI once the web host registers the reminders; until then the scenario ends before it.
        if (app.Services.GetService<ReminderRound>() is { } round)
        {
            await round.RunAsync(CancellationToken.None);
        }

        Assert.NotEmpty(logs.Entries);
        Assert.Contains(logs.Entries, e => e.Text.Contains(meeting.Id, StringComparison.Ordinal));
        var secrets = people
            .Concat(roster.Select(m => m.Email!))
            .Concat(extraction.ActionItems.Select(a => a.Text))
            .Concat(extraction.Decisions.Select(d => d.Text))
            .Concat(meeting.Items.Select(i => i.Text))
            .Where(s => s.Length >= 6)
            .Distinct()
            .ToList();
        var leaks = logs.Entries
            .SelectMany(e => secrets.Where(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"[{e.Category}] \"{s}\" in: {e.Text}"))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(10)));
    }

    private static async Task InstallAsync(PrivacyApp app)
    {
        var install = app.Channel("", "aad-0", Tenant, Team, mention: false);
        install["type"] = "conversationUpdate";
        install.Remove("text");
        install["membersAdded"] = new JsonArray(new JsonObject { ["id"] = PrivacyApp.BotId });
        install["channelData"]!["eventType"] = "teamMemberAdded";
        await app.AnswerAsync(install);
    }

    private static async Task<Meeting> PasteReviewAndPublishAsync(PrivacyApp app, RosterMember uploader)
    {
        var paste = app.Personal(Encoding.UTF8.GetString(SampleMinutes.Bytes(".md")), uploader.UserId, Tenant, "nl-NL");
        paste["from"]!["name"] = uploader.Name;
        await app.AnswerAsync(paste);
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        var card = sent.Last(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body!;

        var page = IntakeApp.Submitted(card, CardVerbs.ReviewPage);
        var firstItem = page[CardVerbs.Items]!.GetValue<string>().Split(' ')[0];
        page[CardVerbs.ItemTextInput(firstItem)] = page[CardVerbs.ItemTextInput(firstItem)]!.GetValue<string>() + " (bijgewerkt)";
        await app.AnswerAsync(app.Invoke(CardVerbs.ReviewPage, page, uploader.UserId, Tenant, null, paste["conversation"]!["id"]!.GetValue<string>()));
        var publish = IntakeApp.Submitted(card, CardVerbs.ReviewPublish);
        publish.Remove(CardVerbs.ItemTextInput(firstItem));
        publish[CardVerbs.Items] = string.Join(' ', publish[CardVerbs.Items]!.GetValue<string>().Split(' ').Where(i => i != firstItem));
        await app.AnswerAsync(app.Invoke(CardVerbs.ReviewPublish, publish, uploader.UserId, Tenant, null, paste["conversation"]!["id"]!.GetValue<string>()));

        var meetingId = publish[CardVerbs.MeetingId]!.GetValue<string>();
        var review = await app.Intake.GetReviewAsync(Tenant, meetingId, CancellationToken.None);
        var meeting = await app.Followup.GetMeetingAsync(Tenant, review!.TeamId, meetingId, CancellationToken.None);
        Assert.Contains(meeting!.Items, i => i.Text.EndsWith("(bijgewerkt)", StringComparison.Ordinal));
        return meeting;
    }

    private static async Task ActOnItemsAsync(PrivacyApp app, Meeting meeting, RosterMember actor, IReadOnlyList<RosterMember> roster)
    {
        var open = meeting.Items.Where(i => i.Status == ItemStatus.Open).Take(3).ToList();
        var conversation = "a:personal-" + actor.UserId;
        JsonObject Data(ActionItem item) => new() { [CardVerbs.MeetingId] = meeting.Id, [CardVerbs.ItemId] = item.Id };
        await app.AnswerAsync(app.Invoke(CardVerbs.ItemDone, Data(open[0]), actor.UserId, Tenant, null, conversation));
        var snooze = Data(open[1]);
        snooze[CardVerbs.Until] = CardVerbs.UntilWeek;
        await app.AnswerAsync(app.Invoke(CardVerbs.ItemSnooze, snooze, actor.UserId, Tenant, null, conversation));
        await app.AnswerAsync(app.Invoke(CardVerbs.ItemHandOverPick, Data(open[2]), actor.UserId, Tenant, null, conversation));
        var handOver = Data(open[2]);
        handOver[CardVerbs.MemberId] = roster[^1].UserId;
        await app.AnswerAsync(app.Invoke(CardVerbs.ItemHandOver, handOver, actor.UserId, Tenant, null, conversation));
    }
}
