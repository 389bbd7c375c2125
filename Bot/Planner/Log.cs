using Microsoft.Extensions.Logging;

namespace TeamsBot.Planner;

internal static partial class Log   // event ids 12xx belong to Planner
{
    [LoggerMessage(1201, LogLevel.Information, "Planner sync of team {TeamId}: {Created} created, {Updated} updated, {ReadBack} read back, {Unlinked} unlinked")]
    public static partial void Synced(ILogger logger, string teamId, int created, int updated, int readBack, int unlinked);

    [LoggerMessage(1202, LogLevel.Warning, "Planner refused the bot for team {TeamId} (no Tasks.ReadWrite.All or no consent); the setting says so")]
    public static partial void AccessDenied(ILogger logger, string teamId);

    [LoggerMessage(1203, LogLevel.Warning, "Planner sync of team {TeamId} failed; retried on the next round")]
    public static partial void Failed(ILogger logger, Exception exception, string teamId);

    [LoggerMessage(1204, LogLevel.Information, "A task of item {ItemId} whose create did not answer was found in the plan; linked, not created again")]
    public static partial void FoundAfterRetry(ILogger logger, string itemId);

    [LoggerMessage(1205, LogLevel.Debug, "The task of item {ItemId} changed meanwhile (412); read again, attempt {Attempt}")]
    public static partial void TaskChangedMeanwhile(ILogger logger, string itemId, int attempt);
}
