namespace TeamsBot.Teams.Reminders;

/// <summary>The Bot Connector answered 429: nothing was posted; try again after <see cref="RetryAfter"/>.</summary>
public sealed class ConnectorThrottledException : Exception
{
    public ConnectorThrottledException()
    {
    }

    public ConnectorThrottledException(string message)
        : base(message)
    {
    }

    public ConnectorThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorThrottledException(TimeSpan retryAfter)
        : base($"The Bot Connector throttled the send; retry after {retryAfter.TotalSeconds:0.#} s.")
    {
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }
}
