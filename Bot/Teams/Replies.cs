namespace TeamsBot.Teams;

/// <summary>Outgoing message activities addressed to a conversation.</summary>
public static class Replies
{
    /// <summary>A text message into the conversation of <paramref name="conversation"/>, from the bot to the user.</summary>
    public static Activity Text(ConversationReference conversation, string text) => Message(conversation) with { Text = text, TextFormat = "plain" };

    /// <summary>An empty message into the conversation (add text, attachments or entities with <c>with</c>).</summary>
    public static Activity Message(ConversationReference conversation) => new()
    {
        Type = ActivityTypes.Message,
        From = conversation.Bot,
        Recipient = conversation.User,
        Conversation = conversation.Conversation,
        ChannelId = conversation.ChannelId,
        ServiceUrl = conversation.ServiceUrl,
        Locale = conversation.Locale,
    };
}
