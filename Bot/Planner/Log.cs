using Microsoft.Extensions.Logging;

namespace TeamsBot.Planner;

internal static partial class Log   // event ids 12xx belong to Planner
{
    [LoggerMessage(1201, LogLevel.Information, "Planner sync of team {TeamId}: {Created} created, {Updated} updated, {ReadBack} read back, {Unlinked} unlinked, {Removed} removed")]
    public static partial void Synced(ILogger logger, string teamId, int created, int updated, int readBack, int unlinked, int removed);

    [LoggerMessage(1202, LogLevel.Warning, "Planner refused the bot for team {TeamId} (no Tasks.ReadWrite.All or no consent); the setting says so")]
    public static partial void AccessDenied(ILogger logger, string teamId);

    [LoggerMessage(1203, LogLevel.Warning, "Planner sync of team {TeamId} failed; retried on the next round")]
    public static partial void Failed(ILogger logger, Exception exception, string teamId);

    [LoggerMessage(1204, LogLevel.Information, "A task of item {ItemId} whose create did not answer was found in the plan; linked, not created again")]
    public static partial void FoundAfterRetry(ILogger logger, string itemId);

    [LoggerMessage(1205, LogLevel.Debug, "The task of item {ItemId} changed meanwhile (412); read again, attempt {Attempt}")]
    public static partial void TaskChangedMeanwhile(ILogger logger, string itemId, int attempt);

    [LoggerMessage(1206, LogLevel.Information, "Task {TaskId} belongs to an item that is gone but was changed in Planner; left there, no longer followed")]
    public static partial void LeftInPlanner(ILogger logger, string taskId);

    [LoggerMessage(1207, LogLevel.Warning, "Two syncs of team {TeamId} each created the bot's plan; {Created} is deleted, {Adopted} is the team's plan")]
    public static partial void PlanCreatedTwice(ILogger logger, string teamId, string created, string adopted);

    [LoggerMessage(1208, LogLevel.Information, "The bucket of series {Series} of team {TeamId} is gone from Planner; found or created again")]
    public static partial void BucketGone(ILogger logger, string teamId, string series);
}
