using System.Text.Json;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// The opaque <c>Meeting.ConversationReference</c>: the Teams <see cref="ConversationReference"/> as JSON. In a channel
/// the conversation id is the channel's with <c>;messageid=&lt;root id&gt;</c>, so that a card posted later with
/// <c>POST v3/conversations/{id}/activities</c> lands in the thread of the upload; in a personal chat it is the chat.
/// </summary>
public static class ThreadReference
{
    private const string MessageIdMarker = ";messageid=";

    /// <summary>The thread of <paramref name="activity"/>: its own root (a reply) or the activity itself (a new post).</summary>
    public static ConversationReference Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Of(activity.GetConversationReference());
    }

    /// <summary>The thread of the activity a queued item answers (see <see cref="Of(Activity)"/>).</summary>
    public static ConversationReference Of(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation is not { ConversationType: "channel", Id: { } id })
        {
            return reference;
        }

        var root = RootMessageId(id) ?? reference.ActivityId;
        var thread = root is null ? ChannelOf(id) : ChannelOf(id) + MessageIdMarker + root;
        return reference with { Conversation = reference.Conversation with { Id = thread } };
    }

    /// <summary>A new thread's address in a channel (the Files-tab sweep posts a new message, not a reply).</summary>
    public static ConversationReference Channel(string serviceUrl, string channelId, string tenantId, ChannelAccount? bot, string? locale) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Bot = bot,
        Locale = locale,
        Conversation = new ConversationAccount { Id = channelId, ConversationType = "channel", IsGroup = true, TenantId = tenantId },
    };

    /// <summary>The root post's id in a threaded conversation id, or null.</summary>
    public static string? RootMessageId(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : conversationId[(at + MessageIdMarker.Length)..];
    }

    /// <summary>The channel's own conversation id, without a thread suffix.</summary>
    public static string ChannelOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? conversationId : conversationId[..at];
    }

    public static string Serialize(ConversationReference reference) => JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference);

    public static ConversationReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, TeamsJsonContext.Default.ConversationReference);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
