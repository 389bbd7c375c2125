namespace TeamsBot.Followup;

/// <summary>What the Planner mirror needs of the follow-up: the team's published meetings, an item's task link, and changes made in Planner.</summary>
public sealed partial class FollowupService
{
    /// <summary>Who changes an item in the history when the change was made in Planner.</summary>
    public static readonly Actor PlannerActor = new("planner", "Planner");

    /// <summary>The detail of a history entry whose change came from Planner ("afgerond in Planner").</summary>
    public const string FromPlanner = "Planner";

    /// <summary>The team's published meetings (drafts are nobody's yet, and get no tasks).</summary>
    public async Task<IReadOnlyList<Meeting>> ListPublishedMeetingsAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        [.. (await ReadTeamMeetingsAsync(tenantId, teamId, cancellationToken)).Where(m => !m.Draft)];

    /// <summary>
    /// Changes the item's task link as <paramref name="change"/> says (null: leave it); no history, since the item itself
    /// does not change. The item afterwards; null when it is gone.
    /// </summary>
    public Task<MeetingItem?> ChangeTaskLinkAsync(ItemAddress address, Func<PlannerLink?, PlannerLink?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeItemAsync(address, item => change(item.Planner) is { } link && link != item.Planner ? item with { Planner = link } : null, cancellationToken);
    }

    /// <summary>
    /// What was changed in Planner, applied to the item together with the new link in one write, each with a history
    /// entry by Planner: done or reopened ("afgerond in Planner"), the new owners when the task was reassigned there (the
    /// member owners are replaced, owners who are no member stay), a new title as the item's text, a new due date (or
    /// none). A dropped item is not reopened or completed by Planner.
    /// </summary>
    public Task<MeetingItem?> ApplyFromPlannerAsync(ItemAddress address, PlannerChanges changed, PlannerLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(link);
        return ChangeItemAsync(address, item =>
        {
            var result = item with { Planner = link };
            var changes = new List<ItemChange>();
            if (changed.Done is { } isDone && isDone != (item.Status == ItemStatus.Done) && item.Status != ItemStatus.Dropped)
            {
                result = result with { Status = isDone ? ItemStatus.Done : ItemStatus.Open };
                changes.Add(Change(PlannerActor, isDone ? ChangeKind.Completed : ChangeKind.Reopened, FromPlanner));
            }

            if (changed.Members is { } members)
            {
                var kept = item.Owners.Where(o => o.Kind == OwnerKind.Member && members.Any(m => m.MemberId == o.MemberId));
                var owners = item.Owners.Where(o => o.Kind != OwnerKind.Member)
                    .Concat(kept)
                    .Concat(members.Where(m => !item.Owners.Any(o => o.Kind == OwnerKind.Member && o.MemberId == m.MemberId)))
                    .ToList();
                if (!item.Owners.OrderBy(o => o.MemberId ?? o.Name, StringComparer.Ordinal).SequenceEqual(owners.OrderBy(o => o.MemberId ?? o.Name, StringComparer.Ordinal)))
                {
                    result = result with { Owners = owners };
                    changes.Add(Change(PlannerActor, ChangeKind.Reassigned, string.Join(", ", owners.Select(o => o.Name))));
                }
            }

            if (changed.Text is { } text && !string.IsNullOrWhiteSpace(text) && text.Trim() != item.Text)
            {
                result = result with { Text = text.Trim() };
                changes.Add(Change(PlannerActor, ChangeKind.TextEdited, result.Text));
            }

            if (changed.DueChanged && changed.Due != item.Due)
            {
                result = result with { Due = changed.Due };
                changes.Add(Change(PlannerActor, item.Due is null ? ChangeKind.DueSet : ChangeKind.DueChanged,
                    changed.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }

            return changes.Count == 0 && link == item.Planner ? null : result with { History = [.. item.History, .. changes] };
        }, cancellationToken);
    }

    /// <summary>
    /// Everything in a team's meetings, drafts included, for telling an item that is gone from one that is only not
    /// published yet.
    /// </summary>
    public async Task<IReadOnlyList<Meeting>> ListTeamMeetingsAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        await ReadTeamMeetingsAsync(tenantId, teamId, cancellationToken);
}

/// <summary>
/// Changes made in Planner to apply to an item: null (or <see cref="DueChanged"/> false) leaves that part as it is.
/// <see cref="Members"/> are the task's assignees as member owners (empty: nobody).
/// </summary>
public sealed record PlannerChanges(bool? Done = null, IReadOnlyList<Owner>? Members = null, string? Text = null, bool DueChanged = false, DateOnly? Due = null);
