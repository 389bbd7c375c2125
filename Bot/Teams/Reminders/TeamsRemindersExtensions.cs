using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBot.Graph;
using TeamsBot.Reminders;

namespace TeamsBot.Teams.Reminders;

public static class TeamsRemindersExtensions
{
    /// <summary>
    /// Reminders delivered in Teams: the connector sender behind <see cref="IReminderSender"/> and the team calendar
    /// from Graph when there is one, for <see cref="RemindersExtensions.AddReminders"/>. Needs AddTeams, AddFollowup and AddGraph.
    /// </summary>
    public static IHostApplicationBuilder AddTeamsReminders(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddTransient<ThrottleSignalHandler>();
        // A send ends within half a claim's lease (renewed right before it), so no other instance takes over a send under way.
        services.AddHttpClient(ConnectorReminderSender.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = SendTimeout(provider.GetRequiredService<IOptions<RemindersOptions>>().Value))
            .AddHttpMessageHandler<ThrottleSignalHandler>()
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>();
        services.TryAddSingleton<IReminderSender, ConnectorReminderSender>();
        services.TryAddSingleton<ICalendarSource>(sp => new TeamCalendar(sp.GetRequiredService<GraphAccess>()));
        return builder;
    }

    /// <summary>30 s, or less when the claims' lease is short: at most half of it.</summary>
    internal static TimeSpan SendTimeout(RemindersOptions options)
    {
        var half = options.LeaseDuration / 2;
        return half < TimeSpan.FromSeconds(30) ? half : TimeSpan.FromSeconds(30);
    }
}
