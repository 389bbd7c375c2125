using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>A draft's two ways out of review (published for the team, or discarded without a trace), and where its summary card went.</summary>
public sealed partial class FollowupService
{
    /// <summary>
    /// Publishes a draft: from now on the team's lists, decision search, reminders and every owner's "my items" see it.
    /// A meeting published already stays as it is. Null when there is no such meeting.
    /// </summary>
    public Task<Meeting?> PublishAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken) =>
        ChangeMeetingAsync(tenantId, teamId, meetingId,
            meeting => meeting.Draft ? meeting with { Draft = false, UpdatedAt = time.GetUtcNow() } : null,
            $"Meeting {meetingId} kept changing; it was not published.", cancellationToken);

    /// <summary>Deletes a draft with its file, as if it never came; a published meeting is not a draft and stays. False when nothing was deleted.</summary>
    public async Task<bool> DiscardDraftAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken) =>
        await GetMeetingAsync(tenantId, teamId, meetingId, cancellationToken) is { Draft: true }
        && await ForgetMeetingAsync(tenantId, teamId, meetingId, cancellationToken);

    /// <summary>Remembers where the meeting's summary card went, so that the next version replaces it. Null when there is no such meeting.</summary>
    public Task<Meeting?> RecordSummaryAsync(string tenantId, string teamId, string meetingId, SummaryPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        return ChangeMeetingAsync(tenantId, teamId, meetingId, meeting => meeting.Summary == post ? null : meeting with { Summary = post },
            $"Meeting {meetingId} kept changing; where its summary went was not recorded.", cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> (null: nothing to change) to the stored meeting, one revision more, and keeps
    /// the index in step. The meeting as it is afterwards; null when there is no such meeting.
    /// </summary>
    private async Task<Meeting?> ChangeMeetingAsync(string tenantId, string teamId, string meetingId, Func<Meeting, Meeting?> change, string giveUp, CancellationToken cancellationToken)
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

            if (change(meeting) is not { } changed)
            {
                return ConditionalStep<(Meeting? After, Meeting? Before)>.Done((meeting, null));
            }

            changed = changed with { Revision = meeting.Revision + 1 };
            return ConditionalStep<(Meeting? After, Meeting? Before)>.Write(Serialize(changed), WriteCondition.Match(document.ETag),
                (changed, meeting), attempt => Log.MeetingChangedMeanwhile(logger, meeting.Id, attempt));
        }, giveUp, cancellationToken);
        if (written)
        {
            await _index.ApplyAsync(outcome.Before, outcome.After!, cancellationToken);
        }

        return outcome.After;
    }
}
