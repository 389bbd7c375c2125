using TeamsBot.Cards;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

public sealed class CardTextTests
{
    private const char Joiner = '\u2060';

    [Theory]
    [InlineData("**vet**", "\\*\\*vet\\*\\*")]
    [InlineData("[x](y)", "\\[x\\]\u2060(y)")]
    [InlineData("_schuin_", "\\_schuin\\_")]
    [InlineData("- lijst", "\\- lijst")]
    [InlineData("# kop", "\\# kop")]
    [InlineData("1. genummerd", "1\\. genummerd")]
    [InlineData("a `b` ~c~ |d|", "a \\`b\\` \\~c\\~ \\|d\\|")]
    [InlineData("Roos Wilhelm", "Roos Wilhelm")]
    public void Escape_Markdown_IsEscaped(string input, string expected) => Assert.Equal(expected, CardText.Escape(input));

    [Theory]
    [InlineData("<at>Cor</at>")]
    [InlineData("&lt;at&gt;Cor&lt;/at&gt;")]
    [InlineData("<img src=x>")]
    public void Plain_TagsAndEntities_CannotForm(string input)
    {
        var plain = CardText.Plain(input);
        Assert.DoesNotMatch("<[A-Za-z/]|&[A-Za-z#]", plain);
        Assert.Equal(input, plain.Replace(Joiner.ToString(), string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_ControlsAndBidiOverrides_AreRemovedAndWhitespaceCollapsed() =>
        Assert.Equal("abc def gh", CardText.Plain("\u202Ea\u200Bbc\r\n\t def\u0000 gh  "));

    [Fact]
    public void Plain_LongText_IsCutAtAWordWithAnEllipsis()
    {
        var text = CardText.Plain(string.Join(' ', Enumerable.Repeat("werkgroep", 50)), 100);
        Assert.True(text.Length <= 100);
        Assert.EndsWith("werkgroep…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        var text = CardText.Plain(new string('a', 97) + "😀😀😀😀", 100);
        Assert.All(text.Select((c, i) => (c, i)), x => Assert.False(char.IsHighSurrogate(x.c) && (x.i + 1 >= text.Length || !char.IsLowSurrogate(text[x.i + 1]))));
    }

    [Theory]
    [InlineData(2023, 6, 9, "nl", "vr 9 jun")]
    [InlineData(2023, 6, 9, "en", "Fri 9 Jun")]
    [InlineData(2024, 3, 1, "nl", "vr 1 mrt 2024")]
    public void Day_IsWrittenAsPeopleSayIt(int year, int month, int day, string language, string expected) =>
        Assert.Equal(expected, CardDates.Day(new DateOnly(year, month, day), Language.FromCode(language).Texts.Cards, CardSamples.Today));

    [Fact]
    public void DayAndTime_NextMeeting_IsWrittenWithTheTime() =>
        Assert.Equal("wo 21 jun 13:30", CardDates.DayAndTime(CardSamples.NextMeeting, Language.Nl.Texts.Cards, CardSamples.Today));
}
