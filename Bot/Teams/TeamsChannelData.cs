using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>The Teams <c>channelData</c>: tenant, team and channel, and the kind of membership event.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }

    public TeamInfo? Team { get; init; }

    public ChannelInfo? Channel { get; init; }

    /// <summary>On <c>conversationUpdate</c>: <c>teamMemberAdded</c>, <c>channelCreated</c>, ...</summary>
    public string? EventType { get; init; }

    public TeamsChannelDataSettings? Settings { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record TenantInfo
{
    public string? Id { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A team: <see cref="Id"/> is the Bot API id (<c>19:...@thread.tacv2</c>), <see cref="AadGroupId"/> the Graph id.</summary>
public sealed record TeamInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record ChannelInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
