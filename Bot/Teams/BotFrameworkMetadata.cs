using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamsBot.Teams;

/// <summary>
/// The Bot Framework OpenID metadata and signing keys: one <see cref="ConfigurationManager{T}"/> per process,
/// which caches them and refreshes them (every 12 h, and at most every 5 min when a token names an unknown key).
/// </summary>
public sealed class BotFrameworkMetadata
{
    public const string HttpClientName = "BotFrameworkMetadata";

    public BotFrameworkMetadata(IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        var url = new Uri(options.Value.OpenIdMetadataUrl);
        // Plain HTTP only for a metadata server on this machine (tests, the benchmark).
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = !ServiceUrlTrust.IsLoopback(url) };
        Manager = new ConfigurationManager<OpenIdConnectConfiguration>(url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; }

    /// <summary>The <c>endorsements</c> of the key with this id (the channels it may sign for); empty when it has none.</summary>
    public async Task<IReadOnlyList<string>> EndorsementsAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await Manager.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return [];
        }

        return endorsements switch
        {
            string one => [one],
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            System.Collections.IEnumerable many => [.. many.Cast<object?>().Select(e => e?.ToString() ?? string.Empty)],
            _ => [],
        };
    }
}
