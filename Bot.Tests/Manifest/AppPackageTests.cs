using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Manifest;
using TeamsBot.Teams.Commands;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Manifest;

public sealed class AppPackageTests
{
    private static readonly PackageSettings Settings = PackageSettings.Parse(
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "0b6f5c1e-9d7a-4a43-8f0e-2b1c3d4e5f60", "1.2.3", "minutes-bot.azurewebsites.net", null).Settings!;

    private static AppPackage RepositoryPackage() => AppPackage.From(AppPackageTemplate.Embedded, Settings);

    private static JsonNode Json(AppPackage package, string name) => JsonNode.Parse(package.Find(name)!.Content)!;

    private static AppPackage Replace(AppPackage package, string name, byte[] content) =>
        new([.. package.Files.Select(f => f.Name == name ? new PackageFile(name, content) : f)]);

    [Fact]
    public void RepositoryManifest_FilledIn_PassesEveryCheck()
    {
        Assert.Empty(AppPackageChecks.Check(RepositoryPackage()));
    }

    [Fact]
    public void RepositoryManifest_Unfilled_IsRefused()
    {
        var template = AppPackageTemplate.Embedded;
        var unfilled = new AppPackage([new(AppPackage.ManifestName, Encoding.UTF8.GetBytes(template.Manifest)), .. template.OtherFiles]);

        var problems = AppPackageChecks.Check(unfilled);

        Assert.Contains(problems, p => p.Contains("/id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("PLACEHOLDER", StringComparison.Ordinal));
    }

    [Fact]
    public void Fill_PutsTheIdsVersionAndHostInPlace()
    {
        var manifest = Json(RepositoryPackage(), AppPackage.ManifestName);

        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", (string?)manifest["id"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal("0b6f5c1e-9d7a-4a43-8f0e-2b1c3d4e5f60", (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("0b6f5c1e-9d7a-4a43-8f0e-2b1c3d4e5f60", (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal(["minutes-bot.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void Manifest_AsksForTheBotScopesFilesAndReadOnlyTeamPermissions()
    {
        var manifest = Json(RepositoryPackage(), AppPackage.ManifestName);
        var bot = manifest["bots"]![0]!;

        Assert.Equal(["team", "personal", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.True((bool)bot["supportsFiles"]!);
        var permissions = manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => $"{p!["name"]}/{p["type"]}").Order(StringComparer.Ordinal);
        Assert.Equal(["ChannelMeeting.ReadBasic.Group/Application", "ChannelMessage.Read.Group/Application", "TeamMember.Read.Group/Application"], permissions);
    }

    [Fact]
    public void CommandMenus_OfEveryLanguage_AreTheMenusOfItsTextTable()
    {
        var package = RepositoryPackage();
        var manifest = Json(package, AppPackage.ManifestName);
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var additional = manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string?)l!["languageTag"]);

        Assert.Equal(TextTables.BuiltIn.Where(t => t.Code != "en").Select(t => t.Code), additional);
        Assert.Equal(["personal", "team", "groupChat"], lists.SelectMany(l => l!["scopes"]!.AsArray()).Select(s => (string?)s));
        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]!["commands"]!.AsArray();
            Assert.Equal(Language.En.Texts.Menu, commands.Select(c => new MenuCommand((string)c!["title"]!, (string)c["description"]!)));
            foreach (var table in TextTables.BuiltIn.Where(t => t.Code != "en"))
            {
                var strings = Json(package, table.Code + ".json").AsObject();
                var translated = commands.Select((_, j) => new MenuCommand((string)strings[$"bots[0].commandLists[{i}].commands[{j}].title"]!, (string)strings[$"bots[0].commandLists[{i}].commands[{j}].description"]!));
                Assert.Equal(table.Menu, translated);
            }
        }
    }

    [Fact]
    public void CommandMenus_AreCommandsTheBotUnderstands_InTheirOwnLanguage()
    {
        foreach (var table in TextTables.BuiltIn)
        {
            Assert.All(table.Menu, c => Assert.Equal(table.Code, CommandParser.Parse(c.Title).Language?.Code ?? table.Code));
            Assert.All(table.Menu, c => Assert.NotEqual(CommandKind.Unknown, CommandParser.Parse(c.Title).Kind));
        }
    }

