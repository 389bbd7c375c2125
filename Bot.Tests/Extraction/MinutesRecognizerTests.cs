using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public sealed class MinutesRecognizerTests
{
    [Theory]
    [InlineData("Notulen stuurgroep 24 mei.docx", true)]
    [InlineData("verslag_MT-overleg_2024-03-01.pdf", true)]
    [InlineData("Besluitenlijst raad.md", true)]
    [InlineData("MoM 2024-03-01.pdf", true)]
    [InlineData("Board meeting minutes (draft).docx", true)]
    [InlineData("Q3 budget.xlsx", false)]
    [InlineData("Agenda juni.pdf", false)]
    [InlineData("Presentatie stadspartners.pdf", false)]
    [InlineData("administration.docx", false)]
    public void NameSuggestsMinutes_JudgesTheFileName(string fileName, bool expected) =>
        Assert.Equal(expected, MinutesRecognizer.NameSuggestsMinutes(fileName));

    [Theory]
    [MemberData(nameof(TestDocuments.DevelopmentMinutes), MemberType = typeof(TestDocuments))]
    public void ReadsAsMinutes_RealMinutesUnderAPlainName_AreRecognised(string id)
    {
        var document = TestDocuments.Markdown(File.ReadAllText(TestDocuments.Fixture("Minutes", id + ".md")), "scan_0042.md");
        var result = MinutesExtractor.Extract(document);

        Assert.True(MinutesRecognizer.ReadsAsMinutes(document, result, nameSuggestsMinutes: false));
    }

    [Theory]
    [InlineData("""
        # Projectplan wijkaanpak

        ## Doel
        Het project verbetert de leefbaarheid in drie wijken. De gemeente werkt daarbij samen met corporaties.

        ## Planning
        De eerste fase loopt tot de zomer. Daarna volgt een evaluatie.
        """)]
    [InlineData("""
        Hi all, quick note: the coffee machine on the 3rd floor is broken again.
        Facilities know about it and will send someone on Monday. Use the one on the 2nd floor meanwhile.
        """)]
    public void ReadsAsMinutes_OtherDocuments_AreNot(string text)
    {
        var document = TestDocuments.Markdown(text, "document.md");
        var result = MinutesExtractor.Extract(document);

        Assert.False(MinutesRecognizer.ReadsAsMinutes(document, result, nameSuggestsMinutes: false));
    }

    [Fact]
    public void ReadsAsMinutes_ALongManualThatMentionsDecisionsAndActions_IsNot()
    {
        var chapters = Enumerable.Range(1, 40).Select(n =>
            $"## Chapter {n}\n\nThe service reads the configuration at start-up. Each setting has a default value.\n\n"
            + $"Settings are read from the environment first. See the table below for the names.\n\n");
        var document = TestDocuments.Markdown(
            "# Minutes service manual\n\nDate: 21 June 2024\n\n## Decisions\n\nIt was agreed to keep the defaults.\n\n"
            + "## Actions\n\nTom will update the table by Friday.\n\n" + string.Concat(chapters),
            "manual.md");
        var result = MinutesExtractor.Extract(document);

        Assert.NotEmpty(result.ActionItems);
        Assert.False(MinutesRecognizer.ReadsAsMinutes(document, result, nameSuggestsMinutes: false));
        Assert.True(MinutesRecognizer.ReadsAsMinutes(document, result, nameSuggestsMinutes: true));
    }

    [Fact]
    public void ReadsAsMinutes_ShortEnglishMinutesWithAFrame_AreRecognised()
    {
        var document = TestDocuments.Markdown("""
            # Team sync, 4 March 2024

            Attendees: Priya Shah, Tom Becker, Lena Vogel

            ## Decisions
            - We will move the release to 18 March.

            ## Action items
            - Tom to update the release notes by Friday.
            """, "sync.md");
        var result = MinutesExtractor.Extract(document);

        Assert.True(MinutesRecognizer.ReadsAsMinutes(document, result, nameSuggestsMinutes: false));
    }
}
