using System.Text.Json.Nodes;
using TeamsBot.Bench;
using TeamsBot.Samples;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// A refused upload is answered with its reason in the sender's language (Hardening II): the same file sent by a Dutch
/// and by an English user gets the whole line in Dutch and in English, for budget refusals, damage, no text, size and
/// the download's address.
/// </summary>
public sealed class RefusalLanguageTests
{
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "bom.pdf", "bom.pdf: a part of the PDF expands to more than 16 MB when unpacked.", "bom.pdf: een deel van de PDF is uitgepakt groter dan 16 MB." },
        { "kapot.docx", "kapot.docx: the file is damaged (its zip structure is broken).", "kapot.docx: het bestand is beschadigd (de zipstructuur klopt niet)." },
        { "scan.pdf", "scan.pdf: no text found: is this a scan?", "scan.pdf: geen tekst gevonden: is dit een scan?" },
        { "leeg.md", "leeg.md: the file is empty.", "leeg.md: het bestand is leeg." },
        { "groot.docx", "groot.docx is larger than 1 KB.", "groot.docx is groter dan 1 KB." },
        { "elders.docx", "elders.docx: the file is offered from an address the bot does not download from.", "elders.docx: het bestand komt van een adres waar ik niet van download." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedUpload_IsAnsweredInTheSendersLanguage(string file, string english, string dutch)
    {
        var settings = file == "groot.docx" ? new Dictionary<string, string?> { ["Minutes:MaxFileBytes"] = "1024" } : null;
        await using var app = new IntakeApp(settings: settings);
        app.Files.Given(Request.Create().UsingGet().WithPath("/files/" + file)).RespondWith(Response.Create().WithBody(Content(file)));

        await app.PostAsync(Upload(app, file, "nl-NL"));
        await app.PostAsync(Upload(app, file, "en-US"));

        const string inDutch = "Dit bestand kon ik niet lezen: ";
        const string inEnglish = "I could not read this file: ";
        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).StartsWith(inDutch, StringComparison.Ordinal))
            && s.Any(x => IntakeApp.Text(x.Body).StartsWith(inEnglish, StringComparison.Ordinal)));
        var texts = sent.Select(x => IntakeApp.Text(x.Body)).ToList();
        Assert.Contains(inDutch + dutch, texts);
        Assert.Contains(inEnglish + english, texts);
    }

    private static byte[] Content(string file) => file switch
    {
        "bom.pdf" => BenchDocuments.FlateBombPdf(32L * 1024 * 1024),
        "kapot.docx" => "PK\u0003\u0004 this is not a real word file"u8.ToArray(),
        "scan.pdf" => File.ReadAllBytes(TestDocuments.Fixture("Bad", "pdf-scan.pdf")),
        "leeg.md" => [],
        _ => SampleMinutes.Bytes(".docx"),
    };

    private static JsonNode Upload(IntakeApp app, string file, string locale)
    {
        var activity = app.Activity("file-download-info.json", "tenant-" + Guid.NewGuid().ToString("N")[..8], $"a:{Guid.NewGuid()}", locale);
        var attachment = activity["attachments"]![0]!;
        attachment["name"] = file;
        attachment["content"]!["downloadUrl"] = file == "elders.docx" ? "https://files.example.org/elders.docx" : $"{app.Files.Url}/files/{file}";
        return activity;
    }
}
