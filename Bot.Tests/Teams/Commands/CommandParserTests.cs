using TeamsBot.Cards;
using TeamsBot.Teams.Commands;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Teams.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("mijn acties", CommandKind.MyActions, "nl")]
    [InlineData("Mijn Acties!", CommandKind.MyActions, "nl")]
    [InlineData("<at>Minutes Bot</at> mijn acties", CommandKind.MyActions, "nl")]
    [InlineData("mijn actie", CommandKind.MyActions, "nl")]
    [InlineData("mijn acties graag", CommandKind.MyActions, "nl")]
    [InlineData("my actions", CommandKind.MyActions, "en")]
    [InlineData("My actoins?", CommandKind.MyActions, "en")]
    [InlineData("acties", CommandKind.TeamActions, "nl")]
    [InlineData("ACTIES.", CommandKind.TeamActions, "nl")]
    [InlineData("actions", CommandKind.TeamActions, "en")]
    [InlineData("open items", CommandKind.TeamActions, "en")]
    [InlineData("instellingen", CommandKind.Settings, "nl")]
    [InlineData("instelingen", CommandKind.Settings, "nl")]
    [InlineData("settings", CommandKind.Settings, "en")]
    [InlineData("/settings", CommandKind.Settings, "en")]
    [InlineData("hulp", CommandKind.Help, "nl")]
    public void Parse_KnownCommand_IsRecognisedWithItsLanguage(string text, CommandKind kind, string language)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(language, command.Language?.Code);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("?")]
    public void Parse_HelpInEitherLanguage_HasNoLanguageOfItsOwn(string text)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(CommandKind.Help, command.Kind);
        Assert.Null(command.Language);
    }

    [Theory]
    [InlineData("besluiten begroting", "nl", "begroting")]
    [InlineData("Besluiten: begroting 2024", "nl", "begroting 2024")]
    [InlineData("decisions budget", "en", "budget")]
    [InlineData("desicions budget", "en", "budget")]
    [InlineData("besluiten", "nl", "")]
    public void Parse_Decisions_KeepsTheSearchWords(string text, string language, string words)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(CommandKind.Decisions, command.Kind);
        Assert.Equal(language, command.Language?.Code);
        Assert.Equal(words, command.Argument);
    }

    [Theory]
    [InlineData("volgende vergadering 21 juni 13:30", "nl", "21 juni 13:30")]
    [InlineData("Volgende vergadering: elke 4 weken op woensdag 13:30", "nl", "elke 4 weken op woensdag 13:30")]
    [InlineData("next meeting June 21 1:30 pm", "en", "June 21 1:30 pm")]
    [InlineData("<at>Bot</at> next meting 2023-06-21T13:30", "en", "2023-06-21T13:30")]
    public void Parse_NextMeeting_KeepsTheDate(string text, string language, string argument)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(CommandKind.NextMeeting, command.Kind);
        Assert.Equal(language, command.Language?.Code);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("hello there")]
    [InlineData("acties voor de gemeente")]
    [InlineData("hlep")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mijn\u0007acties")]
    public void Parse_AnythingElse_IsUnknown(string text)
    {
        Assert.Equal(CommandKind.Unknown, CommandParser.Parse(text).Kind);
    }

    [Fact]
    public void Parse_VeryLongText_IsUnknown()
    {
        Assert.Equal(CommandKind.Unknown, CommandParser.Parse("mijn acties " + new string('x', 2000)).Kind);
    }
}
