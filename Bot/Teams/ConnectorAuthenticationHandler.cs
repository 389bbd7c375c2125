using System.Net.Http.Headers;
using Azure.Core;

namespace TeamsBot.Teams;

/// <summary>Adds the bot's Connector token to calls to trusted connector hosts, and strips any token from the rest.</summary>
internal sealed class ConnectorAuthenticationHandler(ServiceUrlTrust trust, ConnectorCredential credential) : DelegatingHandler
{
    private static readonly TokenRequestContext Scope = new(["https://api.botframework.com/.default"]);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (trust.IsTrusted(request.RequestUri))
        {
            // Azure.Identity caches the token per credential instance and renews it before it expires.
            var token = await credential.Get().GetTokenAsync(Scope, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        else
        {
            request.Headers.Authorization = null;
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
