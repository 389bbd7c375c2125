using System.Text;
using TeamsBot.Extraction;
using TeamsBot.Minutes;

namespace TeamsBot.Tests;

/// <summary>Documents for tests: fixtures from disk, and small minutes written in the test itself.</summary>
internal static class TestDocuments
{
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static MinutesDocument Markdown(string text, string fileName = "minutes.md") =>
        new MinutesReader().Read(Encoding.UTF8.GetBytes(text), fileName);

    public static ExtractionResult Extract(string markdown, DateOnly? nextMeeting = null) =>
        MinutesExtractor.Extract(Markdown(markdown), new ExtractionOptions(nextMeeting));
}
