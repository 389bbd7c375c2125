namespace TeamsBot.Followup;

/// <summary>A decision found by a search, with its meeting.</summary>
public sealed record DecisionHit(string MeetingId, string MeetingTitle, DateOnly? MeetingDate, Decision Decision);
