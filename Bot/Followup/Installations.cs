using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>A team the bot is installed in, and where to post to it (Bot Framework ids; the Graph group id when known).</summary>
public sealed record TeamInstallation(
    string TenantId,
    string TeamId,
    string? GroupId,
    string? Name,
    string ServiceUrl,
    string ChannelId,
    DateTimeOffset InstalledAt);

/// <summary>A user's personal chat with the bot: what proactive messages (reminders) need, and the user's own time zone.</summary>
public sealed record PersonalChat(
    string TenantId,
    string UserId,
    string ConversationId,
    string ServiceUrl,
    string? TimeZone,
    string? Locale,
    DateTimeOffset UpdatedAt);

/// <summary>A member of a team as the connector lists it: the Entra object id (the domain's user id) and the Teams id.</summary>
public sealed record RosterMember(string UserId, string TeamsId, string Name, string? Email)
{
    public TeamMember AsTeamMember() => new(UserId, Name, Email);
}

/// <summary>A team's members as last fetched, so that owners resolve without asking Teams on every upload.</summary>
public sealed record TeamRoster(IReadOnlyList<RosterMember> Members, DateTimeOffset RefreshedAt);

internal sealed record TenantInstallations(IReadOnlyList<TeamInstallation> Teams);

internal sealed record InstalledTenants(IReadOnlyList<string> TenantIds);

/// <summary>
/// Where the bot is installed and how to reach people: the teams (for reminders and carry-over posts), each user's
/// personal chat (for reminders), and each team's roster (for linking owners). Kept beside the follow-up data, per
/// tenant; the one cross-tenant document lists only tenant ids, so that the reminder round can find every team.
/// </summary>
public sealed class Installations(IDocumentStore store)
{
    private static readonly StorageKey TenantList = StorageKey.Of("registry", "tenants");

    public async Task RecordTeamAsync(TeamInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await store.UpdateAsync(TenantList, FollowupJson.Default.InstalledTenants, current =>
            current?.TenantIds.Contains(installation.TenantId) == true ? null : new InstalledTenants([.. current?.TenantIds ?? [], installation.TenantId]),
            cancellationToken);
        await store.UpdateAsync(TeamsKey(installation.TenantId), FollowupJson.Default.TenantInstallations, current =>
        {
            var others = current?.Teams.Where(t => t.TeamId != installation.TeamId) ?? [];
            var known = current?.Teams.FirstOrDefault(t => t.TeamId == installation.TeamId);
            var merged = known is null ? installation : installation with
            {
                GroupId = installation.GroupId ?? known.GroupId,
                Name = installation.Name ?? known.Name,
                InstalledAt = known.InstalledAt,
            };
            return known == merged ? null : new TenantInstallations([.. others, merged]);
        }, cancellationToken);
    }

    /// <summary>Forgets the installation (the bot was removed from the team); true when it was known.</summary>
    public async Task<bool> RemoveTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var removed = false;
        await store.UpdateAsync(TeamsKey(tenantId), FollowupJson.Default.TenantInstallations, current =>
        {
            removed = current?.Teams.Any(t => t.TeamId == teamId) == true;
            return removed ? new TenantInstallations([.. current!.Teams.Where(t => t.TeamId != teamId)]) : null;
        }, cancellationToken);
        await store.DeleteAsync(RosterKey(tenantId, teamId), cancellationToken);
        return removed;
    }

    /// <summary>Drops the tenant from the registry of installed tenants (a tenant asked to be forgotten).</summary>
    public Task ForgetTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        store.UpdateAsync(TenantList, FollowupJson.Default.InstalledTenants, current =>
            current?.TenantIds.Contains(tenantId) == true ? new InstalledTenants([.. current.TenantIds.Where(t => t != tenantId)]) : null,
            cancellationToken);

    public async Task<TeamInstallation?> GetTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        (await store.ReadAsync(TeamsKey(tenantId), FollowupJson.Default.TenantInstallations, cancellationToken))?.Teams
            .FirstOrDefault(t => t.TeamId == teamId);

    /// <summary>The teams of one tenant the bot is installed in.</summary>
    public async Task<IReadOnlyList<TeamInstallation>> ListTeamsAsync(string tenantId, CancellationToken cancellationToken) =>
        (await store.ReadAsync(TeamsKey(tenantId), FollowupJson.Default.TenantInstallations, cancellationToken))?.Teams ?? [];

    /// <summary>Every team the bot is installed in, across tenants (for the reminder round).</summary>
    public async Task<IReadOnlyList<TeamInstallation>> ListTeamsAsync(CancellationToken cancellationToken)
    {
        var tenants = await store.ReadAsync(TenantList, FollowupJson.Default.InstalledTenants, cancellationToken);
        var teams = new List<TeamInstallation>();
        foreach (var tenantId in tenants?.TenantIds ?? [])
        {
            var installed = await store.ReadAsync(TeamsKey(tenantId), FollowupJson.Default.TenantInstallations, cancellationToken);
            teams.AddRange(installed?.Teams ?? []);
        }

        return teams;
    }

    public Task RecordPersonalChatAsync(PersonalChat chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return store.UpdateAsync(ChatKey(chat.TenantId, chat.UserId), FollowupJson.Default.PersonalChat, current =>
            current is not null && current with { UpdatedAt = chat.UpdatedAt } == chat ? null : chat with
            {
                TimeZone = chat.TimeZone ?? current?.TimeZone,
                Locale = chat.Locale ?? current?.Locale,
            }, cancellationToken);
    }

    /// <summary>The user's personal chat with the bot, or null when the bot is not installed for them (yet).</summary>
    public Task<PersonalChat?> GetPersonalChatAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        store.ReadAsync(ChatKey(tenantId, userId), FollowupJson.Default.PersonalChat, cancellationToken);

    public Task SaveRosterAsync(string tenantId, string teamId, TeamRoster roster, CancellationToken cancellationToken) =>
        store.UpdateAsync(RosterKey(tenantId, teamId), FollowupJson.Default.TeamRoster, _ => roster, cancellationToken);

    public Task<TeamRoster?> GetRosterAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        store.ReadAsync(RosterKey(tenantId, teamId), FollowupJson.Default.TeamRoster, cancellationToken);

    private static StorageKey TeamsKey(string tenantId) => TenantKeys.Tenant(tenantId).Child("installations");

    private static StorageKey ChatKey(string tenantId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return TenantKeys.Tenant(tenantId).Child("users", TenantKeys.Hash("user", tenantId, userId), "chat");
    }

    private static StorageKey RosterKey(string tenantId, string teamId) => FollowupKeys.Team(tenantId, teamId).Child("roster");
}
