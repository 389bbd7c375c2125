using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsBot.Manifest;

/// <summary>
/// What Teams checks when an app package is uploaded, done offline: the official schema for the manifest
/// and its localization files, the icons (PNG, sizes, outline white on transparent) and the command menu limits.
/// </summary>
public static class AppPackageChecks
{
    public const int ColorIconSize = 192;
    public const int OutlineIconSize = 32;

    // The bot command menu shows at most 32 characters of a title and 128 of a description
    // (Teams docs, "Create a commands menu"); the v1.30 schema itself allows more, so these are checked here.
    public const int MaxCommandTitle = 32;
    public const int MaxCommandDescription = 128;

    /// <summary>Every problem of the package as "file: location: message"; empty when it can be uploaded.</summary>
    public static IReadOnlyList<string> Check(AppPackage package)
    {
        var problems = new List<string>();
        problems.AddRange(package.Files.Where(f => f.Name.Contains('/', StringComparison.Ordinal)).Select(f => $"{f.Name}: files must be at the root of the package"));
        var manifest = ParseJson(package, AppPackage.ManifestName, problems);
        if (manifest is null)
        {
            return problems;
        }

        problems.AddRange(ManifestSchema.App.Validate(manifest).Select(p => $"{AppPackage.ManifestName}: {p}"));
        if (manifest.ToJsonString().Contains("{{", StringComparison.Ordinal))
        {
            problems.Add($"{AppPackage.ManifestName}: a {{{{PLACEHOLDER}}}} was not filled in");
        }

        CheckIcon(package, (string?)manifest["icons"]?["color"], ColorIconSize, outline: false, problems);
        CheckIcon(package, (string?)manifest["icons"]?["outline"], OutlineIconSize, outline: true, problems);
        CheckCommands(AppPackage.ManifestName, CommandTexts(manifest), problems);
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var fileName = (string?)language?["file"] ?? "";
            var strings = ParseJson(package, fileName, problems);
            if (strings is not null)
            {
                problems.AddRange(ManifestSchema.Localization.Validate(strings).Select(p => $"{fileName}: {p}"));
                CheckCommands(fileName, strings.AsObject().Where(p => p.Key.StartsWith("bots[0].commandLists", StringComparison.Ordinal)).Select(p => (p.Key, (string?)p.Value ?? "")), problems);
            }
        }

        return problems;
    }

    private static JsonNode? ParseJson(AppPackage package, string fileName, List<string> problems)
    {
        if (package.Find(fileName) is not { } file)
        {
            problems.Add($"{fileName}: missing from the package");
            return null;
        }

        try
        {
            return JsonNode.Parse(file.Content) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException ex)
        {
            problems.Add($"{fileName}: not valid JSON ({ex.Message})");
            return null;
        }
    }

    private static IEnumerable<(string Key, string Text)> CommandTexts(JsonNode manifest)
    {
        var lists = manifest["bots"]?[0]?["commandLists"]?.AsArray() ?? [];
        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]?["commands"]?.AsArray() ?? [];
            for (var j = 0; j < commands.Count; j++)
            {
                yield return ($"bots[0].commandLists[{i}].commands[{j}].title", (string?)commands[j]?["title"] ?? "");
                yield return ($"bots[0].commandLists[{i}].commands[{j}].description", (string?)commands[j]?["description"] ?? "");
            }
        }
    }

    private static void CheckCommands(string fileName, IEnumerable<(string Key, string Text)> texts, List<string> problems)
    {
        foreach (var (key, text) in texts)
        {
            var limit = key.EndsWith(".title", StringComparison.Ordinal) ? MaxCommandTitle : MaxCommandDescription;
            if (text.Length > limit)
            {
                problems.Add($"{fileName}: {key}: '{text}' is longer than the {limit} characters the command menu shows");
            }
        }
    }

    private static void CheckIcon(AppPackage package, string? fileName, int size, bool outline, List<string> problems)
    {
        if (fileName is null || package.Find(fileName) is not { } file)
        {
            problems.Add($"{fileName ?? (outline ? "outline icon" : "color icon")}: missing from the package");
            return;
        }

        if (PngImage.TryRead(file.Content) is not { } image)
        {
            problems.Add($"{fileName}: not a PNG image");
            return;
        }

        if (image.Width != size || image.Height != size)
        {
            problems.Add($"{fileName}: {image.Width}x{image.Height} pixels; Teams wants {size}x{size}");
        }

        if (outline)
        {
            CheckWhiteOnTransparent(fileName, image, problems);
        }
    }

    private static void CheckWhiteOnTransparent(string fileName, PngImage image, List<string> problems)
    {
        if (!image.HasAlphaChannel)
        {
            problems.Add($"{fileName}: the outline icon needs a transparent background (an alpha channel)");
            return;
        }

        byte[] rgba;
        try
        {
            rgba = image.ReadRgba();
        }
        catch (InvalidDataException ex)
        {
            problems.Add($"{fileName}: {ex.Message}");
            return;
        }

        var coloured = 0;
        var transparent = 0;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            if (rgba[i + 3] == 0)
            {
                transparent++;
            }
            else if (rgba[i] != 255 || rgba[i + 1] != 255 || rgba[i + 2] != 255)
            {
                coloured++;
            }
        }

        if (coloured > 0)
        {
            problems.Add($"{fileName}: {coloured} visible pixels are not white; the outline icon must be white on transparent");
        }

        if (transparent == 0)
        {
            problems.Add($"{fileName}: no transparent pixels; the outline icon must be white on transparent");
        }
    }
}
