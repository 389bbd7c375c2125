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
    [InlineData("volgende vergadering morgen", "2023-05-25", null)]
    [InlineData("volgende vergadering overmorgen om 10 uur", "2023-05-26", "10:00")]
    [InlineData("volgende vergadering donderdag 13:30", "2023-05-25", "13:30")]
    [InlineData("volgende vergadering woensdag", "2023-05-31", null)]
    [InlineData("volgende vergadering over twee weken", "2023-06-07", null)]
    [InlineData("next meeting tomorrow at 2 pm", "2023-05-25", "14:00")]
    [InlineData("next meeting the day after tomorrow", "2023-05-26", null)]
    [InlineData("next meeting Friday 9:30", "2023-05-26", "09:30")]
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
