namespace TeamsBot.Teams;

/// <summary>
/// A feature's handler for non-invoke activities (messages, conversation and installation updates). Every handler
/// whose <see cref="Accepts"/> is true runs; register with <c>services.AddActivityHandler&lt;T&gt;()</c>.
/// Keep it quick (the HTTP answer waits for it): queue slow work with <see cref="TurnContext.QueueAsync"/>.
/// </summary>
public interface IActivityHandler
{
    /// <summary>Which activities this feature takes, e.g. messages whose text is a command it knows.</summary>
    bool Accepts(Activity activity);

    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>
/// A feature's handler for invokes; the first one that accepts an invoke answers it, in the HTTP response.
/// Register with <c>services.AddInvokeHandler&lt;T&gt;()</c>.
/// </summary>
public interface IInvokeHandler
{
    /// <summary>Which invokes this feature takes, e.g. <c>adaptiveCard/action</c> with its verbs.</summary>
    bool Accepts(Activity activity);

    Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>
/// Runs slow work queued by a handler (reading an uploaded file...), later, and answers in the conversation.
/// Register with <c>services.AddBackgroundWork&lt;T&gt;()</c>; <see cref="Kind"/> routes the queued items.
/// </summary>
public interface IBackgroundWorkHandler
{
    string Kind { get; }

    Task HandleAsync(BackgroundWorkItem item, CancellationToken cancellationToken);
}
