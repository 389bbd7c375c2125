namespace TeamsBot.Followup;

/// <summary>
/// One meeting as the bot remembers it: where its minutes were posted, what they say, and the state of every item.
/// <see cref="Revision"/> grows by one with every stored change, so that indexes can tell a newer state from an older.
/// A <see cref="Draft"/> waits for the minute-taker's review: only her review card shows it, until she publishes it.
/// </summary>
public sealed record Meeting(
    string Id,
    string TenantId,
    string TeamId,
    string ChannelId,
    string ConversationReference,
    string Title,
    DateOnly? Date,
    string Language,
    IReadOnlyList<Attendee> Attendees,
    SourceFile Source,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<ActionItem> Items,
    DateOnly? NextMeeting,
    Actor Uploader,
    DateTimeOffset UploadedAt,
    DateTimeOffset UpdatedAt,
    long Revision)
{
    /// <summary>Not yet published: no list, search, reminder or index of the team sees it. Stored meetings without it are published.</summary>
    public bool Draft { get; init; }

    /// <summary>When the next meeting starts, where the minutes give a time with <see cref="NextMeeting"/>.</summary>
    public TimeOnly? NextMeetingTime { get; init; }

    /// <summary>Where the team's summary card of these minutes was posted: a new version replaces that card.</summary>
    public SummaryPost? Summary { get; init; }

    /// <summary>
    /// What these minutes say of the open items of earlier meetings of the series, proposed in review and applied when
    /// they are published.
    /// </summary>
    public IReadOnlyList<FollowupProposal> Followups { get; init; } = [];

    /// <summary>How many open items of the earlier meetings of the series these minutes do not speak of.</summary>
    public int FollowupsUnmentioned { get; init; }
}

/// <summary>A posted summary card: the conversation (a channel thread or a chat) and the activity id Teams gave it.</summary>
public sealed record SummaryPost(string ServiceUrl, string ConversationId, string ActivityId);

/// <summary>The file the minutes came from; <see cref="ContentHash"/> is the SHA-256 of its bytes (hex).</summary>
public sealed record SourceFile(string Name, string? Link, string ContentHash, long Length);

/// <summary>A person the minutes list as present, linked to a team member when the name fits exactly one.</summary>
public sealed record Attendee(string Name, string? Organization, string? MemberId);

/// <summary>Something the meeting settled, with the sentence of the minutes it rests on.</summary>
public sealed record Decision(string Id, string Text, string Quote, string? Section);

/// <summary>Who did something: the AAD object id and the display name at the time.</summary>
public sealed record Actor(string UserId, string Name);
