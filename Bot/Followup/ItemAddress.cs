namespace TeamsBot.Followup;

/// <summary>Addresses one item; every part is checked, and a wrong tenant or team finds nothing.</summary>
public sealed record ItemAddress(string TenantId, string TeamId, string MeetingId, string ItemId);
