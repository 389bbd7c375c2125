using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

public sealed class NextMeetingCommandTests
{
    private static readonly DateOnly Today = new(2023, 5, 24);

    [Theory]
    [InlineData("volgende vergadering 21 juni 2023 13:30", "2023-06-21", "13:30")]
    [InlineData("Volgende vergadering: woensdag 21 juni, 13.30 uur", "2023-06-21", "13:30")]
    [InlineData("next meeting June 21, 2023 at 2 pm", "2023-06-21", "14:00")]
    [InlineData("next meeting 2023-06-21T09:15", "2023-06-21", "09:15")]
    [InlineData("volgende vergadering 12 januari", "2024-01-12", null)]
    public void Parse_DateAndTime(string text, string date, string? time)
    {
        var command = NextMeetingCommand.Parse(text, Today);

        Assert.Null(command.Problem);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), command.Date);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), command.Time);
    }

    [Fact]
    public void Parse_Rhythm()
    {
        var command = NextMeetingCommand.Parse("volgende vergadering elke 4 weken op woensdag 13:30", Today);

        Assert.Equal(new Cadence(CadenceUnit.Week, 4, DayOfWeek.Wednesday, null, new TimeOnly(13, 30)), command.Cadence);
        Assert.Null(command.Date);
    }

    [Fact]
    public void Parse_Nonsense_SaysWhatItExpects()
    {
        var command = NextMeetingCommand.Parse("next meeting whenever", Today);

        Assert.Null(command.Date);
        Assert.Null(command.Cadence);
        Assert.Contains("'whenever'", command.Problem, StringComparison.Ordinal);
    }
}
