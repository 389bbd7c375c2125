using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>
/// The one Azure.Identity credential of the bot (one instance, so its token cache is shared), made on first use:
/// a bot that only talks to the local Playground never needs one.
/// </summary>
public sealed class ConnectorCredential
{
    private readonly Lazy<TokenCredential> _credential;

    public ConnectorCredential(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _credential = new(() => Create(options.Value));
    }

    /// <summary>A given credential (tests).</summary>
    internal ConnectorCredential(TokenCredential credential) => _credential = new(credential);

    public TokenCredential Get() => _credential.Value;

    internal static TokenCredential Create(BotOptions bot)
    {
        var appId = bot.AppId ?? throw new InvalidOperationException("Bot:AppId is missing: the bot cannot obtain a Connector token.");
        var credential = bot.Credential;
        return credential.Kind switch
        {
            BotCredentialKind.ClientSecret => new ClientSecretCredential(RequiredTenant(bot), appId,
                credential.ClientSecret ?? throw new InvalidOperationException("Bot:Credential:ClientSecret is missing.")),
            BotCredentialKind.Certificate => new ClientCertificateCredential(RequiredTenant(bot), appId, LoadCertificate(credential)),
            BotCredentialKind.ManagedIdentity => new ManagedIdentityCredential(string.IsNullOrWhiteSpace(credential.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(credential.ManagedIdentityClientId)),
            _ => throw new InvalidOperationException($"Bot:Credential:Kind {credential.Kind} is not supported."),
        };
    }

    // Single-tenant bots: the authority is the bot's own tenant, never "botframework.com" (AADSTS700016).
    private static string RequiredTenant(BotOptions bot) =>
        bot.TenantId ?? throw new InvalidOperationException("Bot:TenantId is missing: single-tenant bots get their token from their own tenant.");

    private static X509Certificate2 LoadCertificate(BotCredentialOptions credential)
    {
        var path = credential.CertificatePath ?? throw new InvalidOperationException("Bot:Credential:CertificatePath is missing.");
        return path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, credential.CertificatePassword);
    }
}
