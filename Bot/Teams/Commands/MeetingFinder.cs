using TeamsBot.Followup;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Finds the meeting a card button names. Card data carries only the meeting and item ids: in a channel the team is
/// the channel's; in a personal chat it is one of the user's teams in the same tenant (their open items, and the
/// teams the bot is installed in), or the chat itself for minutes sent to the bot there. Nothing is ever looked up outside the activity's tenant.
/// </summary>
public sealed class MeetingFinder(FollowupService followup, Installations installations)
{
    public async Task<Meeting?> FindAsync(ReplyScope scope, string meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.TenantId.Length == 0)
        {
            return null;
        }

        if (scope.TeamId is { } teamId)
        {
            return await followup.GetMeetingAsync(scope.TenantId, teamId, meetingId, cancellationToken);
        }

        if (scope.PersonalChatId is { } chat && await followup.GetMeetingAsync(scope.TenantId, chat, meetingId, cancellationToken) is { } own)
        {
            return own;
        }

        foreach (var candidate in await CandidateTeamsAsync(scope, cancellationToken))
        {
            if (await followup.GetMeetingAsync(scope.TenantId, candidate, meetingId, cancellationToken) is { } meeting)
            {
                return meeting;
            }
        }

        return null;
    }

    /// <summary>The installed teams of the tenant whose stored roster lists the user.</summary>
    public async Task<IReadOnlyList<string>> UserTeamsAsync(ReplyScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var teams = new List<string>();
        if (scope.UserId.Length == 0)
        {
            return teams;
        }

        foreach (var team in await installations.ListTeamsAsync(scope.TenantId, cancellationToken))
        {
            var roster = await installations.GetRosterAsync(scope.TenantId, team.TeamId, cancellationToken);
            if (roster?.Members.Any(m => string.Equals(m.UserId, scope.UserId, StringComparison.OrdinalIgnoreCase)) == true)
            {
                teams.Add(team.TeamId);
            }
        }

        return teams;
    }

    private async Task<IReadOnlyList<string>> CandidateTeamsAsync(ReplyScope scope, CancellationToken cancellationToken)
    {
        var teams = new List<string>();
        if (scope.UserId.Length > 0)
        {
            var mine = await followup.ListMyOpenItemsAsync(scope.TenantId, scope.UserId, includeSnoozed: true, cancellationToken);
            teams.AddRange(mine.Select(i => i.TeamId));
        }

        teams.AddRange((await installations.ListTeamsAsync(scope.TenantId, cancellationToken)).Select(t => t.TeamId));
        return [.. teams.Distinct(StringComparer.Ordinal)];
    }
}
