using System.Text;
using TeamsBot.Extraction;
using TeamsBot.Minutes;

namespace TeamsBot.Tests;

/// <summary>Documents for tests: fixtures from disk, and small minutes written in the test itself.</summary>
public static class TestDocuments
{
    /// <summary>The ids of the development minutes in Fixtures/Minutes (each as .md, .docx, .pdf and its gold .json).</summary>
    public static TheoryData<string> DevelopmentMinutes => new("en-01", "en-03", "en-06", "nl-00", "nl-01", "nl-05", "nl-08");

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static MinutesDocument Markdown(string text, string fileName = "minutes.md") =>
        new MinutesReader().Read(Encoding.UTF8.GetBytes(text), fileName);

    public static ExtractionResult Extract(string markdown, DateOnly? nextMeeting = null) =>
        MinutesExtractor.Extract(Markdown(markdown), new ExtractionOptions(nextMeeting));
}
