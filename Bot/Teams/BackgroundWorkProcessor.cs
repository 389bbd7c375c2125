namespace TeamsBot.Teams;

/// <summary>
/// Runs one queued item with the handler of its kind; a failure is logged and answered with one apology in the
/// conversation. Independent of the transport, so a durable queue's consumer can call it too.
/// </summary>
public sealed class BackgroundWorkProcessor(IEnumerable<IBackgroundWorkHandler> handlers, ConnectorClient connector, ILogger<BackgroundWorkProcessor> logger)
{
    private readonly Dictionary<string, IBackgroundWorkHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    public async Task ProcessAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            Log.BackgroundWorkWithoutHandler(logger, item.Kind, item.ActivityId);
            return;
        }

        try
        {
            await handler.HandleAsync(item, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.BackgroundWorkFailed(logger, ex, item.Kind, item.ActivityId);
            await Apology.TrySendAsync(connector, item.Conversation, logger, cancellationToken);
        }
    }
}
