namespace TeamsBot.Followup;

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
