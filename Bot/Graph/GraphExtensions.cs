using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using TeamsBot.Teams;

namespace TeamsBot.Graph;

/// <summary>Microsoft Graph when the bot has it: null in local mode (no credential), unless a client was registered (tests).</summary>
public sealed record GraphAccess(GraphClient? Client);

public static class GraphExtensions
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// Registers <see cref="GraphAccess"/>: a <see cref="GraphClient"/> with the bot's own credential when the bot
    /// authenticates with the Bot Framework; none in local mode (<c>Bot:Authentication=None</c>), where the features
    /// that need Graph step aside. A <see cref="GraphClient"/> registered explicitly (a recorded Graph) wins.
    /// Decided when first resolved, because settings can still change after registration.
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(services =>
        {
            if (services.GetService<GraphClient>() is { } registered)
            {
                return new GraphAccess(registered);
            }

            return services.GetRequiredService<IOptions<BotOptions>>().Value.Authentication == BotAuthentication.BotFramework
                ? new GraphAccess(new GraphClient(new GraphServiceClient(services.GetRequiredService<ConnectorCredential>().Get(), Scopes)))
                : new GraphAccess(null);
        });
        return builder;
    }
}
