using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Split_DutchAbbreviations_DoNotEndASentence()
    {
        var sentences = Sentences("De werkgroep bespreekt o.a. de begroting m.b.t. 2024 en t.b.v. de raad. Jan reageert z.s.m. op de vragen. Bijv. de wethouder.");

        Assert.Equal(
            ["De werkgroep bespreekt o.a. de begroting m.b.t. 2024 en t.b.v. de raad.", "Jan reageert z.s.m. op de vragen.", "Bijv. de wethouder."],
            sentences);
    }

    [Fact]
    public void Split_EnglishAbbreviationsAndInitials_DoNotEndASentence()
    {
        var sentences = Sentences("We need a reviewer, e.g. someone from the WG, i.e. not the chair. James M. Snell agrees.");

        Assert.Equal(["We need a reviewer, e.g. someone from the WG, i.e. not the chair.", "James M. Snell agrees."], sentences);
    }

    [Fact]
    public void Split_NumbersAndTimes_StayInTheirSentence()
    {
        var sentences = Sentences("Het gaat om 1,2 miljoen voor 4 jaar. Aanvang 13.30 uur. Versie 8.9.4 is uit.");

        Assert.Equal(["Het gaat om 1,2 miljoen voor 4 jaar.", "Aanvang 13.30 uur.", "Versie 8.9.4 is uit."], sentences);
    }

    [Fact]
    public void Split_WrappedLine_ContinuesTheSentence()
    {
        var sentences = Sentences("Try to plan major changes before end of Feb as we'll cut\n10.x branch then.");

        Assert.Equal(["Try to plan major changes before end of Feb as we'll cut\n10.x branch then."], sentences);
    }

    [Fact]
    public void Split_LineWithNewSpeaker_StartsANewSentence()
    {
        var sentences = Sentences("Alex: We have a call later\nDavid: Next week it seems.");

        Assert.Equal(["Alex: We have a call later", "David: Next week it seems."], sentences);
    }

    [Fact]
    public void Split_QuestionsAndExclamations_EndSentences()
    {
        var sentences = Sentences("Hoe pak je dat aan? Het plan is helder! Akkoord.");

        Assert.Equal(["Hoe pak je dat aan?", "Het plan is helder!", "Akkoord."], sentences);
    }

    [Fact]
    public void Split_BracketedRemarkBetweenSentences_IsASentenceOfItsOwn()
    {
        var sentences = Sentences("Dit geldt niet voor systemen. (piet doet een voorstel) We leggen het voor.");

        Assert.Equal(["Dit geldt niet voor systemen.", "(piet doet een voorstel)", "We leggen het voor."], sentences);
    }
}
