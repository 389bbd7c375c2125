using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>
/// The storage layout. Tenant, team and user ids are hashed into segments (<see cref="TenantKeys"/>); meeting ids are
/// used as segments only after <see cref="FollowupIds.IsValid"/> accepted them.
/// <code>
/// tenants/{tenant}/teams/{team}/catalogue          the team's meetings: identity data for recognising uploads
/// tenants/{tenant}/teams/{team}/settings           TeamSettings
/// tenants/{tenant}/teams/{team}/roster             TeamRoster (Installations)
/// tenants/{tenant}/teams/{team}/meetings/{id}      Meeting
/// tenants/{tenant}/teams/{team}/minutes/{id}/{sha} the original bytes of each file of the meeting
/// tenants/{tenant}/users/{user}/open-items         the user's open items, by meeting (the "my items" index)
/// tenants/{tenant}/users/{user}/chat               PersonalChat (Installations)
/// tenants/{tenant}/installations                   the tenant's teams with the bot (Installations)
/// tenants/{tenant}/claims/{name}                   ClaimRegistry
/// registry/tenants                                 the ids of the tenants with the bot installed
/// </code>
/// </summary>
internal static class FollowupKeys
{
    public static StorageKey Team(string tenantId, string teamId)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        return TenantKeys.Tenant(tenantId).Child("teams", TenantKeys.Hash("team", tenantId, teamId));
    }

    public static StorageKey Catalogue(string tenantId, string teamId) => Team(tenantId, teamId).Child("catalogue");

    public static StorageKey Settings(string tenantId, string teamId) => Team(tenantId, teamId).Child("settings");

    public static StorageKey Meetings(string tenantId, string teamId) => Team(tenantId, teamId).Child("meetings");

    public static StorageKey Meeting(string tenantId, string teamId, string meetingId) =>
        Meetings(tenantId, teamId).Child(ValidId(meetingId));

    public static StorageKey MinutesFolder(string tenantId, string teamId, string meetingId) =>
        Team(tenantId, teamId).Child("minutes", ValidId(meetingId));

    public static StorageKey Minutes(string tenantId, string teamId, string meetingId, string contentHash) =>
        MinutesFolder(tenantId, teamId, meetingId).Child(contentHash);

    public static StorageKey UserIndex(string tenantId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return TenantKeys.Tenant(tenantId).Child("users", TenantKeys.Hash("user", tenantId, userId), "open-items");
    }

    private static string ValidId(string id) =>
        FollowupIds.IsValid(id) ? id : throw new ArgumentException("Not a meeting id.", nameof(id));
}
