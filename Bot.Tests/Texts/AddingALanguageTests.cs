using System.Text.Json.Nodes;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Commands;
using TeamsBot.Texts;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Texts;

/// <summary>
/// docs/adding-a-language.md: a language the bot does not have, given as one text table from the tests
/// (<see cref="Esperanto"/>), is spoken by the whole app: a team set to it gets its cards and replies in it, and a user
/// who writes its words in a personal chat is answered in it. Every word around the team's data comes from that table.
/// </summary>
public sealed class AddingALanguageTests
{
    private static readonly Esperanto Table = new();

    public AddingALanguageTests() => TextTables.Add(Table);

    [Fact]
    public async Task TeamSpeakingTheNewLanguage_GetsTheHelpCardAndItsReplyInIt()
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = "eo" }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel("help")));

        Assert.Equal(Table.Replies.HelpLead, (string?)reply["text"]);
        var chrome = CardNodes.Words(CommandsApp.CardOf(reply));
        Assert.Contains(Esperanto.Pseudo("What I can do"), chrome);
        Assert.All(chrome, text => Assert.Contains("«", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamSpeakingTheNewLanguage_GetsTheWholeItemsCardInIt_AroundTheMinutesOwnWords()
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([Item("Olga belt de wethouder over de subsidie", "Olga"), Item("Dino schrijft het projectplan", "Dino van Dal")]);
        await app.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Language = "eo" }, CancellationToken.None);

        var reply = Assert.Single(await app.SendAsync(app.Channel("taskoj")));

        string[] data = ["Olga belt de wethouder over de subsidie", "Dino schrijft het projectplan", "Olga Boot", "Dino van Dal", "Stuurgroep"];
        var chrome = CardNodes.Words(CommandsApp.CardOf(reply));
        Assert.Contains(Esperanto.Pseudo("The team's open items"), chrome);
        Assert.Contains(Esperanto.Pseudo("Done"), chrome);
        Assert.All(chrome, text => Assert.True(text.Contains('«', StringComparison.Ordinal) || data.Any(d => text.Contains(d, StringComparison.Ordinal)), $"not from the text table: {text}"));
    }

    [Fact]
    public async Task WordsOfTheNewLanguage_InAPersonalChatFromAnEnglishClient_AreAnsweredInIt()
    {
        await using var app = new CommandsApp();
        await app.SeedAsync([Item("Olga belt de wethouder over de subsidie", "Olga")]);

        var reply = Assert.Single(await app.SendAsync(app.Personal("miaj taskoj", "en-US")));

        var chrome = CardNodes.Words(CommandsApp.CardOf(reply));
        Assert.Contains(Esperanto.Pseudo("My actions"), chrome);
        Assert.DoesNotContain("My actions", chrome);
    }

    [Fact]
    public void RefusalReason_IsWrittenFromTheNewTable()
    {
        var reason = TeamsBot.Minutes.RefusalTexts.ZipBroken("kapot.docx");

        Assert.Equal("«kapot.docx: the file is damaged (its zip structure is broken).»", reason.In(Table.Language));
        Assert.Equal("kapot.docx: het bestand is beschadigd (de zipstructuur klopt niet).", reason.In(Language.Nl));
    }
}
