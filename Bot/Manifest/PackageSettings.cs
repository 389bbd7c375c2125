using System.Text.RegularExpressions;

namespace TeamsBot.Manifest;

/// <summary>What `manifest pack` fills into the template: the Teams app id, the bot's Entra app id, the version and host.</summary>
public sealed partial record PackageSettings(Guid AppId, Guid BotId, string Version, string Host, string Developer)
{
    public const string DefaultVersion = "1.0.0";

    public const string DefaultDeveloper = "Minutes follow-up";

    /// <summary>The settings, or the reasons (one line per bad argument) they cannot be made from the given text.</summary>
    public static (PackageSettings? Settings, IReadOnlyList<string> Problems) Parse(string? appId, string? botId, string? version, string? host, string? developer)
    {
        var problems = new List<string>();
        var app = ParseGuid("--app-id", appId, problems);
        var bot = ParseGuid("--bot-id", botId, problems);
        version ??= DefaultVersion;
        if (!SemanticVersion().IsMatch(version))
        {
            problems.Add($"--version: '{version}' is not a version of the form MAJOR.MINOR.PATCH, such as 1.0.0.");
        }

        host ??= "localhost";
        if (!HostName().IsMatch(host))
        {
            problems.Add($"--host: '{host}' is not a host name such as minutes-bot.azurewebsites.net (no scheme, no path).");
        }

        developer = string.IsNullOrWhiteSpace(developer) ? DefaultDeveloper : developer.Trim();
        if (developer.Length > 32)
        {
            problems.Add($"--developer: '{developer}' is longer than the 32 characters Teams allows.");
        }

        return problems.Count > 0 ? (null, problems) : (new PackageSettings(app, bot, version, host, developer), []);
    }

    private static Guid ParseGuid(string option, string? text, List<string> problems)
    {
        if (text is null)
        {
            problems.Add($"{option} is required: the GUID of the app (such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301).");
            return Guid.Empty;
        }

        if (!Guid.TryParseExact(text.Trim(), "D", out var id) || id == Guid.Empty)
        {
            problems.Add($"{option}: '{text}' is not a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
        }

        return id;
    }

    // The manifest schema's own version pattern (no pre-release or build suffix).
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemanticVersion();

    [GeneratedRegex(@"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostName();
}
