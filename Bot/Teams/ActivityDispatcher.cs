using TeamsBot.Storage;

namespace TeamsBot.Teams;

/// <summary>
/// Hands an activity to the features that take it: an invoke to the first invoke handler that accepts it, any
/// other activity to every activity handler that accepts it, and to the built-in greeting/help when none does.
/// A handler's exception is logged with the activity id and answered with one apology, never a 500; a handler that
/// needed the store while it did not answer (<see cref="StorageUnavailableException"/>) gets the short storage line instead.
/// </summary>
public sealed class ActivityDispatcher(
    IEnumerable<IActivityHandler> activityHandlers,
    IEnumerable<IInvokeHandler> invokeHandlers,
    WelcomeAndHelpHandler builtIn,
    ConnectorClient connector,
    IBackgroundWorkQueue queue,
    ILogger<ActivityDispatcher> logger)
{
    private readonly IActivityHandler[] _activityHandlers = [.. activityHandlers];
    private readonly IInvokeHandler[] _invokeHandlers = [.. invokeHandlers];

    /// <summary>The invoke response for an invoke; null for every other activity (answered 200 with no body).</summary>
    public async Task<InvokeResponse?> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, connector, queue);
        return activity.Type == ActivityTypes.Invoke
            ? await InvokeAsync(turn, cancellationToken)
            : await HandleAsync(turn, cancellationToken);
    }

    private async Task<InvokeResponse> InvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var handler = Array.Find(_invokeHandlers, h => h.Accepts(turn.Activity));
        if (handler is null)
        {
            Log.InvokeWithoutHandler(logger, turn.Activity.Name, turn.Activity.Id);
            return new InvokeResponse(501, null);
        }

        try
        {
            return await handler.HandleAsync(turn, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            Log.AnsweredWithoutStore(logger, handler.GetType().Name, turn.Activity.Type, turn.Activity.Id, ex.Message);
            return InvokeResponse.Message(turn.Language.Texts.Replies.StorageBusy);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, LoggedException.Of(ex), handler.GetType().Name, turn.Activity.Type, turn.Activity.Id);
            return InvokeResponse.Message(turn.Language.Texts.Replies.Apology);
        }
    }

    private async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var handled = false;
        foreach (var handler in _activityHandlers)
        {
            if (handler.Accepts(turn.Activity))
            {
                handled = true;
                if (!await TryHandleAsync(handler, turn, cancellationToken))
                {
                    return null;
                }
            }
        }

        if (!handled && builtIn.Accepts(turn.Activity))
        {
            await TryHandleAsync(builtIn, turn, cancellationToken);
        }

        return null;
    }

    private async Task<bool> TryHandleAsync(IActivityHandler handler, TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleAsync(turn, cancellationToken);
            return true;
        }
        catch (StorageUnavailableException ex)
        {
            Log.AnsweredWithoutStore(logger, handler.GetType().Name, turn.Activity.Type, turn.Activity.Id, ex.Message);
            await Apology.TrySendAsync(connector, turn.Conversation, turn.Language.Texts.Replies.StorageBusy, logger, cancellationToken);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, LoggedException.Of(ex), handler.GetType().Name, turn.Activity.Type, turn.Activity.Id);
            await Apology.TrySendAsync(connector, turn.Conversation, turn.Language.Texts.Replies.Apology, logger, cancellationToken);
            return false;
        }
    }
}
