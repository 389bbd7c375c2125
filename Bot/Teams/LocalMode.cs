using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>
/// Guards local mode (<c>Bot:Authentication=None</c>): it must never be reachable from the network, so every
/// address the app is configured to listen on must be loopback.
/// </summary>
public static class LocalMode
{
    /// <summary>The configured listen addresses that are not loopback (<c>*</c>, <c>0.0.0.0</c>, a LAN address...).</summary>
    public static IReadOnlyList<string> NonLoopbackAddresses(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var open = ConfiguredUrls(configuration).Where(url => !IsLoopbackUrl(url)).ToList();
        if (!string.IsNullOrEmpty(configuration["http_ports"]) || !string.IsNullOrEmpty(configuration["https_ports"]))
        {
            open.Add("http_ports/https_ports (all interfaces)");
        }

        return open;
    }

    public static void EnsureAllowed(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment())
        {
            throw Refused($"Bot:Authentication=None is allowed only in the Development environment (this is '{environment.EnvironmentName}'). Set ASPNETCORE_ENVIRONMENT=Development for a local run.");
        }

        var open = NonLoopbackAddresses(configuration);
        if (open.Count > 0)
        {
            throw Refused($"Bot:Authentication=None is allowed only on loopback addresses, but the bot would listen on {string.Join(", ", open)}. " +
                "Use --urls http://127.0.0.1:3978 (or ASPNETCORE_URLS).");
        }
    }

    /// <summary>A setting the bot refuses to start with, reported like every other invalid setting.</summary>
    private static OptionsValidationException Refused(string problem) => new(BotOptions.Section, typeof(BotOptions), [problem]);

    /// <summary>The addresses the app is configured to listen on (<c>urls</c>, <c>Kestrel:Endpoints</c>).</summary>
    internal static IEnumerable<string> ConfiguredUrls(IConfiguration configuration) =>
        (configuration["urls"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());

    /// <summary>A listen address as a URI; Kestrel's wildcards ("http://*:80", "http://+:80") mean every interface.</summary>
    internal static Uri? ParseListenUrl(string url)
    {
        var parsable = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        return Uri.TryCreate(parsable, UriKind.Absolute, out var uri) ? uri : null;
    }

    private static bool IsLoopbackUrl(string url) => ParseListenUrl(url) is { } uri && ServiceUrlTrust.IsLoopback(uri);
}
