using System.Net;
using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>
/// The checks JwtBearer cannot do because they need the activity: the signing key is endorsed for the activity's
/// channel, the token's <c>serviceurl</c> is the activity's, and the tenant is allowed. In local mode: loopback
/// callers only, and the tenant allow-list.
/// </summary>
public sealed class InboundActivityVerifier(IOptions<BotOptions> options, BotFrameworkMetadata metadata)
{
    /// <summary>Why the activity must be refused, or null when it may be handled.</summary>
    public async Task<string?> RefusalAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        var bot = options.Value;
        var refusal = bot.Authentication == BotAuthentication.None
            ? LocalCallerRefusal(context.Connection.RemoteIpAddress)
            : await TokenRefusalAsync(context, activity, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return bot.AllowedTenants.Count > 0 && !bot.AllowedTenants.Contains(activity.TenantId ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            ? "tenant not in Bot:AllowedTenants"
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
