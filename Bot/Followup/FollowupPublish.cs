using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>A draft's two ways out of review: published for the team, or discarded without a trace.</summary>
public sealed partial class FollowupService
{
    /// <summary>
    /// Publishes a draft: from now on the team's lists, decision search, reminders and every owner's "my items" see it.
    /// A meeting published already stays as it is. Null when there is no such meeting.
    /// </summary>
    public async Task<Meeting?> PublishAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken)
    {
        if (!FollowupIds.IsValid(meetingId))
        {
            return null;
        }

        var key = FollowupKeys.Meeting(tenantId, teamId, meetingId);
        var (outcome, written) = await store.RunAsync(key, document =>
        {
            if (document is null || Owned(Deserialize(document), tenantId, teamId) is not { } meeting)
            {
                return ConditionalStep<(Meeting? After, Meeting? Before)>.Done((null, null));
            }

            if (!meeting.Draft)
            {
                return ConditionalStep<(Meeting? After, Meeting? Before)>.Done((meeting, null));
            }

            var published = meeting with { Draft = false, UpdatedAt = time.GetUtcNow(), Revision = meeting.Revision + 1 };
            return ConditionalStep<(Meeting? After, Meeting? Before)>.Write(Serialize(published), WriteCondition.Match(document.ETag),
                (published, meeting), attempt => Log.MeetingChangedMeanwhile(logger, meeting.Id, attempt));
        }, $"Meeting {meetingId} kept changing; it was not published.", cancellationToken);
        if (written)
        {
            await _index.ApplyAsync(outcome.Before, outcome.After!, cancellationToken);
        }

        return outcome.After;
    }

    /// <summary>Deletes a draft with its file, as if it never came; a published meeting is not a draft and stays. False when nothing was deleted.</summary>
    public async Task<bool> DiscardDraftAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken) =>
        await GetMeetingAsync(tenantId, teamId, meetingId, cancellationToken) is { Draft: true }
        && await ForgetMeetingAsync(tenantId, teamId, meetingId, cancellationToken);

    /// <summary>Remembers where the meeting's summary card went, so that the next version replaces it. Null when there is no such meeting.</summary>
    public async Task<Meeting?> RecordSummaryAsync(string tenantId, string teamId, string meetingId, SummaryPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!FollowupIds.IsValid(meetingId))
        {
            return null;
        }

        var key = FollowupKeys.Meeting(tenantId, teamId, meetingId);
        var (outcome, written) = await store.RunAsync(key, document =>
        {
            if (document is null || Owned(Deserialize(document), tenantId, teamId) is not { } meeting)
            {
                return ConditionalStep<(Meeting? After, Meeting? Before)>.Done((null, null));
            }

            if (meeting.Summary == post)
            {
                return ConditionalStep<(Meeting? After, Meeting? Before)>.Done((meeting, null));
            }

            var recorded = meeting with { Summary = post, Revision = meeting.Revision + 1 };
            return ConditionalStep<(Meeting? After, Meeting? Before)>.Write(Serialize(recorded), WriteCondition.Match(document.ETag),
                (recorded, meeting), attempt => Log.MeetingChangedMeanwhile(logger, meeting.Id, attempt));
        }, $"Meeting {meetingId} kept changing; where its summary went was not recorded.", cancellationToken);
        if (written)
        {
            await _index.ApplyAsync(outcome.Before, outcome.After!, cancellationToken);
        }

        return outcome.After;
    }
}
