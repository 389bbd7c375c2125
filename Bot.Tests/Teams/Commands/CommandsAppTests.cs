using System.Text.Json.Nodes;
using TeamsBot.Followup;
using static TeamsBot.Tests.Followup.FollowupTestData;
using static TeamsBot.Tests.Teams.Commands.CommandsApp;

namespace TeamsBot.Tests.Teams.Commands;

/// <summary>The commands through the whole app: recorded activities in, the replies at the stub connector out.</summary>
public sealed class CommandsAppTests
{
    [Theory]
    [InlineData("mijn acties", "nl-NL", "Mijn acties")]
    [InlineData("my actions", "en-US", "My actions")]
    public async Task MyActions_PersonalChat_ListsExactlyTheUsersOpenItems(string text, string locale, string title)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([Item("Olga belt de wethouder over de subsidie", "Olga"), Item("Dino schrijft het projectplan", "Dino van Dal"), Item("Olga mailt de partners", "Olga")]);

        var reply = Assert.Single(await app.SendAsync(app.Personal(text, locale)));

        var card = TextOf(CardOf(reply));
        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains("Olga belt de wethouder over de subsidie", card, StringComparison.Ordinal);
        Assert.Contains("Olga mailt de partners", card, StringComparison.Ordinal);
        Assert.DoesNotContain("projectplan", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acties", "nl", "Open acties van het team")]
    [InlineData("actions", "en", "The team's open items")]
    public async Task TeamActions_ChannelWithMention_ListsTheTeamsItemsInTheTeamsLanguage(string text, string language, string title)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([Item("Olga belt de wethouder over de subsidie", "Olga"), Item("Dino schrijft het projectplan", "Dino van Dal")]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel(text)));

        var card = TextOf(CardOf(reply));
        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains("Olga belt de wethouder", card, StringComparison.Ordinal);
        Assert.Contains("projectplan", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("besluiten begroting", "nl-NL")]
    [InlineData("decisions begroting", "en-US")]
    public async Task Decisions_PersonalChat_FindsTheMatchingDecisionOfTheUsersTeam(string text, string locale)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([], "De stuurgroep stelt de begroting 2024 vast.", "Het projectplan wordt uitgesteld.");

        var reply = Assert.Single(await app.SendAsync(app.Personal(text, locale)));

        var card = TextOf(CardOf(reply));
        Assert.Contains("begroting 2024 vast", card, StringComparison.Ordinal);
        Assert.DoesNotContain("uitgesteld", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("volgende vergadering 21 juni 13:30", "nl", "Genoteerd")]
    [InlineData("next meeting June 21 13:30", "en", "Noted")]
    public async Task NextMeeting_InTheChannel_IsStoredAndConfirmedWithTheDate(string text, string language, string confirmation)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel(text)));

        var settings = await app.Followup.GetSettingsAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal(new DateTime(2023, 6, 21, 13, 30, 0), settings.NextMeetingAt);
        Assert.StartsWith(confirmation, (string?)reply["text"], StringComparison.Ordinal);
        Assert.Contains("2023-06-21", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextMeeting_ARhythm_IsStoredAsTheTeamsCadence()
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);

        await app.SendAsync(app.Channel("volgende vergadering elke 4 weken op woensdag 13:30"));

        Assert.Equal("elke 4 weken op woensdag 13:30", (await app.Followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Cadence);
    }

    [Theory]
    [InlineData("instellingen", "nl", "Instellingen")]
    [InlineData("settings", "en", "Settings")]
    public async Task Settings_InTheChannel_AnswersTheSettingsCard(string text, string language, string title)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel(text)));

        Assert.Contains(title, TextOf(CardOf(reply)), StringComparison.Ordinal);
        Assert.Contains(CardNodes.Descendants(CardOf(reply)).OfType<JsonObject>(), o => (string?)o["verb"] == "settings.save");
    }

    [Theory]
    [InlineData("help", "en-US", "What I can do")]
    [InlineData("hulp", "en-US", "Wat ik kan")]
    [InlineData("hepl me", "nl-NL", "Wat ik kan")]
    [InlineData("wat is het weer", "en-US", "Wat ik kan")]
    [InlineData("what is the weather", "nl-NL", "What I can do")]
    public async Task HelpAndUnknownText_PersonalChat_OneHelpCard(string text, string locale, string title)
    {
        await using var app = new CommandsApp();

        var reply = Assert.Single(await app.SendAsync(app.Personal(text, locale)));

        Assert.Contains(title, TextOf(CardOf(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMessage_WithoutMention_GetsNoReply()
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);

        Assert.Empty(await app.SendAsync(app.Channel("acties", mention: false)));
    }

    [Fact]
    public async Task PastedMinutes_PersonalChat_AreNotACommand()
    {
        await using var app = new CommandsApp();
        var minutes = string.Join("\n", Enumerable.Range(1, 12).Select(k => $"{k}. Olga belt de wethouder over punt {k} van de agenda."));

        var replies = await app.SendAsync(app.Personal(minutes, "nl-NL"));

        Assert.DoesNotContain(replies, r => r["attachments"] is JsonArray { Count: > 0 } a && TextOf(a[0]!["content"]!).Contains("Wat ik kan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LongSingleLine_PersonalChat_GetsAShortMessage()
    {
        await using var app = new CommandsApp();

        var reply = Assert.Single(await app.SendAsync(app.Personal("mijn acties " + new string('x', 390), "nl-NL")));

        Assert.Contains("te lang", (string?)reply["text"], StringComparison.Ordinal);
    }
}
