using TeamsBot.Followup;
using TeamsBot.Graph;
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
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = Build(args);
        await app.RunAsync(cancellationToken);
        return 0;
    }

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
        builder.AddStorage();
        builder.AddFollowup();
        builder.AddTelemetry();
        builder.AddTeams();
        builder.AddWork();
        builder.AddCommands();
        builder.AddGraph(TeamsExtensions.BotCredential);
        builder.AddIntake();
        builder.AddTeamsReminders();
        builder.AddReminders();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            // A bug answers 500 with an empty body: no exception page, no stack trace, nothing of the request.
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => Task.CompletedTask });
        }

        // 200 "Healthy" while storage answers, 503 "Unhealthy" when it does not (the platform's health probe).
        app.MapHealthChecks("/healthz");
        app.MapTeams();
        return app;
    }
}
