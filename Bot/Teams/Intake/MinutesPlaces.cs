using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Finds where an upload is filed (<see cref="MinutesPlace"/>): a channel's upload under its team; minutes sent
/// privately under the uploader's team when <see cref="PersonalMinutesFiling"/> finds one (stored under the team,
/// owners linked to its members, published as a new post in its channel), else in the uploader's own space, the chat.
/// </summary>
public sealed class MinutesPlaces(PersonalMinutesFiling filings, TeamRosters rosters, FollowupService followup, ConnectorClient connector)
{
    public async Task<MinutesPlace> FindAsync(FetchedMinutes fetched, bool personal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var (item, work) = (fetched.Item, fetched.Work);
        if (!personal)
        {
            var members = (await rosters.GetAsync(connector, new Uri(item.Conversation.ServiceUrl!), work.TenantId, work.TeamId, cancellationToken)).Members;
            return new MinutesPlace(work, ThreadReference.Of(item.Conversation), members, null, await followup.GetSettingsAsync(work.TenantId, work.TeamId, cancellationToken));
        }

        var filing = await filings.ChooseAsync(work, fetched.FileName, fetched.Bytes, cancellationToken);
        if (filing is not Filing.InTeam { Team: var team } inTeam)
        {
            var uploader = new RosterMember(work.UploaderId, work.UploaderTeamsId ?? work.UploaderId, work.UploaderName, null);
            return new MinutesPlace(work, ThreadReference.Of(item.Conversation), [uploader], filing, null);
        }

        var settings = await followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken);
        var channel = ThreadReference.Channel(team.ServiceUrl, team.ChannelId, team.TenantId, item.Conversation.Bot, settings.Language);
        return new MinutesPlace(work with { TenantId = team.TenantId, TeamId = team.TeamId, ChannelId = team.ChannelId }, channel, inTeam.Members, filing, settings);
    }
}
