using System.Text.Json.Nodes;
using Json.Schema;

namespace TeamsBot.Manifest;

/// <summary>The official Teams app manifest JSON schemas (embedded copies, see Schemas/README.md), as validators.</summary>
public sealed class ManifestSchema
{
    /// <summary>The manifest schema version the app package is written for.</summary>
    public const string Version = "1.30";

    private const string Draft04 = "http://json-schema.org/draft-04/schema#";
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private readonly JsonSchema _schema;

    private ManifestSchema(JsonSchema schema) => _schema = schema;

    public static ManifestSchema App { get; } = Load(AppFileName);

    public static ManifestSchema Localization { get; } = Load(LocalizationFileName);

    public static string AppFileName => "MicrosoftTeams.schema.json";

    public static string LocalizationFileName => "MicrosoftTeams.Localization.schema.json";

    /// <summary>The embedded schema file as shipped by @microsoft/app-manifest.</summary>
    public static byte[] EmbeddedBytes(string fileName) => EmbeddedFiles.Read($"TeamsBot.Manifest.Schemas.{fileName}");

    /// <summary>Every violation as "location: message"; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? document)
    {
        var results = _schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<string>();
        foreach (var detail in results.Details.Where(d => d.Errors is { Count: > 0 }))
        {
            var location = detail.InstanceLocation.ToString();
            foreach (var error in detail.Errors!)
            {
                problems.Add($"{(location.Length == 0 ? "/" : location)}: {error.Value}");
            }
        }

        return problems.Count > 0 ? problems.Distinct(StringComparer.Ordinal).ToList() : ["/: does not match the schema"];
    }

    private static ManifestSchema Load(string fileName)
    {
        // The Teams schemas declare draft-04, which JsonSchema.Net does not implement; the keywords they use
        // mean the same under draft-07, so only the declaration is changed.
        var node = JsonNode.Parse(EmbeddedBytes(fileName))!.AsObject();
        if ((string?)node["$schema"] == Draft04)
        {
            node["$schema"] = Draft07;
        }

        return new ManifestSchema(JsonSchema.FromText(node.ToJsonString()));
    }
}
