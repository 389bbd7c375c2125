using System.Net;
using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>
/// The checks JwtBearer cannot do because they need the activity: a usable <c>serviceUrl</c> (400 without one), the
/// signing key is endorsed for the activity's channel, the token's <c>serviceurl</c> is the activity's, and the tenant
/// is allowed. In local mode: loopback callers only, a <c>serviceUrl</c> that <see cref="LocalConnector"/> accepts (400
/// otherwise), and the tenant allow-list.
/// </summary>
public sealed class InboundActivityVerifier(IOptions<BotOptions> options, BotFrameworkMetadata metadata, LocalConnector localConnector)
{
    /// <summary>Why the activity must be refused, with the status to answer, or null when it may be handled.</summary>
    public async Task<Refusal?> RefusalAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(activity);
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || serviceUrl.Scheme is not ("http" or "https") || string.IsNullOrEmpty(serviceUrl.Host))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "the activity has no serviceUrl, or it is not an absolute http(s) address");
        }

        var bot = options.Value;
        if (bot.Authentication == BotAuthentication.None)
        {
            if (LocalCallerRefusal(context.Connection.RemoteIpAddress) is { } caller)
            {
                return new Refusal(StatusCodes.Status401Unauthorized, caller);
            }

            if (localConnector.Refusal(serviceUrl, context) is { } connector)
            {
                return new Refusal(StatusCodes.Status400BadRequest, connector);
            }
        }
        else if (await TokenRefusalAsync(context, activity, cancellationToken) is { } token)
        {
            return new Refusal(StatusCodes.Status401Unauthorized, token);
        }

        return bot.AllowedTenants.Count > 0 && !bot.AllowedTenants.Contains(activity.TenantId ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            ? new Refusal(StatusCodes.Status401Unauthorized, "tenant not in Bot:AllowedTenants")
            : null;
    }

    // TestServer has no remote address; over a socket it is always set.
    private static string? LocalCallerRefusal(IPAddress? remote) =>
        remote is null || IPAddress.IsLoopback(remote) ? null : "local mode accepts loopback callers only";

    private async Task<string?> TokenRefusalAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrlClaim = context.User.FindFirst("serviceurl")?.Value;
        if (serviceUrlClaim is null)
        {
            return "token has no serviceurl claim";
        }

        if (!string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl claim differs from the activity's serviceUrl";
        }

        if (context.Items[BotFrameworkJwtSetup.KeyIdItem] is not string keyId)
        {
            return "token names no signing key";
        }

        var endorsements = await metadata.EndorsementsAsync(keyId, cancellationToken);
        return endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            ? null
            : "signing key is not endorsed for the activity's channel";
    }
}

/// <summary>An activity refused: the status to answer and the reason (logged; a 400's reason is also the answer's one line).</summary>
public sealed record Refusal(int Status, string Reason);
