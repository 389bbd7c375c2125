using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Sends a card privately to a user: into their personal chat with the bot when it is known, else into a 1:1
/// conversation opened with <c>POST v3/conversations</c> (works when the app is installed for them or in their team).
/// </summary>
public sealed class ReviewDelivery(ConnectorClient connector, Installations installations)
{
    public async Task SendPrivatelyAsync(ConversationReference origin, string tenantId, string userId, string? teamsUserId, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(message);
        if (await installations.GetPersonalChatAsync(tenantId, userId, cancellationToken) is { } chat
            && Uri.TryCreate(chat.ServiceUrl, UriKind.Absolute, out var chatService))
        {
            await connector.SendToConversationAsync(chatService, chat.ConversationId, Addressed(message, chat.ConversationId), cancellationToken);
            return;
        }

        var serviceUrl = new Uri(origin.ServiceUrl ?? throw new ArgumentException("The conversation has no serviceUrl.", nameof(origin)));
        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = origin.Bot,
            Members = [new ChannelAccount { Id = teamsUserId ?? userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        }, cancellationToken);
        var conversationId = created.Id ?? throw new InvalidOperationException("The connector opened no conversation for the review.");
        await connector.SendToConversationAsync(serviceUrl, conversationId, Addressed(message, conversationId), cancellationToken);
    }

    private static Activity Addressed(Activity message, string conversationId) =>
        message with { Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" }, Recipient = null, ReplyToId = null };
}
