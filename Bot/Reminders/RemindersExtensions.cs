using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Planner;
using TeamsBot.Storage;

namespace TeamsBot.Reminders;

public static class RemindersExtensions
{
    /// <summary>
    /// Registers the reminder round and its scheduler. Needs AddStorage and AddFollowup, and an <see cref="IReminderSender"/>
    /// (the Teams layer's). The calendar comes from a registered <see cref="ICalendarSource"/>, else from a registered
    /// <see cref="GraphClient"/>, else the minutes and rhythms alone decide.
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RemindersOptions>()
            .BindConfiguration(RemindersOptions.Section)
            .Validate(o => o.Problem() is null, "Reminders: invalid settings (Interval >= 1 s, LeaseDuration >= 10 s, EarliestSend <= SendTime < LatestSend, at least one working day).")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(services => SendPacer.ForTeams(services.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton<ReminderClaims>();
        builder.Services.AddSingleton(services => new ReminderRound(
            services.GetRequiredService<Installations>(),
            services.GetRequiredService<FollowupService>(),
            services.GetRequiredService<IReminderSender>(),
            services.GetRequiredService<ReminderClaims>(),
            services.GetRequiredService<SendPacer>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IOptions<RemindersOptions>>(),
            services.GetRequiredService<ILogger<ReminderRound>>(),
            services.GetService<ICalendarSource>() ?? (services.GetService<GraphClient>() is { } graph ? new GraphCalendarSource(graph) : null))
        {
            Planner = services.GetService<PlannerSync>(),
        });
        builder.Services.AddHostedService<ReminderScheduler>();
        return builder;
    }
}
