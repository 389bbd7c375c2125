using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>Forgetting: a meeting on request, or all of a team's data when the bot leaves the team or a user asks.</summary>
public sealed partial class FollowupService
{
    /// <summary>Deletes the meeting, its files and its items from every index. False when there was no such meeting.</summary>
    public async Task<bool> ForgetMeetingAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken)
    {
        if (await GetMeetingAsync(tenantId, teamId, meetingId, cancellationToken) is not { } meeting)
        {
            return false;
        }

        await _index.ForgetAsync(meeting, cancellationToken);
        var deleted = await store.DeleteAllAsync(FollowupKeys.MinutesFolder(tenantId, teamId, meetingId), cancellationToken);
        deleted += await store.DeleteAsync(FollowupKeys.Meeting(tenantId, teamId, meetingId), cancellationToken) ? 1 : 0;
        await store.UpdateAsync(FollowupKeys.Catalogue(tenantId, teamId), FollowupJson.Default.TeamCatalogue,
            catalogue => catalogue?.Meetings.Any(e => e.MeetingId == meetingId) == true ? catalogue.Without(meetingId) : null,
            cancellationToken);
        Log.MeetingForgotten(logger, meetingId, deleted);
        return true;
    }

    /// <summary>Deletes everything the bot holds for the team: meetings, files, catalogue, settings, and its items in every user's index. Returns the number of meetings.</summary>
    public async Task<int> ForgetTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var meetings = await ReadTeamMeetingsAsync(tenantId, teamId, cancellationToken);
        foreach (var meeting in meetings)
        {
            await _index.ForgetAsync(meeting, cancellationToken);
        }

        var deleted = await store.DeleteAllAsync(FollowupKeys.Team(tenantId, teamId), cancellationToken);
        Log.TeamForgotten(logger, meetings.Count, deleted);
        return meetings.Count;
    }
}
