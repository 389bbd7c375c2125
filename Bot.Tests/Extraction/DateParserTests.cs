using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public sealed class DateParserTests
{
    private static readonly DateOnly Reference = new(2023, 5, 24);

    [Theory]
    [InlineData("nl", "Datum: woensdag 24 mei 2023", "2023-05-24", "woensdag 24 mei 2023")]
    [InlineData("nl", "Op 24 mei 2023 vergaderden we.", "2023-05-24", "24 mei 2023")]
    [InlineData("nl", "Vastgesteld op 24-5-2023.", "2023-05-24", "24-5-2023")]
    [InlineData("nl", "Vastgesteld op 24-05-2023.", "2023-05-24", "24-05-2023")]
    [InlineData("nl", "Vastgesteld op 24/5/2023.", "2023-05-24", "24/5/2023")]
    [InlineData("nl", "Vastgesteld op 24.05.2023.", "2023-05-24", "24.05.2023")]
    [InlineData("nl", "Vastgesteld op 2023-05-24.", "2023-05-24", "2023-05-24")]
    [InlineData("nl", "Datum en tijd: 12-09-2024, 10:00-11:30 uur", "2024-09-12", "12-09-2024")]
    [InlineData("nl", "Uiterlijk 1 sept. 2023 klaar", "2023-09-01", "1 sept. 2023")]
    [InlineData("nl", "Op de 1ste mei 2023", "2023-05-01", "1ste mei 2023")]
    [InlineData("en", "Meeting of May 24, 2023", "2023-05-24", "May 24, 2023")]
    [InlineData("en", "Meeting of 24 May 2023", "2023-05-24", "24 May 2023")]
    [InlineData("en", "##### 20 March 2018", "2018-03-20", "20 March 2018")]
    [InlineData("en", "On Wednesday, March 21st, 2018", "2018-03-21", "Wednesday, March 21st, 2018")]
    [InlineData("en", "the 3rd of March 2018", "2018-03-03", "3rd of March 2018")]
    [InlineData("en", "Held on 12/09/2024.", "2024-09-12", "12/09/2024")]
    [InlineData("en", "Held on 5/24/2023.", "2023-05-24", "5/24/2023")]
    public void Find_WrittenForm_ReadsDateAndSpan(string language, string text, string expected, string span)
    {
        var mention = Assert.Single(DateParser.Find(text, language, null));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mention.Date);
        Assert.Equal(span, text.Substring(mention.Start, mention.Length));
        Assert.True(mention.HasYear);
    }

    [Theory]
    [InlineData("nl", "We spreken af op 24 jan. bij de gemeente.", 1, 24)]
    [InlineData("nl", "Vrijdag 3 februari is er een bijeenkomst.", 2, 3)]
    [InlineData("en", "Follow up by Sept 3.", 9, 3)]
    [InlineData("en", "Follow up on the 2nd of June.", 6, 2)]
    public void Find_NoYear_TakesReferenceYear(string language, string text, int month, int day)
    {
        var mention = Assert.Single(DateParser.Find(text, language, Reference));

        Assert.Equal(new DateOnly(2023, month, day), mention.Date);
        Assert.False(mention.HasYear);
    }

    [Fact]
    public void Find_NoYearAndNoReference_LeavesDateOut()
    {
        Assert.Empty(DateParser.Find("Op 24 mei spreken we af.", "nl", null));
    }

    [Theory]
    [InlineData("nl", "Aanvang: 13.30 uur Eind: 14.45 uur")]
    [InlineData("nl", "Het gaat om een subsidie van 1,2 miljoen voor 4 jaar.")]
    [InlineData("en", "* 8.9.4 out")]
    [InlineData("en", "Version 1.10.12 was released.")]
    [InlineData("nl", "Op 31-02-2023 was er niets.")]
    [InlineData("nl", "Op 30 februari 2023 was er niets.")]
    [InlineData("nl", "Reactie op 13-13-2023.")]
    [InlineData("en", "Ali may 3 times ask again.")]
    [InlineData("en", "Between 10:00-11:30 we met.")]
    [InlineData("nl", "Zie 2023-05-24-1 voor details.")]
    public void Find_NumbersThatAreNoDates_FindsNothing(string language, string text)
    {
        Assert.Empty(DateParser.Find(text, language, Reference));
    }

    [Fact]
    public void Find_SeveralDates_ReturnsThemInOrder()
    {
        var mentions = DateParser.Find("Woensdag 1 februari en vrijdag 3 februari 2023.", "nl", Reference);

        Assert.Equal([new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 3)], mentions.Select(m => m.Date));
    }
}
