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
    [InlineData("volgende vergadering 21 juni 13:30", "nl", "Genoteerd: de volgende vergadering is wo 21 jun 2023 13:30.")]
    [InlineData("next meeting June 21 13:30", "en", "Noted: the next meeting is Wed 21 Jun 2023 13:30.")]
    public async Task NextMeeting_InTheChannel_IsStoredAndConfirmedWithTheDate(string text, string language, string confirmation)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel(text)));

        var settings = await app.Followup.GetSettingsAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal(new DateTime(2023, 6, 21, 13, 30, 0), settings.NextMeetingAt);
        Assert.Equal(confirmation, (string?)reply["text"]);
    }

    [Theory]
    [InlineData("nl", "volgende vergadering elke 4 weken op woensdag 13:30", "elke 4 weken op woensdag 13:30", "De volgende vergadering is dan wo 31 mei 2023 13:30.")]
    [InlineData("en", "next meeting every other week on Friday", "every other week on Friday", "The next meeting is then Fri 26 May 2023.")]
    public async Task NextMeeting_ARhythm_IsStoredAsTheTeamsCadenceAndTheAnswerSaysTheNextDate(string language, string text, string rhythm, string next)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel(text)));

        Assert.Equal(rhythm, (await app.Followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Cadence);
        Assert.EndsWith(next, (string?)reply["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("volgende vergadering morgen 13:30", "nl", "2023-05-26", "vr 26 mei 2023 13:30")]
    [InlineData("next meeting Tuesday at 10 am", "en", "2023-05-30", "Tue 30 May 2023 10:00")]
    public async Task NextMeeting_ADayCountedFromToday_IsStored(string text, string language, string date, string words)
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = language }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel(text)));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime((await app.Followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).NextMeetingAt!.Value));
        Assert.Contains(words, (string?)reply["text"], StringComparison.Ordinal);
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
    [InlineData("", "nl-NL", "Wat ik kan")]
    [InlineData(" ", "en-US", "What I can do")]
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
