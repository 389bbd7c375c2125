using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>A team's members from the connector's paged roster, kept in <see cref="Installations"/>.</summary>
public sealed class TeamRosters(ConnectorClient connector, Installations installations, TimeProvider time)
{
    private const int PageSize = 500;

    public Installations Installations => installations;

    /// <summary>Fetches every page of the team's members and stores them (people with an Entra id only).</summary>
    public async Task<TeamRoster> RefreshAsync(Uri serviceUrl, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var members = new List<RosterMember>();
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
            members.AddRange(page.Members
                .Where(m => !string.IsNullOrEmpty(m.AadObjectId) && !string.IsNullOrEmpty(m.Id))
                .Select(m => new RosterMember(m.AadObjectId!, m.Id!, m.Name ?? m.GivenName ?? m.Id!, m.Email ?? m.UserPrincipalName)));
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        var roster = new TeamRoster(members, time.GetUtcNow());
        await installations.SaveRosterAsync(tenantId, teamId, roster, cancellationToken);
        return roster;
    }

    /// <summary>The stored roster, fetched first when there is none yet.</summary>
    public async Task<TeamRoster> GetAsync(Uri serviceUrl, string tenantId, string teamId, CancellationToken cancellationToken) =>
        await installations.GetRosterAsync(tenantId, teamId, cancellationToken)
        ?? await RefreshAsync(serviceUrl, tenantId, teamId, cancellationToken);
}
