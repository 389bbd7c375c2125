using System.Globalization;
using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public sealed class TimeOfDayParserTests
{
    [Theory]
    [InlineData("Volgende vergadering: 21 juni 2023, 13.30 uur", "nl", "13:30")]
    [InlineData("Next meeting: June 21 at 2 pm", "en", "14:00")]
    [InlineData("2023-06-21T09:15", "en", "09:15")]
    [InlineData("om 10 uur", "nl", "10:00")]
    [InlineData("12 am", "en", "00:00")]
    public void Find_WrittenTime_ReadsIt(string text, string language, string expected) =>
        Assert.Equal(TimeOnly.Parse(expected, CultureInfo.InvariantCulture), TimeOfDayParser.Find(text, language)?.Time);

    [Theory]
    [InlineData("elke 4 weken", "nl")]
    [InlineData("21.06.2023", "nl")]
    [InlineData("versie 1.10.12", "nl")]
    [InlineData("13 pm", "en")]
    public void Find_NumbersThatAreNoTime_Null(string text, string language) => Assert.Null(TimeOfDayParser.Find(text, language));
}
