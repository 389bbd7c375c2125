using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace TeamsBot.Telemetry;

/// <summary>Traces and metrics: to Application Insights when a connection string is configured, to the console when asked.</summary>
public static class TelemetryExtensions
{
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BotMetrics>();

        // Every named and typed client, whenever registered: no request addresses in the logs, only hosts.
        builder.Services.AddSingleton<HostOnlyHttpClientLogger>();
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers().AddLogger<HostOnlyHttpClientLogger>());

        var connectionString = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : builder.Configuration["ApplicationInsights:ConnectionString"];
        var console = builder.Configuration.GetValue("Telemetry:Console", defaultValue: false);

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.SourceName);
                tracing.AddProcessor(new UrlRedactingProcessor());   // before every exporter, the Azure Monitor one included
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.MeterName);
                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });

        if (string.IsNullOrEmpty(connectionString))
        {
            // The Azure Monitor distro brings its own ASP.NET Core and HttpClient instrumentation;
            // without it, add them here so that a console or test exporter sees the same spans.
            telemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        }
        else
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = connectionString);
        }

        return builder;
    }
}
