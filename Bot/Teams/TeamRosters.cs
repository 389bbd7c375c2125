using TeamsBot.Followup;

namespace TeamsBot.Teams;

/// <summary>
/// A team's members, from the connector's paged roster, kept in <see cref="Installations"/>: for owner matching, the
/// member picker and access checks. Fetched when none is stored, on membership events, and again when someone is
/// missing from a roster older than a few minutes (a new member should not wait for the next membership event).
/// </summary>
public sealed class TeamRosters(Installations installations, TimeProvider time, ILogger<TeamRosters> logger)
{
    private const int PageSize = 500;
    private const int MaxPages = 200;
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(5);

    public Installations Installations => installations;

    /// <summary>Fetches every page of the team's members and stores them (people with an Entra id only); connector errors go to the caller.</summary>
    public async Task<TeamRoster> RefreshAsync(ConnectorClient connector, Uri serviceUrl, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var members = new List<RosterMember>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
            members.AddRange(page.Members
                .Where(m => !string.IsNullOrEmpty(m.AadObjectId))
                .Select(m => new RosterMember(m.AadObjectId!, m.Id ?? string.Empty, m.Name ?? m.GivenName ?? m.Email ?? m.Id ?? string.Empty, m.Email ?? m.UserPrincipalName)));
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation) && ++pages < MaxPages);

        var roster = new TeamRoster(members, time.GetUtcNow());
        await installations.SaveRosterAsync(tenantId, teamId, roster, cancellationToken);
        Log.RosterFetched(logger, members.Count);
        return roster;
    }

    /// <summary>The stored roster, fetched first when there is none yet; connector errors go to the caller.</summary>
    public async Task<TeamRoster> GetAsync(ConnectorClient connector, Uri serviceUrl, string tenantId, string teamId, CancellationToken cancellationToken) =>
        await installations.GetRosterAsync(tenantId, teamId, cancellationToken)
        ?? await RefreshAsync(connector, serviceUrl, tenantId, teamId, cancellationToken);

    /// <summary>The stored roster, else fetched through the turn's connector; empty when the connector has none for us.</summary>
    public async Task<TeamRoster> GetAsync(TurnContext turn, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return await installations.GetRosterAsync(tenantId, teamId, cancellationToken)
            ?? await TryRefreshAsync(turn, tenantId, teamId, cancellationToken)
            ?? new TeamRoster([], time.GetUtcNow());
    }

    /// <summary>The member with this Entra object id, or null when the user is not in the team (or the team is unknown).</summary>
    public async Task<RosterMember?> FindMemberAsync(TurnContext turn, string tenantId, string teamId, string userId, CancellationToken cancellationToken)
    {
        var roster = await GetAsync(turn, tenantId, teamId, cancellationToken);
        if (Find(roster, userId) is { } member)
        {
            return member;
        }

        if (time.GetUtcNow() - roster.RefreshedAt < Stale)
        {
            return null;
        }

        return await TryRefreshAsync(turn, tenantId, teamId, cancellationToken) is { } fresh ? Find(fresh, userId) : null;
    }

    private static RosterMember? Find(TeamRoster roster, string userId) =>
        roster.Members.FirstOrDefault(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));

    private async Task<TeamRoster?> TryRefreshAsync(TurnContext turn, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(turn.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        try
        {
            return await RefreshAsync(turn.Connector, serviceUrl, tenantId, teamId, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // A team the bot is not in (or a made-up team id) has no roster for us: nobody is a member.
            Log.RosterUnavailable(logger, (int)ex.StatusCode);
            return null;
        }
    }
}
