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
    /// earlier published meetings of its series in the team, and stores what they say as the meeting's proposals: only
    /// what a sentence of the minutes says (never a status without one), with how many open items they do not mention.
    /// A meeting whose proposals were applied already keeps them: a new version changes nothing that was settled. An
    /// answer given in review to a proposal that a new version of the draft makes again is kept. An item of these minutes
    /// that is the sentence of a proposal ("Piet belt de wethouder: doorgeschoven naar 4 juni") is that earlier item
    /// carried over, not a new one: the earlier item continues, and these minutes do not list it again. The meeting
    /// afterwards.
    /// </summary>
    public async Task<Meeting> ReconcileAsync(Meeting meeting, MinutesDocument document, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Followups.Any(f => f.Applied))
        {
            return Continued(meeting.Items, meeting.Followups).Count == meeting.Items.Count ? meeting : await ChangeMeetingAsync(meeting.TenantId, meeting.TeamId, meeting.Id,
                m => Continued(m.Items, m.Followups) is var kept && kept.Count == m.Items.Count ? null : m with { Items = kept },
                $"Meeting {meeting.Id} kept changing; the items it carries over were not taken out.", cancellationToken) ?? meeting;
        }

        var series = SeriesNames.Of(meeting.Title);
        var earlier = (await ListPublishedMeetingsAsync(meeting.TenantId, meeting.TeamId, cancellationToken))
            .Where(m => m.Id != meeting.Id && SeriesNames.Of(m.Title) == series && Before(m, meeting))
            .OrderBy(m => m.Date ?? DateOnly.FromDateTime(m.UploadedAt.UtcDateTime))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var open = earlier
            .SelectMany(m => m.Items.Where(i => i.Status == ItemStatus.Open).Select(i => (Meeting: m, Item: i)))
            .ToDictionary(x => $"{x.Meeting.Id}/{x.Item.Id}", StringComparer.Ordinal);
        var items = open.Select(x => new EarlierItem(x.Key, x.Value.Item.Text, x.Value.Item.Quote, x.Value.Item.Section, [.. x.Value.Item.Owners.Select(o => o.Name)])
        {
            Context = x.Value.Item.Context,
        }).ToList();
        var findings = FollowupReader.Read(items, document, extraction)
            .Where(f => !string.IsNullOrWhiteSpace(f.Evidence) && open.ContainsKey(f.ItemId))
            .DistinctBy(f => f.ItemId, StringComparer.Ordinal)
            .ToList();
        var proposals = findings
            .Select(f => (Finding: f, Earlier: open[f.ItemId]))
            .Select(x => Proposal(x.Finding, x.Earlier.Meeting, x.Earlier.Item))
            .Select(p => meeting.Followups.FirstOrDefault(f => f with { Chosen = null } == p) is { Chosen: { } chosen } ? p with { Chosen = chosen } : p)
            .ToList();
        var unmentioned = open.Count - proposals.Count;
        if (proposals.SequenceEqual(meeting.Followups) && unmentioned == meeting.FollowupsUnmentioned && Continued(meeting.Items, proposals).Count == meeting.Items.Count)
        {
            return meeting;
        }

        return await ChangeMeetingAsync(meeting.TenantId, meeting.TeamId, meeting.Id,
            m => m.Followups.Any(f => f.Applied) ? null : m with { Followups = proposals, FollowupsUnmentioned = unmentioned, Items = Continued(m.Items, proposals) },
            $"Meeting {meeting.Id} kept changing; what its minutes say of earlier items was not stored.", cancellationToken) ?? meeting;
    }

    /// <summary>The items of new minutes without those that are the sentence of a proposal: earlier items carried over, which continue.</summary>
    private static List<ActionItem> Continued(IReadOnlyList<ActionItem> items, IReadOnlyList<FollowupProposal> proposals) =>
        [.. items.Where(i => !proposals.Any(p => SameSentence(i.Quote, p.Evidence)))];

    /// <summary>Whether the item rests on the sentence (or a part of it), not merely on a paragraph that also holds it.</summary>
    private static bool SameSentence(string quote, string evidence) =>
        quote.Trim().Length > 0 && evidence.Length > 0
        && evidence.Contains(quote.Trim(), StringComparison.Ordinal);

    private static FollowupProposal Proposal(FollowupFinding finding, Meeting earlier, ActionItem item) => new(
        earlier.Id,
        item.Id,
        item.Text,
        item.Owners.Count == 0 ? null : string.Join(", ", item.Owners.Select(o => o.Name)),
        earlier.Date,
        finding.Status switch
        {
            FollowupStatus.Done => FollowupOutcome.Done,
            FollowupStatus.Dropped => FollowupOutcome.Dropped,
            _ => FollowupOutcome.Open,
        },
        finding.Evidence,
        finding.Status == FollowupStatus.Open && finding.Due != item.Due ? finding.Due : null);

    /// <summary>
    /// Records the minute-taker's answers to the proposals, by their position on the card that showed
    /// <paramref name="shown"/> of them. Answers of a card that showed another number of proposals (a new version of
    /// the minutes came meanwhile) are not the answers to these proposals and are ignored, as are unknown positions.
    /// </summary>
    public Task<Meeting?> ChooseFollowupsAsync(string tenantId, string teamId, string meetingId, int shown, IReadOnlyDictionary<int, FollowupOutcome> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return ChangeMeetingAsync(tenantId, teamId, meetingId, meeting =>
        {
            if (choices.Count == 0 || shown != meeting.Followups.Count || meeting.Followups.Any(f => f.Applied))
            {
                return null;
            }

            var chosen = meeting.Followups.Select((f, i) => choices.TryGetValue(i, out var choice) ? f with { Chosen = choice } : f).ToList();
            return chosen.SequenceEqual(meeting.Followups) ? null : meeting with { Followups = chosen };
        }, $"Meeting {meetingId} kept changing; the answers to its proposals were not stored.", cancellationToken);
    }

    /// <summary>
    /// Applies the published meeting's proposals to the earlier items, each once, as <paramref name="by"/>: done and
    /// dropped with the minutes they come from in the history ("minutes 2026-05-28"), still open with a new due date as
    /// a new due date (a postponement when the item had one). <paramref name="reviewed"/>: only what the minute-taker
    /// answered in review is applied ("leave as is" and proposals she was never shown change nothing); without review the
    /// proposals are applied as proposed. An item changed by hand in the meantime (done already, dropped) is left as it is.
    /// </summary>
    public async Task<Meeting> ApplyFollowupsAsync(Meeting meeting, Actor by, bool reviewed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(by);
        if (meeting.Draft || meeting.Followups.Count == 0 || meeting.Followups.All(f => f.Applied))
        {
            return meeting;
        }

        var source = MinutesSource(meeting);
        foreach (var proposal in meeting.Followups.Where(f => !f.Applied))
        {
            var address = new ItemAddress(meeting.TenantId, meeting.TeamId, proposal.MeetingId, proposal.ItemId);
            var outcome = reviewed ? proposal.Chosen ?? FollowupOutcome.Unchanged : proposal.Outcome;
            await (outcome switch
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
                FollowupOutcome.Open when proposal.Due is { } due => ChangeItemAsync(address, item => item.Status != ItemStatus.Open || item.Due == due ? null : item with
                {
                    Due = due,
                    History = [.. item.History, Change(by, item.Due is null ? ChangeKind.DueSet : ChangeKind.DueChanged, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
                }, cancellationToken),
                _ => Task.FromResult<MeetingItem?>(null),
            });
        }

        return await ChangeMeetingAsync(meeting.TenantId, meeting.TeamId, meeting.Id,
            m => m.Followups.All(f => f.Applied) ? null : m with { Followups = [.. m.Followups.Select(f => f with { Applied = true })] },
            $"Meeting {meeting.Id} kept changing; its proposals were applied but not marked.", cancellationToken) ?? meeting;
    }

    /// <summary>What the history of an item settled by these minutes says it came from: "minutes 2026-05-28".</summary>
    public static string MinutesSource(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return "minutes " + (meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? meeting.Title);
    }

    /// <summary>Whether <paramref name="earlier"/> took place before <paramref name="later"/>: by date, else by upload.</summary>
    private static bool Before(Meeting earlier, Meeting later) =>
        earlier.Date is { } a && later.Date is { } b ? a < b : earlier.UploadedAt < later.UploadedAt;
}
