using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>The id the connector gives a sent activity; null when the service answered 202 without a body.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The body of <c>POST v3/conversations</c>: a proactive 1:1 chat or a new channel thread.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public Activity? Activity { get; init; }
}

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>One page of a conversation's or team's roster.</summary>
public sealed record PagedMembersResult(IReadOnlyList<ChannelAccount> Members, string? ContinuationToken);

/// <summary><c>GET v3/teams/{teamId}</c>: the team's name and its Graph (Entra group) id.</summary>
public sealed record TeamDetails
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }

    public int? ChannelCount { get; init; }

    public int? MemberCount { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The error body the connector sends: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ConnectorErrorResponse(ConnectorError? Error);

public sealed record ConnectorError(string? Code, string? Message);
