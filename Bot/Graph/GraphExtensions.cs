using Microsoft.Graph;
using TeamsBot.Teams;

namespace TeamsBot.Graph;

public static class GraphExtensions
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// Registers <see cref="GraphClient"/> with the bot's own credential, only when the bot authenticates with the Bot
    /// Framework: in local mode (<c>Bot:Authentication=None</c>) there is no credential, so Graph is absent and the
    /// features that need it step aside.
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration.GetValue($"{BotOptions.Section}:{nameof(BotOptions.Authentication)}", BotAuthentication.BotFramework) != BotAuthentication.BotFramework)
        {
            return builder;
        }

        builder.Services.AddSingleton(services =>
            new GraphClient(new GraphServiceClient(services.GetRequiredService<ConnectorCredential>().Get(), Scopes)));
        return builder;
    }
}
