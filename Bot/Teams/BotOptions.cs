using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Teams;

/// <summary>How inbound requests are authenticated.</summary>
public enum BotAuthentication
{
    /// <summary>Bot Framework JWTs, validated against the Bot Framework OpenID metadata.</summary>
    BotFramework,

    /// <summary>No authentication: the Agents Playground on loopback, in Development only.</summary>
    None,
}

/// <summary>Which Azure.Identity credential obtains the outbound Bot Connector token.</summary>
public enum BotCredentialKind
{
    ClientSecret,
    Certificate,
    ManagedIdentity,
}

/// <summary>The outbound credential and its settings (section <c>Bot:Credential</c>).</summary>
public sealed class BotCredentialOptions
{
    public BotCredentialKind Kind { get; set; } = BotCredentialKind.ClientSecret;

    public string? ClientSecret { get; set; }

    /// <summary>A PFX or PEM file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty means the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }
}

/// <summary>The bot's identity and how it talks to the Bot Connector (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra application (client) id of the Azure Bot; the audience of inbound tokens.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's own tenant: the authority of outbound tokens (single-tenant bots).</summary>
    public string? TenantId { get; set; }

    public BotAuthentication Authentication { get; set; } = BotAuthentication.BotFramework;

    public BotCredentialOptions Credential { get; set; } = new();

    /// <summary>Tenants whose activities are accepted; empty accepts every tenant.</summary>
    public IList<string> AllowedTenants { get; } = [];

    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>
    /// Local mode only: the connector answers go to (the Agents Playground's, e.g. <c>http://127.0.0.1:56150/_connector</c>).
    /// Without it, any loopback port other than the bot's own is taken.
    /// </summary>
    public Uri? LocalServiceUrl { get; set; }

    /// <summary>Connector hosts, besides the built-in Teams ones, that may receive the bot's token (over HTTPS).</summary>
    public IList<string> TrustedServiceHosts { get; } = [];

    /// <summary>How many times a 429 or 503 answer is retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The longest single wait a <c>Retry-After</c> may impose; longer waits fail instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one call to the connector may take; a send that timed out is retried by the background work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
