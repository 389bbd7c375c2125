using System.IO.Compression;
using System.Text;
using System.Text.Json;

using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cli;

/// <summary>The command line as a user runs it: the real Bot.dll in its own process.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Extract_WithoutAFile_ReadsTheBundledSample()
    {
        var (exit, output, _) = await RunAsync("extract");

        Assert.Equal(0, exit);
        Assert.Contains("Verslag bijeenkomst Stuurgroep Stadspartners", output, StringComparison.Ordinal);
        Assert.Contains("Action items", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractJson_PrintsTheContractShapeOnStdoutOnly()
    {
        var (exit, output, error) = await RunAsync("extract", TestDocuments.Fixture("Minutes", "en-03.md"), "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("en", json.RootElement.GetProperty("meeting").GetProperty("language").GetString());
        Assert.Equal("2023-06-15", json.RootElement.GetProperty("meeting").GetProperty("date").GetString());
        var item = json.RootElement.GetProperty("actionItems")[0];
        foreach (var field in new[] { "id", "text", "owners", "suggestedOwners", "due", "dueText", "quote", "section" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task ReconcileJson_SaysWhatTheNextMinutesSayOfEachPreviousItem()
    {
        var previous = Path.Combine(_folder, "2026-04-14.md");
        var next = Path.Combine(_folder, "2026-05-12.md");
        await File.WriteAllTextAsync(previous, """
            # Board meeting 2026-04-14

            Attending: Ann, Bob, Eve

            ## Actions

            * Action Ann: move the website to the new hosting provider.
            * Action Bob: draft the sponsorship prospectus for the conference.
            """);
        await File.WriteAllTextAsync(next, """
            # Board meeting 2026-05-12

            Attending: Ann, Bob, Eve

            ## Previous action items

            * DONE: move the website to the new hosting provider
            """);

        var (exit, output, error) = await RunAsync("reconcile", previous, next, "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var followups = json.RootElement.GetProperty("followups").EnumerateArray().ToList();
        Assert.Equal(2, followups.Count);
        var website = Assert.Single(followups, f => f.GetProperty("quote").GetString()!.Contains("website", StringComparison.Ordinal));
        Assert.Equal("done", website.GetProperty("status").GetString());
        Assert.Equal("DONE: move the website to the new hosting provider", website.GetProperty("evidence").GetString());
        var prospectus = Assert.Single(followups, f => f.GetProperty("quote").GetString()!.Contains("prospectus", StringComparison.Ordinal));
        Assert.Equal("unmentioned", prospectus.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, prospectus.GetProperty("evidence").ValueKind);
    }

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "agenda.xlsx", Encoding.UTF8.GetBytes("not minutes") },
        { "leeg.md", [] },
        { "kapot.docx", Encoding.UTF8.GetBytes("PK\u0003\u0004 truncated zip") },
        { "niet-echt.pdf", Encoding.UTF8.GetBytes("just text named .pdf") },
        { "binair.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray() },
        { "afgeknipt.pdf", File.ReadAllBytes(TestDocuments.Fixture("Bad", "pdf-truncated.pdf")) },
        { "versleuteld.pdf", File.ReadAllBytes(TestDocuments.Fixture("Bad", "pdf-encrypted.pdf")) },
        { "scan.pdf", File.ReadAllBytes(TestDocuments.Fixture("Bad", "pdf-scan.pdf")) },
        { "bom.docx", ZipBomb() },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Extract_BadFile_GivesOneLineReasonAndExitCode2(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content);

        var (exit, output, error) = await RunAsync("extract", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(name + ": ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FileOverTheConfiguredLimit_IsRefused()
    {
        var path = Path.Combine(_folder, "groot.md");
        await File.WriteAllTextAsync(path, "# Notulen\n\n" + new string('x', 5000));

        var (exit, _, error) = await RunAsync(["extract", path], ("Minutes__MaxFileBytes", "4096"));

        Assert.Equal(2, exit);
        Assert.Contains("larger than the limit of 4 KB", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFile_SaysSo()
    {
        var (exit, _, error) = await RunAsync("extract", Path.Combine(_folder, "bestaat-niet.md"));

        Assert.Equal(2, exit);
        Assert.Contains("bestaat-niet.md", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheVerbs()
    {
        var (exit, output, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("extract", output, StringComparison.Ordinal);
        Assert.Contains("bench", output, StringComparison.Ordinal);
        Assert.Contains("serve", output, StringComparison.Ordinal);
        Assert.Contains("reconcile", output, StringComparison.Ordinal);
    }

    /// <summary>A .docx whose document part expands to far more than the reader allows.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 200; i++)
            {
                part.Write(spaces);
            }
        }

        return buffer.ToArray();
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => ProcessRunner.RunBotAsync(args);

    private static Task<(int Exit, string Output, string Error)> RunAsync(string[] args, (string Name, string Value) environment) =>
        ProcessRunner.RunBotAsync(args, new Dictionary<string, string> { [environment.Name] = environment.Value });
}
