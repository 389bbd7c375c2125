namespace TeamsBot.Followup;

/// <summary>
/// Where and by whom minutes were posted, and their bytes. <see cref="ConversationReference"/> is opaque here
/// (the Teams layer serialises what it needs to post back into the thread).
/// </summary>
public sealed record MinutesUpload(
    string TenantId,
    string TeamId,
    string ChannelId,
    string ConversationReference,
    Actor Uploader,
    string FileName,
    string? Link,
    ReadOnlyMemory<byte> Content);

/// <summary>A member of the team as Teams or Graph lists it.</summary>
public sealed record TeamMember(string Id, string DisplayName, string? Email);

/// <summary>Addresses one item; every part is checked, and a wrong tenant or team finds nothing.</summary>
public sealed record ItemAddress(string TenantId, string TeamId, string MeetingId, string ItemId);

public enum IngestResult
{
    /// <summary>A new meeting.</summary>
    Created,

    /// <summary>A changed file of a known meeting: the meeting was updated, items still present kept their state.</summary>
    Updated,

    /// <summary>The same bytes again: nothing was changed.</summary>
    Unchanged,
}

public sealed record IngestOutcome(Meeting Meeting, IngestResult Result);

/// <summary>An item together with the meeting it belongs to, as a change returns it (for refreshing a card).</summary>
public sealed record MeetingItem(Meeting Meeting, ActionItem Item);

/// <summary>A changed text and/or due date; null leaves a field as it is, <see cref="ClearDue"/> removes the due date.</summary>
public sealed record ItemEdit(string? Text = null, DateOnly? Due = null, bool ClearDue = false);

/// <summary>An open item as the lists show it, with enough of its meeting to say where it came from.</summary>
public sealed record OpenItem(
    string TeamId,
    string ChannelId,
    string MeetingId,
    string MeetingTitle,
    DateOnly? MeetingDate,
    string ItemId,
    string Text,
    IReadOnlyList<Owner> Owners,
    DateOnly? Due,
    DateTimeOffset? SnoozedUntil);

/// <summary>A decision found by a search, with its meeting.</summary>
public sealed record DecisionHit(string MeetingId, string MeetingTitle, DateOnly? MeetingDate, Decision Decision);

/// <summary>
/// How a team wants the bot to behave. Stored per team, beside its meetings. <see cref="Cadence"/> is the rhythm as
/// the team wrote it ("elke 4 weken op woensdag 13:30"); <see cref="NextMeetingAt"/> a one-off next meeting, local
/// wall-clock time in <see cref="TimeZone"/> (both set with the "volgende vergadering" / "next meeting" command).
/// </summary>
public sealed record TeamSettings(
    bool ReviewFirst = true,
    int ReminderLeadDays = 2,
    string TimeZone = "Europe/Amsterdam",
    string Language = "nl",
    string? Cadence = null,
    DateTime? NextMeetingAt = null);
