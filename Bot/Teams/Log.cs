namespace TeamsBot.Teams;

/// <summary>The Teams layer's log messages: ids, kinds and counts; never message text, names or addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Bot Framework token rejected: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Activity {ActivityId} rejected with {Status}: {Reason}")]
    public static partial void ActivityRejected(ILogger logger, string? activityId, int status, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Request to /api/messages refused with {Status}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Activity {ActivityId} ({Type}) is a re-send; already handled")]
    public static partial void DuplicateActivity(ILogger logger, string? activityId, string? type);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Handler {Handler} failed on {Type} activity {ActivityId}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string? type, string? activityId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "No invoke handler takes '{Name}' (activity {ActivityId})")]
    public static partial void InvokeWithoutHandler(ILogger logger, string? name, string? activityId);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Could not send the apology for activity {ActivityId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Error, Message = "Background work {Kind} for activity {ActivityId} failed")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception, string kind, string? activityId);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Error, Message = "No background work handler for kind {Kind} (activity {ActivityId})")]
    public static partial void BackgroundWorkWithoutHandler(ILogger logger, string kind, string? activityId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Connector answered {Status} to {Method}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ConnectorRetry(ILogger logger, int status, string method, int attempt, double delayMs);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Bot:Authentication=None: /api/messages accepts unsigned requests from loopback only (local mode, Development)")]
    public static partial void LocalModeEnabled(ILogger logger);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning, Message = "The store did not answer ({Error}) for the de-duplication of activity {ActivityId}; this instance's memory decides")]
    public static partial void DeduplicationStoreFailed(ILogger logger, string error, string? activityId);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "Team roster fetched: {Count} members")]
    public static partial void RosterFetched(ILogger logger, int count);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "Team roster not available from the connector ({Status})")]
    public static partial void RosterUnavailable(ILogger logger, int status);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Warning, Message = "Handler {Handler} needed the store for {Type} activity {ActivityId} while it did not answer ({Reason}); told the user to try again shortly")]
    public static partial void AnsweredWithoutStore(ILogger logger, string handler, string? type, string? activityId, string reason);
}
