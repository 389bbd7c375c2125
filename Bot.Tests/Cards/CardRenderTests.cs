using System.Buffers.Binary;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>
/// Every approved card rendered as a person sees it: the official adaptivecards renderer in headless Chromium with a
/// Teams light host config (render-cards.js). Set CARD_RENDERS_TO_DOCS=1 to also refresh the PNGs in docs/cards/.
/// </summary>
public sealed class CardRenderTests
{
    private const int MinimumPngBytes = 3 * 1024;

    /// <summary>
    /// How high a card may be, in px as rendered, for the cards a person reads most, in Dutch and in English:
    /// <list type="bullet">
    /// <item>summary-sample: the issue's "at most half of today's height for the same content" was 967 px, half of
    /// 1,935 px for the bundled sample's 3 decisions and 17 actions with a row of buttons under every item; this layout
    /// drew that content in 952 px. The extractor now reads 20 actions from the sample (three more passive plans, two of
    /// them two lines long): 1,144 px, which is 967 px scaled by 20/17 plus one line. The bound guards that height;
    /// it is not a claim of half for every content;</item>
    /// <item>review-sample: half of the issue's ~3,500 px for a review page of ten items (the bundled sample's first page);</item>
    /// <item>my-actions, carry-over: 420 and 661 px when the issue was written; compact as the summary now (262 and
    /// 375 px), with a little room.</item>
    /// </list>
    /// </summary>
    private static readonly Dictionary<string, int> MaxHeights = new(StringComparer.Ordinal)
    {
        ["summary-sample"] = 1150,
        ["review-sample"] = 1750,
        ["my-actions"] = 280,
        ["carry-over"] = 400,
    };

    private static string Script => Path.Combine(NodeTools.SourceDirectory, "Cards", "render-cards.js");

    private static string DocsCards => Path.GetFullPath(Path.Combine(NodeTools.SourceDirectory, "..", "docs", "cards"));

    [Fact]
    public async Task ApprovedCards_RenderedInChromium_NoWarningAndAReadablePictureEach()
    {
        var output = Directory.CreateTempSubdirectory("card-renders-");
        try
        {
            var (exit, stdout, stderr) = await ProcessRunner.RunAsync("node", [Script, NodeTools.NodeModules, output.FullName, CardApproval.Directory], environment: null);

            var report = Report(stdout, stderr);
            var warnings = report.Where(r => r.Warnings.Count > 0).Select(r => $"{r.File}: {string.Join("; ", r.Warnings)}").ToList();
            Assert.True(warnings.Count == 0, string.Join("\n", warnings));
            Assert.True(exit == 0, stderr);
            var approved = Directory.GetFiles(CardApproval.Directory, "*.approved.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(approved, report.Select(r => r.File).Order(StringComparer.Ordinal));
            foreach (var entry in report)
            {
                var png = Path.Combine(output.FullName, entry.Png);
                var (width, height) = PngSize(png);
                Assert.True(new FileInfo(png).Length > MinimumPngBytes, $"{entry.Png} is only {new FileInfo(png).Length} bytes: an empty card?");
                Assert.InRange(width, 500, 700);
                Assert.InRange(height, 60, 4000);
            }

            var tooHigh = new List<string>();
            foreach (var (card, max) in MaxHeights)
            {
                foreach (var language in new[] { "nl", "en" })
                {
                    var entry = report.Single(r => r.File == $"{card}.{language}.approved.json");
                    var height = PngSize(Path.Combine(output.FullName, entry.Png)).Height;
                    if (height > max)
                    {
                        tooHigh.Add($"{entry.Png}: {height} px, at most {max}");
                    }
                }
            }

            Assert.True(tooHigh.Count == 0, string.Join("\n", tooHigh));

            if (Environment.GetEnvironmentVariable("CARD_RENDERS_TO_DOCS") == "1")
            {
                Directory.CreateDirectory(DocsCards);
                foreach (var entry in report)
                {
                    File.Copy(Path.Combine(output.FullName, entry.Png), Path.Combine(DocsCards, entry.Png), overwrite: true);
                }
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CardTheRendererDoesNotKnow_FailsWithTheWarning()
    {
        var work = Directory.CreateTempSubdirectory("card-renders-bad-");
        try
        {
            var card = Path.Combine(work.FullName, "bad.json");
            await File.WriteAllTextAsync(card, """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"ok"},{"type":"Carousel3000","items":[]}]}""");

            var (exit, stdout, stderr) = await ProcessRunner.RunAsync("node", [Script, NodeTools.NodeModules, work.FullName, card], environment: null);

            Assert.Equal(1, exit);
            var entry = Assert.Single(Report(stdout, stderr));
            Assert.Contains(entry.Warnings, w => w.Contains("Carousel3000", StringComparison.Ordinal));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void DocsCards_HoldARenderOfEveryApprovedCard()
    {
        var approved = Directory.GetFiles(CardApproval.Directory, "*.approved.json")
            .Select(f => Path.GetFileName(f).Replace(".approved.json", ".png", StringComparison.Ordinal));

        var missing = approved.Where(png => !File.Exists(Path.Combine(DocsCards, png))).ToList();

        Assert.True(missing.Count == 0, $"docs/cards lacks {string.Join(", ", missing)}: run the render tests with CARD_RENDERS_TO_DOCS=1 (docs/cards/README.md).");
    }

    private sealed record RenderedCard(string File, string Png, IReadOnlyList<string> Warnings);

    private static List<RenderedCard> Report(string stdout, string stderr)
    {
        var json = JsonNode.Parse(stdout) as JsonArray ?? throw new InvalidOperationException($"render-cards.js printed no report: {stderr}");
        return [.. json.Select(r => new RenderedCard(
            r!["file"]!.GetValue<string>(),
            r["png"]!.GetValue<string>(),
            [.. r["warnings"]!.AsArray().Select(w => w!.GetValue<string>())]))];
    }

    /// <summary>Width and height from the PNG header, so the test judges the file itself, not the script's report.</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(header);
        }

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20, 4)));
    }
}
