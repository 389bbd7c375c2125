using TeamsBot.Cards;
using TeamsBot.Teams.Commands;

namespace TeamsBot.Tests.Teams.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("mijn acties", CommandKind.MyActions, CardLanguage.Nl)]
    [InlineData("Mijn Acties!", CommandKind.MyActions, CardLanguage.Nl)]
    [InlineData("<at>Minutes Bot</at> mijn acties", CommandKind.MyActions, CardLanguage.Nl)]
    [InlineData("mijn actie", CommandKind.MyActions, CardLanguage.Nl)]
    [InlineData("mijn acties graag", CommandKind.MyActions, CardLanguage.Nl)]
    [InlineData("my actions", CommandKind.MyActions, CardLanguage.En)]
    [InlineData("My actoins?", CommandKind.MyActions, CardLanguage.En)]
    [InlineData("acties", CommandKind.TeamActions, CardLanguage.Nl)]
    [InlineData("ACTIES.", CommandKind.TeamActions, CardLanguage.Nl)]
    [InlineData("actions", CommandKind.TeamActions, CardLanguage.En)]
    [InlineData("open items", CommandKind.TeamActions, CardLanguage.En)]
    [InlineData("instellingen", CommandKind.Settings, CardLanguage.Nl)]
    [InlineData("instelingen", CommandKind.Settings, CardLanguage.Nl)]
    [InlineData("settings", CommandKind.Settings, CardLanguage.En)]
    [InlineData("/settings", CommandKind.Settings, CardLanguage.En)]
    [InlineData("hulp", CommandKind.Help, CardLanguage.Nl)]
    public void Parse_KnownCommand_IsRecognisedWithItsLanguage(string text, CommandKind kind, CardLanguage language)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(language, command.Language);
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
    [InlineData("besluiten begroting", CardLanguage.Nl, "begroting")]
    [InlineData("Besluiten: begroting 2024", CardLanguage.Nl, "begroting 2024")]
    [InlineData("decisions budget", CardLanguage.En, "budget")]
    [InlineData("desicions budget", CardLanguage.En, "budget")]
    [InlineData("besluiten", CardLanguage.Nl, "")]
    public void Parse_Decisions_KeepsTheSearchWords(string text, CardLanguage language, string words)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(CommandKind.Decisions, command.Kind);
        Assert.Equal(language, command.Language);
        Assert.Equal(words, command.Argument);
    }

    [Theory]
    [InlineData("volgende vergadering 21 juni 13:30", CardLanguage.Nl, "21 juni 13:30")]
    [InlineData("Volgende vergadering: elke 4 weken op woensdag 13:30", CardLanguage.Nl, "elke 4 weken op woensdag 13:30")]
    [InlineData("next meeting June 21 1:30 pm", CardLanguage.En, "June 21 1:30 pm")]
    [InlineData("<at>Bot</at> next meting 2023-06-21T13:30", CardLanguage.En, "2023-06-21T13:30")]
    public void Parse_NextMeeting_KeepsTheDate(string text, CardLanguage language, string argument)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(CommandKind.NextMeeting, command.Kind);
        Assert.Equal(language, command.Language);
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
