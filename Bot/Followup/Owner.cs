namespace TeamsBot.Followup;

public enum OwnerKind
{
    /// <summary>A member of the team: <see cref="Owner.MemberId"/> is the AAD object id.</summary>
    Member,

    /// <summary>A group or body ("de werkgroep", "Finance"): nobody in particular is pinged.</summary>
    Group,

    /// <summary>A person the minutes name but who fits no team member (or fits several).</summary>
    Unresolved,
}

/// <summary>Who must do an item: a team member, a group, or a name the bot could not link to a member.</summary>
public sealed record Owner(OwnerKind Kind, string Name, string? MemberId = null)
{
    public static Owner Member(string memberId, string displayName) => new(OwnerKind.Member, displayName, memberId);

    public static Owner Group(string name) => new(OwnerKind.Group, name);

    public static Owner Unresolved(string name) => new(OwnerKind.Unresolved, name);
}
