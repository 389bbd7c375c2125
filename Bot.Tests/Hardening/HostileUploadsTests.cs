using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Bench;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Teams.Intake;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Four hostile uploads at once through /api/messages (Hardening II): two PDF flate bombs and two .docx just under the
/// expansion limits, sent in Dutch and in English. Each is answered with its own clear refusal in its sender's language,
/// and the reading gate, set here below what the four would need together, never admits more than its budget: some
/// readings waited their turn. Not timed (`bench messages --hostile` measures).
/// </summary>
public sealed class HostileUploadsTests
{
    private const long MB = 1024 * 1024;
    private const long Budget = 48 * MB;
    private static readonly Lazy<byte[]> Bomb = new(() => BenchDocuments.FlateBombPdf(64 * MB));
    private static readonly Lazy<byte[]> UnderLimits = new(() => BenchDocuments.WordUnderLimits(20 * MB));

    [Fact]
    public async Task FourHostileUploadsAtOnce_EachGetsItsRefusal_AndTheGateStaysWithinItsBudget()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Intake:ReadingMemoryBytes"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Minutes:MaxTextCharacters"] = "1000000",
        };
        await using var app = new IntakeApp(settings: settings);
        (string File, string Locale, byte[] Content, string Refusal)[] uploads =
        [
            ("bom-1.pdf", "nl-NL", Bomb.Value, "Dit bestand kon ik niet lezen: bom-1.pdf: een deel van de PDF is uitgepakt groter dan 16 MB."),
            ("bom-2.pdf", "en-US", Bomb.Value, "I could not read this file: bom-2.pdf: a part of the PDF expands to more than 16 MB when unpacked."),
            ("lang-1.docx", "nl-NL", UnderLimits.Value, "Dit bestand kon ik niet lezen: lang-1.docx: het Word-document heeft meer dan 1.000.000 tekens tekst."),
            ("lang-2.docx", "en-US", UnderLimits.Value, "I could not read this file: lang-2.docx: the Word document has more than 1,000,000 characters of text."),
        ];
        foreach (var upload in uploads)
        {
            app.Files.Given(Request.Create().UsingGet().WithPath("/files/" + upload.File)).RespondWith(Response.Create().WithBody(upload.Content));
        }

        var gate = app.Services.GetRequiredService<ReadingMemoryGate>();
        var estimates = uploads.Sum(u => Math.Min(Budget, ReadingMemoryGate.Estimate(u.File, u.Content.Length)));
        Assert.True(estimates > Budget, $"the four need {estimates / MB} MB together: the gate must make some wait");

        var posts = await Task.WhenAll(uploads.Select(u => app.PostAsync(Upload(app, u.File, u.Locale))));
        foreach (var post in posts)
        {
            Assert.True(post.IsSuccessStatusCode);
            post.Dispose();
        }

        var sent = await app.WaitForAsync(s => uploads.All(u => s.Any(x => IntakeApp.Text(x.Body) == u.Refusal)));
        var texts = sent.Select(x => IntakeApp.Text(x.Body)).ToList();
        foreach (var upload in uploads)
        {
            Assert.Single(texts, t => t == upload.Refusal);
        }

        Assert.Equal(4, texts.Count(t => t.StartsWith("Dit bestand kon ik niet lezen:", StringComparison.Ordinal) || t.StartsWith("I could not read this file:", StringComparison.Ordinal)));
        Assert.InRange(gate.MostInUse, 1, gate.Budget);
        Assert.Equal(0, gate.InUse);
    }

    private static System.Text.Json.Nodes.JsonNode Upload(IntakeApp app, string file, string locale)
    {
        var activity = app.Activity("file-download-info.json", "tenant-hostile", $"a:{Guid.NewGuid()}", locale);
        var attachment = activity["attachments"]![0]!;
        attachment["name"] = file;
        attachment["content"]!["downloadUrl"] = $"{app.Files.Url}/files/{file}";
        return activity;
    }
}
