using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Teams.Reminders;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Teams.Reminders;

/// <summary>
/// What people get from a reminder round, through the real web host, its DI and a stub Bot Connector: the personal
/// card, the @mention in the meeting's thread when the personal chat is closed, the carry-over card in the channel,
/// and what each answer of the connector means for the round.
/// </summary>
public sealed class ConnectorReminderSenderTests
{
    private static readonly JsonSchema CardSchema = JsonSchema.FromFile(Path.Combine(NodeTools.SourceDirectory, "Cards", "adaptive-card-subset.schema.json"));

    [Theory]
    [InlineData("nl", "Volgende vergadering wo 21 jun 09:00", "uiterlijk wo 14 jun", "uiterlijk vr 30 jun", "Te laat")]
    [InlineData("en", "Next meeting Wed 21 Jun 09:00", "due Wed 14 Jun", "due Fri 30 Jun", "Overdue")]
    public async Task Round_PingTime_OwnerGetsOneCardWithExactlyTheirItemsInTheTeamsLanguage(string language, string title, string overdueDue, string laterDue, string overdue)
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        var meeting = await app.InstallAsync(language);

        var report = await app.RunRoundAsync();

        var olga = Assert.Single(app.PostedTo(ReminderApp.OlgaChat));
        Assert.Equal("personal", olga["conversation"]?["conversationType"]?.GetValue<string>());
        var card = ReminderApp.Card(olga);
        var texts = Texts(card);
        Assert.Contains(title, texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("Olga belt de wethouder over de subsidie", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Olga stuurt de begroting naar de raad", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Dino", StringComparison.Ordinal) || t.Contains("Peter", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(overdueDue, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(laterDue, StringComparison.Ordinal));
        Assert.Contains(overdue, texts);

        var olgasItems = meeting.Items.Where(i => i.Text.StartsWith("Olga", StringComparison.Ordinal)).Select(i => i.Id).Order().ToList();
        var buttons = Actions(card).Where(a => a.ItemId is not null).ToList();
        Assert.Equal(olgasItems, buttons.Select(b => b.ItemId!).Distinct().Order().ToList());
        foreach (var item in olgasItems)
        {
            foreach (var verb in new[] { CardVerbs.ItemDone, CardVerbs.ItemSnooze, CardVerbs.ItemHandOverPick })
            {
                Assert.Contains(buttons, b => b.ItemId == item && b.Verb == verb);
            }
        }

        AssertValidCard(card);
        var dino = ReminderApp.Card(Assert.Single(app.PostedTo(ReminderApp.DinoChat))).ToJsonString();
        Assert.Contains("Dino schrijft de notitie over de wijkaanpak", dino, StringComparison.Ordinal);
        Assert.DoesNotContain("Olga", dino, StringComparison.Ordinal);
        Assert.Equal((2, 1, 0), (report.Sent, report.Mentioned, report.Failed));
    }

    [Fact]
    public async Task Round_MinutesStillInReview_PingNobodyAndCarryNothingOver_UntilPublished()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        var meeting = await app.InstallAsync(draft: true);

        await app.RunRoundAsync();
        app.Clock.SetUtcNow(ReminderApp.CarryOverTime);
        await app.RunRoundAsync();

        Assert.Empty(app.Posted());
        await app.Followup.PublishAsync(ReminderApp.Tenant, ReminderApp.TeamId, meeting.Id, CancellationToken.None);

        await app.RunRoundAsync();

        var carryOver = Assert.Single(app.PostedTo(ReminderApp.Thread), p => p["attachments"] is not null && ReminderApp.Card(p).ToJsonString().Contains("Openstaande acties voor", StringComparison.Ordinal));
        Assert.Contains("Olga belt de wethouder over de subsidie", ReminderApp.Card(carryOver).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_PersonalChatForbidden_OwnerIsMentionedInTheMeetingThread()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        await app.InstallAsync();
        app.Refuse(ReminderApp.OlgaChat, 403, "BotNotInConversationRoster");

        var report = await app.RunRoundAsync();

        Assert.Single(app.PostedTo(ReminderApp.OlgaChat));
        var mention = Assert.Single(app.PostedTo(ReminderApp.Thread), p => p["entities"] is JsonArray { Count: > 0 });
        var entity = Assert.Single(mention["entities"]!.AsArray())!;
        Assert.Equal("mention", entity["type"]!.GetValue<string>());
        Assert.Equal("<at>Olga Boot</at>", entity["text"]!.GetValue<string>());
        Assert.Equal("aad-olga", entity["mentioned"]!["id"]!.GetValue<string>());
        Assert.StartsWith("<at>Olga Boot</at>, uw open acties voor de volgende vergadering", mention["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var card = ReminderApp.Card(mention).ToJsonString();
        Assert.Contains("Olga belt de wethouder over de subsidie", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Dino", card, StringComparison.Ordinal);
        Assert.Equal((1, 2), (report.Sent, report.Mentioned));
    }

    [Fact]
    public async Task Round_OwnerNotATeamMember_NamedInTheThreadWithoutMentionEntity()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        await app.InstallAsync();

        await app.RunRoundAsync();

        var post = Assert.Single(app.PostedTo(ReminderApp.Thread));
        var text = post["text"]!.GetValue<string>();
        Assert.StartsWith("Peter van der Gugten, uw open acties", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.True(post["entities"] is null or JsonArray { Count: 0 });
        Assert.Contains("Peter reserveert een zaal voor de partnerdag", ReminderApp.Card(post).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_CarryOverDay_CardInTheMeetingThreadListsOpenItemsPerOwner()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        await app.InstallAsync();
        await app.RunRoundAsync();
        var before = app.Posted().Count;
        app.Clock.SetUtcNow(ReminderApp.CarryOverTime);

        var report = await app.RunRoundAsync();

        var post = Assert.Single(app.Posted().Skip(before));
        Assert.Equal(ReminderApp.Thread, post.Conversation);
        var card = ReminderApp.Card(post.Body);
        var texts = Texts(card);
        Assert.Equal("Openstaande acties voor wo 21 jun 09:00", texts[0]);
        AssertUnder(texts, "<at>Dino van Dal</at>", "Dino schrijft de notitie over de wijkaanpak");
        AssertUnder(texts, "<at>Olga Boot</at>", "Olga belt de wethouder over de subsidie", "Olga stuurt de begroting naar de raad");
        AssertUnder(texts, "Peter van der Gugten", "Peter reserveert een zaal voor de partnerdag");
        var mentioned = card["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["aad-dino", "aad-olga"], mentioned);
        AssertValidCard(card);
        Assert.Equal(1, report.Sent);
    }

    [Fact]
    public async Task SendPing_Connector429_ThrottledWithItsRetryAfterAndNotRetriedInside()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        await app.InstallAsync();
        app.Refuse(ReminderApp.OlgaChat, 429, "Throttled", new Dictionary<string, string> { ["Retry-After"] = "7" });

        var outcome = await SendOlgasPingAsync(app);

        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromSeconds(7)), outcome);
        Assert.Single(app.PostedTo(ReminderApp.OlgaChat));
    }

    [Theory]
    [InlineData(404, "Unreachable", false)]
    [InlineData(403, "Unreachable", false)]
    [InlineData(500, "Failed", true)]
    [InlineData(503, "Failed", true)]
    [InlineData(400, "Failed", false)]
    public async Task SendPing_ConnectorRefuses_OutcomeTellsTheRoundWhatToDo(int status, string kind, bool transient)
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        await app.InstallAsync();
        app.Refuse(ReminderApp.OlgaChat, status);

        var outcome = await SendOlgasPingAsync(app);

        Assert.Equal(kind, outcome.GetType().Name);
        Assert.Equal(transient, outcome is SendOutcome.Failed { Transient: true });
        Assert.Single(app.PostedTo(ReminderApp.OlgaChat));
    }

    [Fact]
    public async Task SendPing_Accepted_SentWithTheConnectorsActivityId()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        await app.InstallAsync();

        Assert.Equal(new SendOutcome.Sent("1700000000001"), await SendOlgasPingAsync(app));
    }

    [Fact]
    public async Task MentionInThread_ChannelForbidden_GivenUpNotUnreachable()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime);
        var meeting = await app.InstallAsync();
        app.Refuse(ReminderApp.Thread, 403, "BotNotInConversationRoster");
        var (ping, items) = await OlgasPingAsync(app);

