using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddHttpClient(ConnectorReminderSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ThrottleSignalHandler>()
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>();
        services.TryAddSingleton<IReminderSender, ConnectorReminderSender>();
        services.TryAddSingleton<ICalendarSource>(sp => new TeamCalendar(sp.GetRequiredService<GraphAccess>()));
        return builder;
    }
}
