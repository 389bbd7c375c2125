namespace TeamsBot.Work;

/// <summary>The durable work queue's log messages (event ids 4012-4019, as when it was part of the Teams layer): ids, kinds and counts.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "The store did not take work {WorkId} ({Kind}, activity {ActivityId}); kept in memory and tried again")]
    public static partial void WorkKeptInMemory(ILogger logger, string workId, string kind, string? activityId);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "The store did not answer ({Error}) for work {WorkId}")]
    public static partial void WorkStoreFailed(ILogger logger, string error, string workId);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Information, Message = "Work {WorkId} held in memory is now stored")]
    public static partial void WorkSaved(ILogger logger, string workId);

    [LoggerMessage(EventId = 4015, Level = LogLevel.Warning, Message = "Background work {Kind} {WorkId} failed on attempt {Attempt}; next attempt in {DelayMs} ms")]
    public static partial void WorkAttemptFailed(ILogger logger, Exception exception, string kind, string workId, int attempt, double delayMs);

    [LoggerMessage(EventId = 4016, Level = LogLevel.Error, Message = "Background work {Kind} {WorkId} given up after {Attempts} attempts; kept under work/dead")]
    public static partial void WorkGaveUp(ILogger logger, string kind, string workId, int attempts);

    [LoggerMessage(EventId = 4017, Level = LogLevel.Information, Message = "Background work {Kind} {WorkId} done on attempt {Attempt}")]
    public static partial void WorkDone(ILogger logger, string kind, string workId, int attempt);

    [LoggerMessage(EventId = 4018, Level = LogLevel.Information, Message = "Found {Count} stored work items to run")]
    public static partial void WorkFound(ILogger logger, int count);

    [LoggerMessage(EventId = 4019, Level = LogLevel.Error, Message = "Stopping with {Count} work items the store never took; they are lost")]
    public static partial void WorkLostAtStop(ILogger logger, int count);
}
