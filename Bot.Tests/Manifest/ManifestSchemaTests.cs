using System.Text.Json.Nodes;
using TeamsBot.Manifest;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Manifest;

public sealed class ManifestSchemaTests
{
    private static string NpmSchemaFolder(string version) =>
        Path.Combine(NodeTools.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v" + version);

    [Theory]
    [InlineData("MicrosoftTeams.schema.json")]
    [InlineData("MicrosoftTeams.Localization.schema.json")]
    public void EmbeddedSchema_EqualsTheCopyInTheNpmPackage(string fileName)
    {
        var npm = NodeTools.PackageFile("@microsoft/app-manifest", "build", "json-schemas", "teams", "v" + ManifestSchema.Version, fileName);

        Assert.Equal(File.ReadAllBytes(npm), ManifestSchema.EmbeddedBytes(fileName));
    }

    [Fact]
    public void SchemaVersion_IsTheNewestReleasedVersionTheNpmPackageShips()
    {
        var versions = Directory.GetDirectories(Path.GetDirectoryName(NpmSchemaFolder("1.0"))!)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("v1.", StringComparison.Ordinal))
            .Select(name => Version.Parse(name![1..]));

        Assert.Equal(versions.Max(), Version.Parse(ManifestSchema.Version));
    }

    [Fact]
    public void Validate_ManifestBreakingTheSchema_NamesEachField()
    {
        var manifest = JsonNode.Parse("""
            {
              "manifestVersion": "1.30", "version": "1.0.0", "id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
              "developer": { "name": "x", "websiteUrl": "https://a.example", "privacyUrl": "https://a.example", "termsOfUseUrl": "https://a.example" },
              "name": { "short": "A name far longer than the thirty characters allowed" },
              "description": { "short": "s", "full": "f" },
              "icons": { "color": "color.png", "outline": "outline.png" },
              "accentColor": "blue"
            }
            """);

        var problems = ManifestSchema.App.Validate(manifest);

        Assert.Contains(problems, p => p.StartsWith("/name/short:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/accentColor:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownRootField_IsRefused()
    {
        var manifest = JsonNode.Parse("""{ "manifestVersion": "1.30", "botz": [] }""");

        Assert.Contains(ManifestSchema.App.Validate(manifest), p => p.Contains("botz", StringComparison.Ordinal) || p.StartsWith("/:", StringComparison.Ordinal));
    }
}
