using System.Diagnostics;

namespace TeamsBot.Telemetry;

/// <summary>The names of the bot's own trace source and meter, and the source its spans start from.</summary>
public static class BotTelemetry
{
    public const string SourceName = "TeamsBot";

    public const string MeterName = "TeamsBot";

    /// <summary>Spans for the bot's own work (reading minutes, sending cards, reminders); ids and counts only as tags.</summary>
    public static ActivitySource Source { get; } = new(SourceName);
}
