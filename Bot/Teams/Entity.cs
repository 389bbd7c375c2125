using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>
/// An entity of an activity: a <c>mention</c> (<see cref="Text"/> is the <c>&lt;at&gt;</c> markup in the message text),
/// <c>clientInfo</c>, or a type this bot does not know, kept whole in <see cref="Extra"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public string? Platform { get; init; }

    public string? Timezone { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase);

    /// <summary>A mention of <paramref name="account"/>; put <c>Text</c> verbatim in the message text.</summary>
    public static Entity Mention(ChannelAccount account) => new()
    {
        Type = "mention",
        Mentioned = account,
        Text = $"<at>{System.Security.SecurityElement.Escape(account.Name ?? account.Id ?? string.Empty)}</at>",
    };
}
