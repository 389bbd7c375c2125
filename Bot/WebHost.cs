using TeamsBot.Followup;
using TeamsBot.Storage;

namespace TeamsBot;

/// <summary>The ASP.NET Core host: the table of contents of the running bot.</summary>
internal static class WebHost
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();
        builder.AddFollowup();
        Telemetry.TelemetryExtensions.AddTelemetry(builder);

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
