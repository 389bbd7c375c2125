using System.Text.Json;

namespace TeamsBot.Teams;

/// <summary>One inbound activity being handled, and the ways to answer it.</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector, IBackgroundWorkQueue queue)
{
    public Activity Activity { get; } = activity;

    /// <summary>The conversation's address; store it to write into the conversation later.</summary>
    public ConversationReference Conversation { get; } = activity.GetConversationReference();

    public ConnectorClient Connector { get; } = connector;

    /// <summary>Whether to answer in Dutch (else English), from the activity's locale.</summary>
    public bool PrefersDutch => Apology.IsDutch(Activity.Locale);

    public Task<ResourceResponse> ReplyAsync(string text, CancellationToken cancellationToken) =>
        ReplyAsync(Replies.Text(Conversation, text), cancellationToken);

    /// <summary>Replies to the inbound activity (in a channel: in its thread).</summary>
    public Task<ResourceResponse> ReplyAsync(Activity reply, CancellationToken cancellationToken) =>
        Connector.ReplyToActivityAsync(Conversation, reply with { ReplyToId = Activity.Id }, cancellationToken);

    /// <summary>Puts slow work on the background queue; its handler answers later in this conversation.</summary>
    public ValueTask QueueAsync(string kind, JsonElement? payload, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(new BackgroundWorkItem(kind, Conversation, payload, Activity.Id), cancellationToken);
}
