namespace TeamsBot.Teams;

/// <summary>
/// Runs one queued item with the handler of its kind. Independent of the transport: the durable queue's consumer calls
/// <see cref="RunAsync"/>, which lets a failure through so that the item is retried; <see cref="ProcessAsync"/> is the
/// one-shot variant that logs a failure and answers it with one apology in the conversation.
/// </summary>
public sealed class BackgroundWorkProcessor(IEnumerable<IBackgroundWorkHandler> handlers, ConnectorClient connector, ILogger<BackgroundWorkProcessor> logger)
{
    private readonly Dictionary<string, IBackgroundWorkHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    public async Task ProcessAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await RunAsync(item, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.BackgroundWorkFailed(logger, LoggedException.Of(ex), item.Kind, item.ActivityId);
            await ApologizeAsync(item, cancellationToken);
        }
    }

    /// <summary>Runs the item; an item of no known kind is logged and counts as done (retrying cannot help it).</summary>
    public Task RunAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            Log.BackgroundWorkWithoutHandler(logger, item.Kind, item.ActivityId);
            return Task.CompletedTask;
        }

        return handler.HandleAsync(item, cancellationToken);
    }

    /// <summary>The one message a user gets for work the bot gave up on.</summary>
    public Task ApologizeAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Apology.TrySendAsync(connector, item.Conversation, logger, cancellationToken);
    }
}
