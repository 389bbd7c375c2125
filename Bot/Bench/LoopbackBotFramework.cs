using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TeamsBot.Teams;

namespace TeamsBot.Bench;

/// <summary>
/// A stand-in for login.botframework.com and the Bot Connector on 127.0.0.1, for the benchmark and the tests:
/// OpenID metadata, a key set with endorsements (one key endorsed for <c>msteams</c>, one for nothing), tokens
/// signed with those keys, a connector that accepts every activity and counts them (and keeps the text of the replies
/// to activities it was told to watch), and files served at <c>/files/{name}</c>.
/// </summary>
internal sealed class LoopbackBotFramework : IAsyncDisposable
{
    public const string EndorsedKeyId = "endorsed-key";
    public const string UnendorsedKeyId = "unendorsed-key";

    private readonly WebApplication _app;
    private readonly RSA _endorsed = RSA.Create(2048);
    private readonly RSA _unendorsed = RSA.Create(2048);
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _watched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    private LoopbackBotFramework(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri MetadataUrl => new(BaseUrl, "openidconfiguration");

    /// <summary>The <c>serviceUrl</c> of activities whose replies this stub takes.</summary>
    public string ServiceUrl => new Uri(BaseUrl, "_connector").AbsoluteUri;

    /// <summary>The paths of the activities posted to the stub connector.</summary>
    public IReadOnlyCollection<string> Received => _received;

    /// <summary>Keeps the text of every reply to this activity (a card reply counts as "[card]").</summary>
    public void Watch(string activityId) => _watched.TryAdd(activityId, new ConcurrentQueue<string>());

    /// <summary>The replies to a watched activity, oldest first.</summary>
    public IReadOnlyList<string> RepliesTo(string activityId) => _watched.TryGetValue(activityId, out var replies) ? [.. replies] : [];

    /// <summary>Serves <paramref name="content"/> at <c>/files/{name}</c> and returns its address.</summary>
    public Uri AddFile(string name, byte[] content)
    {
        _files[name] = content;
        return new Uri(BaseUrl, "files/" + Uri.EscapeDataString(name));
    }

    public static async Task<LoopbackBotFramework> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new LoopbackBotFramework(builder.Build());
        stub.Map();
        await stub._app.StartAsync();
        var address = stub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("The loopback stub has no address.");
        stub.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>A Bot Framework token; each argument left out is what a valid Teams token carries.</summary>
    public string CreateToken(string audience, string? serviceUrl, DateTimeOffset now, TokenShape? shape = null)
    {
        shape ??= new TokenShape();
        var signer = shape.ForgedSignature ? RSA.Create(2048) : shape.KeyId == UnendorsedKeyId ? _unendorsed : _endorsed;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var notBefore = now + shape.NotBeforeOffset;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = shape.Issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (notBefore + shape.Lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signer) { KeyId = shape.KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _endorsed.Dispose();
        _unendorsed.Dispose();
    }

    private void Map()
    {
        _app.MapGet("/openidconfiguration", () => Results.Text(new JsonObject
        {
            ["issuer"] = BotFrameworkJwtSetup.Issuer,
            ["jwks_uri"] = new Uri(BaseUrl, "keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json"));
        _app.MapGet("/keys", () => Results.Text(new JsonObject
        {
            ["keys"] = new JsonArray(Jwk(_endorsed, EndorsedKeyId, "msteams"), Jwk(_unendorsed, UnendorsedKeyId, null)),
        }.ToJsonString(), "application/json"));
        _app.MapPost("/_connector/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext context, string activityId) =>
        {
            _received.Enqueue(context.Request.Path);
            if (_watched.TryGetValue(activityId, out var replies))
            {
                var reply = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                replies.Enqueue(reply?["text"]?.GetValue<string>() is { Length: > 0 } text ? text : "[card]");
            }

            return Results.Json(new JsonObject { ["id"] = _received.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }, statusCode: 201);
        });
        _app.MapGet("/files/{name}", (string name) =>
            _files.TryGetValue(name, out var content) ? Results.Bytes(content, "application/octet-stream") : Results.NotFound());
    }

    private static JsonObject Jwk(RSA key, string keyId, string? endorsement)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsement is not null)
        {
            jwk["endorsements"] = new JsonArray(endorsement);
        }

        return jwk;
    }
}

/// <summary>How a test token departs from a valid one.</summary>
internal sealed record TokenShape
{
    public string Issuer { get; init; } = BotFrameworkJwtSetup.Issuer;

    public string KeyId { get; init; } = LoopbackBotFramework.EndorsedKeyId;

    /// <summary>Signed by a key that is not in the key set, under a known key id.</summary>
    public bool ForgedSignature { get; init; }

    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);
}
