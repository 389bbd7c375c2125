using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>
/// Where local mode (<c>Bot:Authentication=None</c>) may send its answers. The <c>serviceUrl</c> comes from an unsigned
/// request, so only the configured local connector (<c>Bot:LocalServiceUrl</c>), or without one a loopback address, is
/// accepted; and never a port the bot itself listens on: an answer posted to the bot comes back as an activity that
/// is answered again, until memory runs out.
/// </summary>
public sealed class LocalConnector(IOptions<BotOptions> options, IServer server, IConfiguration configuration)
{
    /// <summary>Why answers may not go to <paramref name="serviceUrl"/>, or null when they may.</summary>
    public string? Refusal(Uri serviceUrl, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.LocalServiceUrl is { } configured)
        {
            if (!serviceUrl.AbsoluteUri.StartsWith(configured.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
            {
                return "serviceUrl is not the configured Bot:LocalServiceUrl";
            }
        }
        else if (!ServiceUrlTrust.IsLoopback(serviceUrl))
        {
            return "local mode answers only a loopback serviceUrl";
        }

        return ServiceUrlTrust.IsLoopback(serviceUrl) && OwnPorts(context).Contains(serviceUrl.Port)
            ? "serviceUrl is the bot's own address"
            : null;
    }

    private HashSet<int> OwnPorts(HttpContext context)
    {
        var ports = new HashSet<int>();
        if (context.Connection.LocalPort > 0)
        {
            ports.Add(context.Connection.LocalPort);
        }

        if (context.Request.Host.HasValue)
        {
            ports.Add(context.Request.Host.Port ?? (context.Request.IsHttps ? 443 : 80));
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in listening.Concat(LocalMode.ConfiguredUrls(configuration)))
        {
            if (LocalMode.ParseListenUrl(address) is { } url)
            {
                ports.Add(url.Port);
            }
        }

        return ports;
    }
}
