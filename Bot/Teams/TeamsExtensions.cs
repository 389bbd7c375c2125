using Azure.Core;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBot.Storage;

namespace TeamsBot.Teams;

/// <summary>
/// Wires the Teams protocol layer: options, inbound auth, dispatch, the runner of background work, connector client.
/// The queue that carries the background work is AddWork's (Work/).
/// </summary>
public static class TeamsExtensions
{
    public static IHostApplicationBuilder AddTeams(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<ConnectorCredential>();
        services.AddSingleton<BotFrameworkMetadata>();
        services.AddSingleton<LocalConnector>();
        services.AddSingleton<InboundActivityVerifier>();
        // A shared store (Azure Blob) takes claims; the file-system store, one process, keeps a log of handled ids.
        services.AddSingleton(sp => new HandledIdLog(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Folder, ActivityDeduplicator.Retention, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.AzureBlob
            ? new ActivityDeduplicator(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<ILogger<ActivityDeduplicator>>())
            : new ActivityDeduplicator(sp.GetRequiredService<TimeProvider>(), null, sp.GetRequiredService<ILogger<ActivityDeduplicator>>(), sp.GetRequiredService<HandledIdLog>()));
        services.AddSingleton<WelcomeAndHelpHandler>();
        // Per request: they hold the typed connector client, whose handlers the factory rotates.
        services.AddTransient<ActivityDispatcher>();
        services.AddTransient<MessagesEndpoint>();
        services.AddTransient<BackgroundWorkProcessor>();

        services.AddHttpClient(BotFrameworkMetadata.HttpClientName);
        services.AddTransient<ConnectorRetryHandler>();
        services.AddTransient<ConnectorAuthenticationHandler>();
        services.AddHttpClient<ConnectorClient>((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.ConnectorTimeout)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>();

        services.AddAuthentication().AddJwtBearer(BotFrameworkJwtSetup.Scheme);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BotFrameworkJwtSetup>();
        services.AddAuthorization();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c>; refuses to start with invalid <c>Bot</c> settings or an unsafe local mode.</summary>
    public static WebApplication MapTeams(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var endpoint = app.MapPost("/api/messages", (HttpContext context, MessagesEndpoint messages) => messages.HandleAsync(context));
        if (bot.Authentication == BotAuthentication.None)
        {
            LocalMode.EnsureAllowed(app.Environment, app.Configuration);
            Log.LocalModeEnabled(app.Logger);
            endpoint.AllowAnonymous();
        }
        else
        {
            endpoint.RequireAuthorization(policy => policy.AddAuthenticationSchemes(BotFrameworkJwtSetup.Scheme).RequireAuthenticatedUser());
        }

        return app;
    }

    /// <summary>
    /// The bot's own credential, for the other Microsoft APIs it calls (Graph) when it authenticates with the Bot
    /// Framework; null in local mode (<c>Bot:Authentication=None</c>), where it has none.
    /// </summary>
    public static TokenCredential? BotCredential(IServiceProvider services) =>
        services.GetRequiredService<IOptions<BotOptions>>().Value.Authentication == BotAuthentication.BotFramework
            ? services.GetRequiredService<ConnectorCredential>().Get()
            : null;

    /// <summary>Registers a feature's handler for messages and other non-invoke activities.</summary>
    public static IServiceCollection AddActivityHandler<THandler>(this IServiceCollection services)
        where THandler : class, IActivityHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IActivityHandler, THandler>());
        return services;
    }

    /// <summary>Registers a feature's handler for invokes (card actions, file consent).</summary>
    public static IServiceCollection AddInvokeHandler<THandler>(this IServiceCollection services)
        where THandler : class, IInvokeHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IInvokeHandler, THandler>());
        return services;
    }

    /// <summary>Registers the runner of one kind of queued background work.</summary>
    public static IServiceCollection AddBackgroundWork<THandler>(this IServiceCollection services)
        where THandler : class, IBackgroundWorkHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IBackgroundWorkHandler, THandler>());
        return services;
    }
}
