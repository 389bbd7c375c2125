using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public sealed class LanguageDetectorTests
{
    [Fact]
    public void Detect_DutchMinutes_IsDutch()
    {
        var document = TestDocuments.Markdown("# Verslag\n\nDe voorzitter opent de vergadering en heet iedereen welkom. Er wordt een nieuwe datum gepland.");

        Assert.Equal("nl", LanguageDetector.Detect(document));
    }

    [Fact]
    public void Detect_EnglishMinutes_IsEnglish()
    {
        var document = TestDocuments.Markdown("# Minutes\n\nThe chair opened the meeting and we agreed that the report will be sent to the board.");

        Assert.Equal("en", LanguageDetector.Detect(document));
    }

    [Fact]
    public void Languages_HaveALexiconEach()
    {
        Assert.Contains("nl", LexiconFiles.Languages);
        Assert.Contains("en", LexiconFiles.Languages);
    }
}
