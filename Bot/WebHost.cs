using Microsoft.Extensions.Options;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Planner;
using TeamsBot.Reminders;
using TeamsBot.Storage;
using TeamsBot.Teams;
using TeamsBot.Teams.Commands;
using TeamsBot.Teams.Intake;
using TeamsBot.Teams.Reminders;
using TeamsBot.Telemetry;
using TeamsBot.Work;

namespace TeamsBot;

/// <summary>The ASP.NET Core host: the table of contents of the running bot.</summary>
internal static class WebHost
{
    /// <summary>
    /// Runs the bot until it is stopped. Settings it cannot start with are written to <paramref name="error"/> (standard
    /// error by default) one line per problem, each naming the setting and its environment variable, and give exit code
    /// <see cref="ExitCodes.BadSettings"/> instead of a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken, TextWriter? error = null)
    {
        try
        {
            await using var app = Build(args);
            // Every setting checked before anything starts, so that a problem is told here and not in a start-up log.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception e) when (SettingsProblems(e) is [_, ..] problems)
        {
            error ??= Console.Error;
            await error.WriteLineAsync(problems.Count == 1 ? "The bot cannot start with these settings:" : $"The bot cannot start with these settings ({problems.Count} problems):");
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("- " + problem);
            }

            return ExitCodes.BadSettings;
        }
    }

    /// <summary>The failures of settings validation that <paramref name="e"/> carries, alone or gathered at start.</summary>
    private static List<string> SettingsProblems(Exception e) => e switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException all => [.. all.InnerExceptions.SelectMany(SettingsProblems)],
        _ => [],
    };

    /// <summary>
    /// The configured app, not yet started (the benchmarks start it on a loopback port; <paramref name="services"/> lets
    /// a benchmark replace what reaches the network, such as the download client's handler).
    /// </summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();                              // Storage/    documents with ETags: file system or Azure Blob; its health check
        builder.AddFollowup();                             // Followup/   meetings, decisions, action items and their lifecycle
        builder.AddTelemetry();                            // Telemetry/  traces and metrics (Application Insights, console), host-only HTTP logs
        builder.AddTeams();                                // Teams/      Bot Connector protocol: inbound auth, dispatch, connector client
        builder.AddWork();                                 // Work/       the durable queue of slow work, shared by every instance
        builder.AddCommands();                             // Teams/Commands/  chat commands ("mijn acties", "help") and the cards' item buttons
        builder.AddGraph(TeamsExtensions.BotCredential);   // Graph/      channel files, team calendar, with the bot's credential
        builder.AddPlanner();                              // Planner/    "Acties ook in Planner": items mirrored to Planner tasks, both ways
        builder.AddIntake();                               // Teams/Intake/    minutes in: uploads, review card, Files-tab sweep
        builder.AddTeamsReminders();                       // Teams/Reminders/ reminders out: cards over the connector, team calendar
        builder.AddReminders();                            // Reminders/  who is pinged when, once, within Teams' rate limits
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseBlankErrorsOutsideDevelopment();
        app.MapHealthChecks("/healthz");                   // 200 "Healthy" while storage answers, 503 "Unhealthy" when not
        app.MapTeams();                                    // POST /api/messages
        return app;
    }

    /// <summary>Outside Development a bug answers 500 with an empty body: no exception page, no stack trace, nothing of the request.</summary>
    private static void UseBlankErrorsOutsideDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => Task.CompletedTask });
        }
    }
}
