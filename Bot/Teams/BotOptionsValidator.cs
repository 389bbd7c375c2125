using Microsoft.Extensions.Options;

namespace TeamsBot.Teams;

/// <summary>Refuses to start with settings that would run the bot unauthenticated or unable to authenticate.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.Authentication == BotAuthentication.BotFramework)
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                failures.Add("Bot:AppId is missing. Set it (environment variable Bot__AppId) to the Azure Bot's Microsoft App ID, " +
                    "or for a local chat with the Agents Playground set Bot:Authentication=None in Development.");
            }

            if (options.Credential.Kind != BotCredentialKind.ManagedIdentity && string.IsNullOrWhiteSpace(options.TenantId))
            {
                failures.Add("Bot:TenantId is missing. Single-tenant bots request their Connector token from their own tenant (Bot__TenantId).");
            }

            failures.AddRange(CredentialFailures(options.Credential));
        }
        else if (!environment.IsDevelopment())
        {
            failures.Add($"Bot:Authentication=None is allowed only in the Development environment (this is '{environment.EnvironmentName}'). " +
                "Remove the setting, or set ASPNETCORE_ENVIRONMENT=Development for a local run.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> CredentialFailures(BotCredentialOptions credential)
    {
        if (credential.Kind == BotCredentialKind.ClientSecret && string.IsNullOrWhiteSpace(credential.ClientSecret))
        {
            yield return "Bot:Credential:ClientSecret is missing (Bot__Credential__ClientSecret), or choose Bot:Credential:Kind=Certificate or ManagedIdentity.";
        }

        if (credential.Kind == BotCredentialKind.Certificate && string.IsNullOrWhiteSpace(credential.CertificatePath))
        {
            yield return "Bot:Credential:CertificatePath is missing (Bot__Credential__CertificatePath).";
        }
    }
}
