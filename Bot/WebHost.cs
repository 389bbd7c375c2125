using TeamsBot.Teams;

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

    /// <summary>The configured app, not yet started (the benchmark starts it on a loopback port).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTeams();

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapTeams();
        return app;
    }
}
