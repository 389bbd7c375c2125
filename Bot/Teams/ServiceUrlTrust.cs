using System.Net;
using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>
/// Which connector addresses may receive the bot's token. The token is as good as a password, and a
/// <c>serviceUrl</c> comes from a request body: only HTTPS Teams connector hosts (plus configured ones) get it,
/// never a loopback address (the Agents Playground in local mode).
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotOptions> options)
{
    private static readonly string[] TeamsConnectorHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    public bool IsTrusted(Uri? url) =>
        url is { IsAbsoluteUri: true } && url.Scheme == Uri.UriSchemeHttps && !IsLoopback(url)
        && (TeamsConnectorHosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase)
            || options.Value.TrustedServiceHosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase));

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
