using TeamsBot.Followup;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// A team's members for access checks and the member picker: the stored roster, fetched from the connector's paged
/// members and stored when there is none, and fetched again when someone is missing from a roster older than a few
/// minutes (a new member should not wait for the next membership event).
/// </summary>
public sealed class TeamRosters(Installations installations, TimeProvider time, ILogger<TeamRosters> logger)
{
    private const int PageSize = 500;
    private const int MaxPages = 200;
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(5);

    public async Task<TeamRoster> GetAsync(TurnContext turn, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return await installations.GetRosterAsync(tenantId, teamId, cancellationToken)
            ?? await FetchAsync(turn, tenantId, teamId, cancellationToken)
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

        return await FetchAsync(turn, tenantId, teamId, cancellationToken) is { } fresh ? Find(fresh, userId) : null;
    }

    private static RosterMember? Find(TeamRoster roster, string userId) =>
        roster.Members.FirstOrDefault(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));

    private async Task<TeamRoster?> FetchAsync(TurnContext turn, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(turn.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        try
        {
            var members = new List<RosterMember>();
            string? token = null;
            var pages = 0;
            do
            {
                var page = await turn.Connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, token, cancellationToken);
                members.AddRange(page.Members
                    .Where(m => !string.IsNullOrEmpty(m.AadObjectId))
                    .Select(m => new RosterMember(m.AadObjectId!, m.Id ?? string.Empty, m.Name ?? m.Email ?? string.Empty, m.Email)));
                token = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(token) && ++pages < MaxPages);

            var roster = new TeamRoster(members, time.GetUtcNow());
            await installations.SaveRosterAsync(tenantId, teamId, roster, cancellationToken);
            Log.RosterFetched(logger, members.Count);
            return roster;
        }
        catch (ConnectorException ex)
        {
            // A team the bot is not in (or a made-up team id) has no roster for us: nobody is a member.
            Log.RosterUnavailable(logger, (int)ex.StatusCode);
            return null;
        }
    }
}
