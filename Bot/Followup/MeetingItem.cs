namespace TeamsBot.Followup;

/// <summary>An item together with the meeting it belongs to, as a change returns it (for refreshing a card).</summary>
public sealed record MeetingItem(Meeting Meeting, ActionItem Item);