        var outcome = await app.Sender.MentionInThreadAsync(app.Team, meeting.ConversationReference, Owner.Member("aad-olga", "Olga Boot"), ping, items, CancellationToken.None);

        Assert.Equal(new SendOutcome.Failed(Transient: false), outcome);
    }

    [Fact]
    public async Task LocalMode_NoTeams_RemindersStartAndSendNothing()
    {
        await using var app = new ReminderApp(ReminderApp.PingTime, schedulerOn: true);

        using var health = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var report = await app.RunRoundAsync();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.IsType<ConnectorReminderSender>(app.Sender);
        Assert.Empty(await app.Services.GetRequiredService<ICalendarSource>().OccurrencesAsync("group", ReminderApp.PingTime, ReminderApp.CarryOverTime, CancellationToken.None));
        Assert.Equal(new RoundReport(0, 0, 0, 0, 0, 0, 0, 0, 0), report);
        Assert.Empty(app.Posted());
    }

    private static async Task<SendOutcome> SendOlgasPingAsync(ReminderApp app)
    {
        var (ping, items) = await OlgasPingAsync(app);
        var chat = new PersonalChat(ReminderApp.Tenant, "aad-olga", ReminderApp.OlgaChat, app.Connector.Url!, null, "nl-NL", ReminderApp.PingTime);
        return await app.Sender.SendPingAsync(app.Team, chat, ping, items, CancellationToken.None);
    }

    private static async Task<(ReminderPing Ping, IReadOnlyList<OpenItem> Items)> OlgasPingAsync(ReminderApp app)
    {
        var open = await app.Followup.ListTeamOpenItemsAsync(ReminderApp.Tenant, ReminderApp.TeamId, includeSnoozed: true, CancellationToken.None);
        var items = open.Where(i => i.Owners.Any(o => o.MemberId == "aad-olga")).ToList();
        var ping = new ReminderPing("member:aad-olga", ReminderApp.PingTime, PingReason.NextMeeting, [.. items.Select(i => i.MeetingId + "/" + i.ItemId)], [])
        {
            NextMeeting = ScheduledMeeting.At(new DateOnly(2023, 6, 21), null, "Europe/Amsterdam", new TimeOnly(9, 0)),
        };
        return (ping, items);
    }

    /// <summary>Every text of the card in reading order (TextBlocks and RichText runs).</summary>
    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is "TextBlock" or "TextRun" && o["text"] is JsonValue text => [text.GetValue<string>()],
        JsonObject o => [.. o.Where(p => p.Key is not "actions" and not "refresh" and not "msteams").SelectMany(p => Texts(p.Value))],
        JsonArray a => [.. a.SelectMany(Texts)],
        _ => [],
    };

    private static List<(string Verb, string? ItemId)> Actions(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [(o["verb"]!.GetValue<string>(), o["data"]?[CardVerbs.ItemId]?.GetValue<string>())],
        JsonObject o => [.. o.SelectMany(p => Actions(p.Value))],
        JsonArray a => [.. a.SelectMany(Actions)],
        _ => [],
    };

    /// <summary>The items follow <paramref name="heading"/> before the next owner's heading.</summary>
    private static void AssertUnder(List<string> texts, string heading, params string[] items)
    {
        var start = texts.IndexOf(heading);
        Assert.True(start > 0, $"No heading '{heading}' in: {string.Join(" | ", texts)}");
        foreach (var item in items)
        {
            var at = texts.FindIndex(start, t => t.Contains(item, StringComparison.Ordinal));
            Assert.True(at > start, $"'{item}' is not under '{heading}'.");
            Assert.DoesNotContain(texts.Skip(start + 1).Take(at - start - 1), t => t.StartsWith("<at>", StringComparison.Ordinal) || t == "Peter van der Gugten");
        }
    }

    private static void AssertValidCard(JsonNode card)
    {
        var result = CardSchema.Evaluate(JsonDocument.Parse(card.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join(" | ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(3).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }
}
