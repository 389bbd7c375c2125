using System.Text.Json;
using TeamsBot.Texts;

namespace TeamsBot.Teams;

/// <summary>One inbound activity being handled, and the ways to answer it.</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector, IBackgroundWorkQueue queue)
{
    public Activity Activity { get; } = activity;

    /// <summary>The conversation's address; store it to write into the conversation later.</summary>
    public ConversationReference Conversation { get; } = activity.GetConversationReference();

    public ConnectorClient Connector { get; } = connector;

    /// <summary>
    /// The answer's language as far as it is known without the store: the language of the user's words, else the
    /// client's locale. A team's conversation that reads the team's settings uses <see cref="TurnLanguage.Of"/> with them.
    /// </summary>
    public Language Language => TurnLanguage.Of(null, Activity.TextWithoutBotMention(), Activity.Locale);

    public Task<ResourceResponse> ReplyAsync(string text, CancellationToken cancellationToken) =>
        ReplyAsync(Replies.Text(Conversation, text), cancellationToken);

    /// <summary>Replies to the inbound activity (in a channel: in its thread).</summary>
    public Task<ResourceResponse> ReplyAsync(Activity reply, CancellationToken cancellationToken) =>
        Connector.ReplyToActivityAsync(Conversation, reply with { ReplyToId = Activity.Id }, cancellationToken);

    /// <summary>Puts slow work on the background queue; its handler answers later in this conversation.</summary>
    public ValueTask QueueAsync(string kind, JsonElement? payload, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(new BackgroundWorkItem(kind, Conversation, payload, Activity.Id), cancellationToken);
}
