using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsBot.Teams;

/// <summary>
/// The JwtBearer scheme for Bot Framework tokens: issuer, audience (the app id and its <c>api://</c> forms),
/// RS256/384/512 signatures from the metadata's keys, lifetime with 5 minutes of skew. Endorsements and the
/// <c>serviceurl</c> claim need the activity, so <see cref="InboundActivityVerifier"/> checks them after.
/// </summary>
internal sealed class BotFrameworkJwtSetup(IOptions<BotOptions> options, BotFrameworkMetadata metadata, TimeProvider time, ILoggerFactory loggers)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public const string Scheme = "BotFramework";
    public const string Issuer = "https://api.botframework.com";
    public const string KeyIdItem = "TeamsBot.SigningKeyId";

    public void Configure(string? name, JwtBearerOptions jwt)
    {
        if (name != Scheme)
        {
            return;
        }

        var appId = options.Value.AppId ?? string.Empty;
        var logger = loggers.CreateLogger("TeamsBot.Teams.Authentication");
        jwt.ConfigurationManager = metadata.Manager;
        jwt.MapInboundClaims = false;
        jwt.IncludeErrorDetails = false;
        jwt.TimeProvider = time;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudiences = [appId, $"api://{appId}", $"api://botid-{appId}"],
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = context =>
            {
                Log.TokenRejected(logger, context.Exception.GetType().Name);
                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                context.HttpContext.Items[KeyIdItem] = (context.SecurityToken as JsonWebToken)?.Kid ?? context.SecurityToken.SigningKey?.KeyId;
                return Task.CompletedTask;
            },
            OnChallenge = context =>
            {
                if (context.AuthenticateFailure is null)
                {
                    Log.TokenRejected(logger, "no bearer token");
                }

                return Task.CompletedTask;
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
