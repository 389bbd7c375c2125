using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Texts;

namespace TeamsBot.Manifest;

/// <summary>
/// The files of manifest/ (embedded in Bot.dll): the manifest with {{PLACEHOLDERS}} (its own strings are English), the
/// strings of every other language the bot has a text table for (<c>&lt;code&gt;.json</c>) and the icons.
/// </summary>
public sealed record AppPackageTemplate(string Manifest, IReadOnlyList<PackageFile> OtherFiles)
{
    private const string Prefix = "TeamsBot.Manifest.Package.";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static AppPackageTemplate Embedded { get; } = new(
        System.Text.Encoding.UTF8.GetString(Read("manifest.json")),
        [.. LocalizationFiles().Select(name => new PackageFile(name, Read(name))), new("color.png", Read("color.png")), new("outline.png", Read("outline.png"))]);

    /// <summary>
    /// The manifest with the settings filled in and its <c>localizationInfo.additionalLanguages</c> naming the
    /// localisation files of the package; values are JSON-escaped, so any text stays valid JSON.
    /// </summary>
    public string Fill(PackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var filled = Manifest
            .Replace("{{APP_ID}}", settings.AppId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{BOT_ID}}", settings.BotId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{VERSION}}", Escape(settings.Version), StringComparison.Ordinal)
            .Replace("{{HOST}}", Escape(settings.Host), StringComparison.Ordinal)
            .Replace("{{DEVELOPER_NAME}}", Escape(settings.Developer), StringComparison.Ordinal);
        var manifest = JsonNode.Parse(filled)!.AsObject();
        var languages = new JsonArray([.. OtherFiles
            .Where(f => f.Name.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => (JsonNode)new JsonObject { ["languageTag"] = Path.GetFileNameWithoutExtension(f.Name), ["file"] = f.Name })]);
        manifest["localizationInfo"] = new JsonObject
        {
            ["defaultLanguageTag"] = (string?)manifest["localizationInfo"]?["defaultLanguageTag"] ?? "en",
            ["additionalLanguages"] = languages,
        };
        return manifest.ToJsonString(Indented);
    }

    /// <summary>The embedded <c>&lt;code&gt;.json</c> files of languages with a text table, other than the manifest's own.</summary>
    private static IEnumerable<string> LocalizationFiles() =>
        typeof(AppPackageTemplate).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Where(name => name != AppPackage.ManifestName && TextTables.Find(Path.GetFileNameWithoutExtension(name)) is not null)
            .Order(StringComparer.Ordinal);

    private static string Escape(string value) => JsonSerializer.Serialize(value)[1..^1];

    private static byte[] Read(string fileName) => EmbeddedFiles.Read($"{Prefix}{fileName}");
}

/// <summary>A file at the root of the app package.</summary>
public sealed record PackageFile(string Name, byte[] Content);
