using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Graph;

namespace TeamsBot.Graph;

/// <summary>Microsoft Graph when the bot has it: null in local mode (no credential), unless a client was registered (tests).</summary>
public sealed record GraphAccess(GraphClient? Client);

public static class GraphExtensions
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// Registers <see cref="GraphAccess"/>: a <see cref="GraphClient"/> with the bot's own credential, as
    /// <paramref name="credential"/> gives it (the Teams layer's, when the bot authenticates with the Bot Framework);
    /// none when it gives null (local mode, <c>Bot:Authentication=None</c>), where the features that need Graph step
    /// aside. A <see cref="GraphClient"/> registered explicitly (a recorded Graph) wins. Decided when first resolved,
    /// because settings can still change after registration.
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder, Func<IServiceProvider, TokenCredential?> credential)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(credential);
        builder.Services.TryAddSingleton(services =>
        {
            if (services.GetService<GraphClient>() is { } registered)
            {
                return new GraphAccess(registered);
            }

            return credential(services) is { } token
                ? new GraphAccess(new GraphClient(new GraphServiceClient(token, Scopes)))
                : new GraphAccess(null);
        });
        return builder;
    }
}
