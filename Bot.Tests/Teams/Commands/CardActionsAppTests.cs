using System.Text.Json.Nodes;
using TeamsBot.Followup;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static TeamsBot.Tests.Followup.FollowupTestData;
using static TeamsBot.Tests.Teams.Commands.CommandsApp;

namespace TeamsBot.Tests.Teams.Commands;

/// <summary>Item buttons through the whole app: the change in the store with its actor, and the refreshed card in the invoke response.</summary>
public sealed class CardActionsAppTests
{
    private const string Call = "Olga belt de wethouder over de subsidie";
    private const string Mail = "Olga mailt de partners";

    [Theory]
    [InlineData("nl", "Afgerond")]
    [InlineData("en", "Done")]
    public async Task Done_OnTheSummaryCard_MarksItDoneWithTheActorAndAnswersTheRefreshedSummary(string language, string doneLabel)
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga"), Item(Mail, "Olga")]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var card = await app.InvokeAsync(app.Invoke("item.done", ItemData(meeting, Call), userId: "aad-dino"));

        var item = await ItemAsync(app, meeting, Call);
        Assert.Equal(ItemStatus.Done, item.Status);
        var change = item.History[^1];
        Assert.Equal(ChangeKind.Completed, change.Kind);
        Assert.Equal("aad-dino", change.By.UserId);
        Assert.Contains("Stuurgroep", TextOf(card), StringComparison.Ordinal);
        Assert.Contains(doneLabel, TextOf(card), StringComparison.Ordinal);
        Assert.Contains(CardNodes.Descendants(card).OfType<JsonObject>(), o => (string?)o["verb"] == "item.reopen");
    }

    [Fact]
    public async Task Done_FromMyActionsInThePersonalChat_AnswersMyActionsWithoutTheItem()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga"), Item(Mail, "Olga")]);
        var data = ItemData(meeting, Call);
        data["view"] = "myActions";

        var card = await app.InvokeAsync(app.Invoke("item.done", data, personal: true));

        Assert.Equal(ItemStatus.Done, (await ItemAsync(app, meeting, Call)).Status);
        Assert.Contains("My actions", TextOf(card), StringComparison.Ordinal);
        Assert.Contains(Mail, TextOf(card), StringComparison.Ordinal);
        Assert.DoesNotContain(Call, TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyActionsCard_ItemButtons_CarryTheirView()
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([Item(Call, "Olga")]);

        var reply = Assert.Single(await app.SendAsync(app.Personal("my actions")));

        var done = CardNodes.Descendants(CardOf(reply)).OfType<JsonObject>().First(o => (string?)o["verb"] == "item.done");
        Assert.Equal("myActions", (string?)done["data"]!["view"]);
    }

    [Fact]
    public async Task Snooze_AWeek_HidesItFromMyActionsForSevenDays()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);
        var data = ItemData(meeting, Call);
        data["until"] = "week";

        await app.InvokeAsync(app.Invoke("item.snooze", data));

        var item = await ItemAsync(app, meeting, Call);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(7), item.SnoozedUntil);
        Assert.Equal("aad-olga", item.History[^1].By.UserId);
        Assert.Empty(await app.Followup.ListMyOpenItemsAsync(Tenant, "aad-olga", includeSnoozed: false, CancellationToken.None));
    }

    [Fact]
    public async Task Snooze_UntilTheNextMeeting_UsesTheTeamsNextMeeting()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { NextMeetingAt = new DateTime(2023, 6, 21, 13, 30, 0) }, CancellationToken.None);
        var data = ItemData(meeting, Call);
        data["until"] = "nextMeeting";

        await app.InvokeAsync(app.Invoke("item.snooze", data));

        Assert.Equal(new DateTimeOffset(2023, 6, 21, 11, 30, 0, TimeSpan.Zero), (await ItemAsync(app, meeting, Call)).SnoozedUntil);
    }

    [Fact]
    public async Task HandOver_PickThenChoose_ShowsTheRosterAndGivesTheItemToTheMember()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);

        var picker = await app.InvokeAsync(app.Invoke("item.handover.pick", ItemData(meeting, Call)));
        var choices = CardNodes.Descendants(picker).OfType<JsonObject>().Single(o => (string?)o["type"] == "Input.ChoiceSet");
        Assert.Equal(4, choices["choices"]!.AsArray().Count);

        var data = ItemData(meeting, Call);
        data["memberId"] = "aad-cor";
        var card = await app.InvokeAsync(app.Invoke("item.handover", data));

        var item = await ItemAsync(app, meeting, Call);
        Assert.Equal([Owner.Member("aad-cor", "Cor Lamers")], item.Owners);
        Assert.Equal(ChangeKind.Reassigned, item.History[^1].Kind);
        Assert.Equal("aad-olga", item.History[^1].By.UserId);
        Assert.Contains("Cor Lamers", TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandOver_ToSomeoneOutsideTheTeam_IsRefused()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);
        var data = ItemData(meeting, Call);
        data["memberId"] = "aad-stranger";

        var card = await app.InvokeAsync(app.Invoke("item.handover", data));

        Assert.Equal("aad-olga", (await ItemAsync(app, meeting, Call)).Owners.Single().MemberId);
        Assert.Contains("geen lid", TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkOwner_AnUnresolvedName_BecomesTheMember()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);
        var address = new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id);
        await app.Followup.ReassignAsync(address, Secretary, [Owner.Unresolved("Piet"), Owner.Member("aad-olga", "Olga Boot")], CancellationToken.None);
        var data = ItemData(meeting, Call);
        data["owner"] = 0;

        var picker = await app.InvokeAsync(app.Invoke("owner.link.pick", data));
        Assert.Contains(CardNodes.Descendants(picker).OfType<JsonObject>(), o => (string?)o["verb"] == "owner.link");
        data["memberId"] = "aad-dino";
        await app.InvokeAsync(app.Invoke("owner.link", data));

        Assert.Equal([Owner.Member("aad-dino", "Dino van Dal"), Owner.Member("aad-olga", "Olga Boot")], (await ItemAsync(app, meeting, Call)).Owners);
    }

    [Fact]
    public async Task Done_ByAUserNotInTheTeam_IsRefusedAndChangesNothing()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);
        // The stored roster is fresh, so the connector is not asked; if it were, it would not list the stranger either.
        var card = await app.InvokeAsync(app.Invoke("item.done", ItemData(meeting, Call), userId: "aad-stranger"));

        Assert.Equal(ItemStatus.Open, (await ItemAsync(app, meeting, Call)).Status);
        Assert.Contains("Alleen leden", TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_WithAnotherTenantsIds_FindsNothingAndChangesNothing()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);

        var card = await app.InvokeAsync(app.Invoke("item.done", ItemData(meeting, Call), tenant: "99999999-0000-4000-8000-000000000099"));
        var personal = await app.InvokeAsync(app.Invoke("item.done", ItemData(meeting, Call), personal: true, tenant: "99999999-0000-4000-8000-000000000099"));

        Assert.Equal(ItemStatus.Open, (await ItemAsync(app, meeting, Call)).Status);
        Assert.Contains("niet (meer) vinden", TextOf(card), StringComparison.Ordinal);
        Assert.Contains("can't find", TextOf(personal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_ForAnotherTeamCrafted_FindsNothing()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);

        var card = await app.InvokeAsync(app.Invoke("item.done", ItemData(meeting, Call), team: "19:other-team@thread.tacv2"));

        Assert.Equal(ItemStatus.Open, (await ItemAsync(app, meeting, Call)).Status);
        Assert.Contains("niet (meer) vinden", TextOf(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"meetingId\":\"../../x\",\"itemId\":\"a\"}")]
    [InlineData("{\"itemId\":\"a\"}")]
    [InlineData("{\"meetingId\":\"abc\",\"itemId\":\"a b\"}")]
    [InlineData("{\"meetingId\":\"abc\",\"itemId\":\"a\",\"until\":\"forever\"}")]
    public async Task MalformedData_GetsANoticeCard(string data)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([Item(Call, "Olga")]);
        var verb = data.Contains("until", StringComparison.Ordinal) ? "item.snooze" : "item.done";

        var card = await app.InvokeAsync(app.Invoke(verb, JsonNode.Parse(data)!.AsObject()));

        Assert.Contains("Let op", TextOf(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "en", "Settings", "✓ Saved.")]
    [InlineData("nl", "nl", "Instellingen", "✓ Opgeslagen.")]
    public async Task SettingsSave_StoresTheSettingsAndAnswersTheCardInTheNewLanguageSayingSo(string language, string stored, string title, string confirmation)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        var data = new JsonObject { ["reviewFirst"] = "false", ["leadDays"] = "3", ["timeZone"] = "Europe/Brussels", ["language"] = language };

        var card = await app.InvokeAsync(app.Invoke("settings.save", data));

        var settings = await app.Followup.GetSettingsAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal((false, 3, "Europe/Brussels", stored), (settings.ReviewFirst, settings.ReminderLeadDays, settings.TimeZone, settings.Language));
        Assert.Contains(title, TextOf(card), StringComparison.Ordinal);
        Assert.Contains(confirmation, TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRoster_IsFetchedFromTheConnectorAndStored()
    {
        await using var app = new CommandsApp();
        var meeting = await app.SeedAsync([Item(Call, "Olga")]);
        await app.Installations.RemoveTeamAsync(Tenant, Team, CancellationToken.None);
        app.Connector.Given(Request.Create().UsingGet().WithPath("/_connector/v3/conversations/*/pagedmembers"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                members = new[] { new { id = "29:olga", name = "Olga Boot", aadObjectId = "aad-olga", email = "o.boot@example.org" } },
            }));

        await app.InvokeAsync(app.Invoke("item.done", ItemData(meeting, Call)));

        Assert.Equal(ItemStatus.Done, (await ItemAsync(app, meeting, Call)).Status);
        Assert.Equal("aad-olga", Assert.Single((await app.Installations.GetRosterAsync(Tenant, Team, CancellationToken.None))!.Members).UserId);
    }

    private static async Task<ActionItem> ItemAsync(CommandsApp app, Meeting meeting, string text) =>
        (await app.Followup.GetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None))!.Items.Single(i => i.Text == text);
}
