using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

public sealed class CadenceParserTests
{
    [Theory]
    [InlineData("elke 4 weken op woensdag 13:30", CadenceUnit.Week, 4, DayOfWeek.Wednesday, null, "13:30")]
    [InlineData("iedere week op dinsdag om 10 uur", CadenceUnit.Week, 1, DayOfWeek.Tuesday, null, "10:00")]
    [InlineData("om de twee weken op vrijdag", CadenceUnit.Week, 2, DayOfWeek.Friday, null, null)]
    [InlineData("tweewekelijks op donderdag 9.30 uur", CadenceUnit.Week, 2, DayOfWeek.Thursday, null, "09:30")]
    [InlineData("maandelijks op de eerste maandag", CadenceUnit.Month, 1, DayOfWeek.Monday, 1, null)]
    [InlineData("elke maand op de laatste vrijdag om 15:00", CadenceUnit.Month, 1, DayOfWeek.Friday, -1, "15:00")]
    [InlineData("every 2 weeks on Thursday at 9:30", CadenceUnit.Week, 2, DayOfWeek.Thursday, null, "09:30")]
    [InlineData("monthly on the first Monday 14:00", CadenceUnit.Month, 1, DayOfWeek.Monday, 1, "14:00")]
    [InlineData("every other week on Tuesday at 2 pm", CadenceUnit.Week, 2, DayOfWeek.Tuesday, null, "14:00")]
    [InlineData("weekly on Sunday", CadenceUnit.Week, 1, DayOfWeek.Sunday, null, null)]
    public void Parse_DutchAndEnglishRhythms(string text, CadenceUnit unit, int interval, DayOfWeek day, int? week, string? time)
    {
        var cadence = CadenceParser.Parse(text);

        Assert.NotNull(cadence);
        Assert.Equal(unit, cadence.Unit);
        Assert.Equal(interval, cadence.Interval);
        Assert.Equal(day, cadence.Day);
        Assert.Equal(week, cadence.WeekOfMonth);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), cadence.Time);
    }

    [Theory]
    [InlineData("21 juni 2023")]
    [InlineData("elke 4 weken")]
    [InlineData("on Thursday")]
    [InlineData("")]
    public void Parse_NoRhythm_IsNull(string text) => Assert.Null(CadenceParser.Parse(text));

    [Fact]
    public void DatesFrom_EveryFourWeeksOnWednesday_StepsFromTheLastMeeting()
    {
        var cadence = new Cadence(CadenceUnit.Week, 4, DayOfWeek.Wednesday);

        var dates = cadence.DatesFrom(new DateOnly(2023, 5, 24)).Take(3);

        Assert.Equal([new DateOnly(2023, 5, 24), new DateOnly(2023, 6, 21), new DateOnly(2023, 7, 19)], dates);
    }

    [Fact]
    public void DatesFrom_FirstAndLastWeekdayOfTheMonth()
    {
        var first = new Cadence(CadenceUnit.Month, 1, DayOfWeek.Monday, 1).DatesFrom(new DateOnly(2024, 1, 2)).Take(3);
        var last = new Cadence(CadenceUnit.Month, 1, DayOfWeek.Friday, -1).DatesFrom(new DateOnly(2024, 1, 2)).Take(2);

        Assert.Equal([new DateOnly(2024, 2, 5), new DateOnly(2024, 3, 4), new DateOnly(2024, 4, 1)], first);
        Assert.Equal([new DateOnly(2024, 1, 26), new DateOnly(2024, 2, 23)], last);
    }
}
