namespace TeamsBot.Followup;

/// <summary>A member of the team as Teams or Graph lists it.</summary>
public sealed record TeamMember(string Id, string DisplayName, string? Email);
