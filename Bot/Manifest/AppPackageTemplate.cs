using System.Text.Json;

namespace TeamsBot.Manifest;

/// <summary>The files of manifest/ (embedded in Bot.dll): the manifest with {{PLACEHOLDERS}}, its Dutch strings and the icons.</summary>
public sealed record AppPackageTemplate(string Manifest, IReadOnlyList<PackageFile> OtherFiles)
{
    public static AppPackageTemplate Embedded { get; } = new(
        System.Text.Encoding.UTF8.GetString(Read("manifest.json")),
        [new("nl.json", Read("nl.json")), new("color.png", Read("color.png")), new("outline.png", Read("outline.png"))]);

    /// <summary>The manifest with the settings filled in; values are JSON-escaped, so any text stays valid JSON.</summary>
    public string Fill(PackageSettings settings) => Manifest
        .Replace("{{APP_ID}}", settings.AppId.ToString("D"), StringComparison.Ordinal)
        .Replace("{{BOT_ID}}", settings.BotId.ToString("D"), StringComparison.Ordinal)
        .Replace("{{VERSION}}", Escape(settings.Version), StringComparison.Ordinal)
        .Replace("{{HOST}}", Escape(settings.Host), StringComparison.Ordinal)
        .Replace("{{DEVELOPER_NAME}}", Escape(settings.Developer), StringComparison.Ordinal);

    private static string Escape(string value) => JsonSerializer.Serialize(value)[1..^1];

    private static byte[] Read(string fileName) => EmbeddedFiles.Read($"TeamsBot.Manifest.Package.{fileName}");
}

/// <summary>A file at the root of the app package.</summary>
public sealed record PackageFile(string Name, byte[] Content);