    [Fact]
    public void Description_SaysWhatTheBotReadsAndStores()
    {
        var full = (string)Json(RepositoryPackage(), AppPackage.ManifestName)["description"]!["full"]!;

        Assert.Contains("What it reads", full, StringComparison.Ordinal);
        Assert.Contains("channel messages only to find those files", full, StringComparison.Ordinal);
        Assert.Contains("What it stores", full, StringComparison.Ordinal);
        Assert.Contains("Azure storage", full, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryIcons_HaveTheSizesTeamsWants_AndTheOutlineIsWhiteOnTransparent()
    {
        var package = RepositoryPackage();
        var color = PngImage.TryRead(package.Find("color.png")!.Content)!;
        var outline = PngImage.TryRead(package.Find("outline.png")!.Content)!;
        var pixels = outline.ReadRgba().Chunk(4).ToList();

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.All(pixels, p => Assert.Equal([255, 255, 255], p[..3]));
        Assert.InRange(pixels.Count(p => p[3] == 255), 50, 600);
        Assert.InRange(pixels.Count(p => p[3] == 0), 400, 1000);
    }

    [Fact]
    public void ColorIcon_OfTheWrongSize_IsRefused()
    {
        var small = TestPng.Rgba(96, 96, (_, _) => (37, 99, 168, 255));

        var problems = AppPackageChecks.Check(Replace(RepositoryPackage(), "color.png", small));

        Assert.Equal(["color.png: 96x96 pixels; Teams wants 192x192"], problems);
    }

    [Fact]
    public void OutlineIcon_WithColour_IsRefused()
    {
        var blueTick = TestPng.Rgba(32, 32, (x, y) => x == y ? ((byte)37, (byte)99, (byte)168, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)0));

        var problem = Assert.Single(AppPackageChecks.Check(Replace(RepositoryPackage(), "outline.png", blueTick)));

        Assert.Equal("outline.png: 32 visible pixels are not white; the outline icon must be white on transparent", problem);
    }

    [Fact]
    public void OutlineIcon_WithoutTransparency_IsRefused()
    {
        var square = TestPng.Rgba(32, 32, (_, _) => (255, 255, 255, 255));

        Assert.Contains("outline.png: no transparent pixels; the outline icon must be white on transparent", AppPackageChecks.Check(Replace(RepositoryPackage(), "outline.png", square)));
    }

    [Fact]
    public void Icon_ThatIsNoPng_IsRefused()
    {
        var problems = AppPackageChecks.Check(Replace(RepositoryPackage(), "outline.png", Encoding.ASCII.GetBytes("GIF89a....")));

        Assert.Equal(["outline.png: not a PNG image"], problems);
    }

    [Fact]
    public void DutchCommandTitle_LongerThanTheMenuShows_IsRefused()
    {
        var package = RepositoryPackage();
        var dutch = Json(package, "nl.json");
        dutch["bots[0].commandLists[1].commands[4].title"] = "volgende vergadering van de stuurgroep";

        var problems = AppPackageChecks.Check(Replace(package, "nl.json", Encoding.UTF8.GetBytes(dutch.ToJsonString())));

        Assert.Equal(["nl.json: bots[0].commandLists[1].commands[4].title: 'volgende vergadering van de stuurgroep' is longer than the 32 characters the command menu shows"], problems);
    }

    [Fact]
    public void TooManyCommands_AreRefusedByTheSchema()
    {
        var package = RepositoryPackage();
        var manifest = Json(package, AppPackage.ManifestName);
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        for (var i = 0; i < 7; i++)
        {
            commands.Add(new JsonObject { ["title"] = $"extra {i}", ["description"] = "more" });
        }

        var problems = AppPackageChecks.Check(Replace(package, AppPackage.ManifestName, Encoding.UTF8.GetBytes(manifest.ToJsonString())));

        Assert.Contains(problems, p => p.StartsWith("manifest.json: /bots/0/commandLists/0/commands:", StringComparison.Ordinal));
    }

    [Fact]
    public void ToZip_PutsEveryFileAtTheRoot_AndReadsBackTheSame()
    {
        var package = RepositoryPackage();

        var back = AppPackage.FromZip(package.ToZip());

        Assert.Equal(["manifest.json", "nl.json", "color.png", "outline.png"], back.Files.Select(f => f.Name));
        Assert.Empty(AppPackageChecks.Check(back));
    }

    [Theory]
    [InlineData("not-a-guid", "--app-id: 'not-a-guid' is not a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "--app-id: '00000000-0000-0000-0000-000000000000' is not a GUID")]
    [InlineData("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "--app-id: '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}' is not a GUID")]
    public void Parse_BadAppId_SaysWhichOptionAndWhy(string appId, string expected)
    {
        var (settings, problems) = PackageSettings.Parse(appId, "0b6f5c1e-9d7a-4a43-8f0e-2b1c3d4e5f60", null, null, null);

        Assert.Null(settings);
        Assert.StartsWith(expected, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0", null)]
    [InlineData("1.0.0", "https://bot.example.org")]
    [InlineData("1.0.0", "bot.example.org/api")]
    public void Parse_BadVersionOrHost_IsRefused(string version, string? host)
    {
        var (settings, problems) = PackageSettings.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "0b6f5c1e-9d7a-4a43-8f0e-2b1c3d4e5f60", version, host, null);

        Assert.Null(settings);
        Assert.Single(problems);
    }
}
