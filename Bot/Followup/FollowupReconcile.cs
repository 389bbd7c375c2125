using System.Globalization;
using TeamsBot.Extraction;
using TeamsBot.Minutes;

namespace TeamsBot.Followup;

/// <summary>
/// Closing the loop: new minutes of a series are read against the open items of its earlier meetings; what they say
/// becomes proposals of the review, applied when the minutes are published.
/// </summary>
public sealed partial class FollowupService
{
    /// <summary>
    /// Reads <paramref name="document"/> (the minutes of <paramref name="meeting"/>) against the open items of the
    /// earlier published meetings of its series in the team, and stores what they say as the meeting's proposals.
    /// A meeting whose proposals were applied already keeps them: a new version changes nothing that was settled. The
    /// meeting afterwards.
    /// </summary>
    public async Task<Meeting> ReconcileAsync(Meeting meeting, MinutesDocument document, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Followups.Any(f => f.Applied))
        {
            return meeting;
        }

        var series = SeriesNames.Of(meeting.Title);
        var earlier = (await ListPublishedMeetingsAsync(meeting.TenantId, meeting.TeamId, cancellationToken))
            .Where(m => m.Id != meeting.Id && SeriesNames.Of(m.Title) == series && Before(m, meeting))
            .ToList();
        var open = earlier
            .SelectMany(m => m.Items.Where(i => i.Status == ItemStatus.Open).Select(i => (Meeting: m, Item: i)))
            .ToDictionary(x => $"{x.Meeting.Id}/{x.Item.Id}", StringComparer.Ordinal);
        var items = open.Select(x => new EarlierItem(x.Key, x.Value.Item.Text, x.Value.Item.Quote, x.Value.Item.Section, [.. x.Value.Item.Owners.Select(o => o.Name)])
        {
            Context = x.Value.Item.Context,
        }).ToList();
        var proposals = FollowupReader.Read(items, document, extraction)
            .Select(f => (Finding: f, Earlier: open[f.ItemId]))
            .Select(x => new FollowupProposal(
                x.Earlier.Meeting.Id,
                x.Earlier.Item.Id,
                x.Earlier.Item.Text,
                x.Earlier.Item.Owners.Count == 0 ? null : string.Join(", ", x.Earlier.Item.Owners.Select(o => o.Name)),
                x.Earlier.Meeting.Date,
                x.Finding.Status switch
                {
                    FollowupStatus.Done => FollowupOutcome.Done,
                    FollowupStatus.Dropped => FollowupOutcome.Dropped,
                    _ => FollowupOutcome.Open,
                },
                x.Finding.Evidence,
                x.Finding.Status == FollowupStatus.Open && x.Finding.Due != x.Earlier.Item.Due ? x.Finding.Due : null))
            .ToList();
        if (proposals.SequenceEqual(meeting.Followups))
        {
            return meeting;
        }

        return await ChangeMeetingAsync(meeting.TenantId, meeting.TeamId, meeting.Id,
            m => m.Followups.Any(f => f.Applied) ? null : m with { Followups = proposals },
            $"Meeting {meeting.Id} kept changing; what its minutes say of earlier items was not stored.", cancellationToken) ?? meeting;
    }

    /// <summary>Records the minute-taker's answers to the proposals (by their position); unknown positions are ignored.</summary>
    public Task<Meeting?> ChooseFollowupsAsync(string tenantId, string teamId, string meetingId, IReadOnlyDictionary<int, FollowupOutcome> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return ChangeMeetingAsync(tenantId, teamId, meetingId, meeting =>
        {
            if (choices.Count == 0 || meeting.Followups.Any(f => f.Applied))
            {
                return null;
            }

            var chosen = meeting.Followups.Select((f, i) => choices.TryGetValue(i, out var choice) ? f with { Chosen = choice } : f).ToList();
            return chosen.SequenceEqual(meeting.Followups) ? null : meeting with { Followups = chosen };
        }, $"Meeting {meetingId} kept changing; the answers to its proposals were not stored.", cancellationToken);
    }

    /// <summary>
    /// Applies the published meeting's proposals to the earlier items, each once, as <paramref name="by"/>: done and
    /// dropped with the minutes they come from in the history ("minutes 2026-05-28"), still open with a new due date as a
    /// postponement. An item changed by hand in the meantime (done already, dropped) is left as it is.
    /// </summary>
    public async Task<Meeting> ApplyFollowupsAsync(Meeting meeting, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(by);
        if (meeting.Draft || meeting.Followups.Count == 0 || meeting.Followups.All(f => f.Applied))
        {
            return meeting;
        }

        var source = "minutes " + (meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? meeting.Title);
        foreach (var proposal in meeting.Followups.Where(f => !f.Applied))
        {
            var address = new ItemAddress(meeting.TenantId, meeting.TeamId, proposal.MeetingId, proposal.ItemId);
            await (proposal.Outcome switch
            {
                FollowupOutcome.Done => ChangeItemAsync(address, item => item.Status != ItemStatus.Open ? null : item with
                {
                    Status = ItemStatus.Done,
                    History = [.. item.History, Change(by, ChangeKind.Completed, source)],
                }, cancellationToken),
                FollowupOutcome.Dropped => ChangeItemAsync(address, item => item.Status != ItemStatus.Open ? null : item with
                {
                    Status = ItemStatus.Dropped,
                    History = [.. item.History, Change(by, ChangeKind.Dropped, source)],
                }, cancellationToken),
                FollowupOutcome.Open when proposal.Due is { } due => EditAsync(address, by, new ItemEdit(null, due), cancellationToken),
                _ => Task.FromResult<MeetingItem?>(null),
            });
        }

        return await ChangeMeetingAsync(meeting.TenantId, meeting.TeamId, meeting.Id,
            m => m.Followups.All(f => f.Applied) ? null : m with { Followups = [.. m.Followups.Select(f => f with { Applied = true })] },
            $"Meeting {meeting.Id} kept changing; its proposals were applied but not marked.", cancellationToken) ?? meeting;
    }

    /// <summary>Whether <paramref name="earlier"/> took place before <paramref name="later"/>: by date, else by upload.</summary>
    private static bool Before(Meeting earlier, Meeting later) =>
        earlier.Date is { } a && later.Date is { } b ? a < b : earlier.UploadedAt < later.UploadedAt;
}
