using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>
/// A Bot Framework activity as Teams sends and receives it. Only the fields a meeting bot reads are typed;
/// every other field lands in <see cref="Extra"/> so an activity survives a round trip unchanged.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? Text { get; init; }

    public string? Locale { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>The payload of an invoke or an <c>Action.Submit</c>; read it with <see cref="ActivityValues"/>.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>On <c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The tenant of the conversation: the conversation's own, else the one in the Teams channel data.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    /// <summary>The address of this activity's conversation, for replies now and proactive messages later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>The text without the <c>&lt;at&gt;</c> markup of mentions of the recipient (the bot).</summary>
    public string TextWithoutBotMention()
    {
        var text = Text ?? string.Empty;
        foreach (var entity in Entities ?? [])
        {
            if (entity.IsMention && entity.Text is { Length: > 0 } markup && entity.Mentioned?.Id == Recipient?.Id)
            {
                text = text.Replace(markup, string.Empty, StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }
}
