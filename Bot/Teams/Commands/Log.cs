namespace TeamsBot.Teams.Commands;

/// <summary>The commands' log messages: kinds, ids and counts; never message text or names.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Command {Command} in activity {ActivityId}")]
    public static partial void CommandReceived(ILogger logger, CommandKind command, string? activityId);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Information, Message = "Card action {Verb} on meeting {MeetingId}: {Outcome}")]
    public static partial void CardActionHandled(ILogger logger, string verb, string? meetingId, string outcome);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Warning, Message = "Card action refused in activity {ActivityId}: {Reason}")]
    public static partial void CardActionRefused(ILogger logger, string? activityId, string reason);

    [LoggerMessage(EventId = 4704, Level = LogLevel.Warning, Message = "Command {Command} in activity {ActivityId} needed the store while it did not answer ({Reason}); told the user to try again shortly")]
    public static partial void CommandWithoutStore(ILogger logger, CommandKind command, string? activityId, string reason);
}
