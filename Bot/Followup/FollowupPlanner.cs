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
    /// What was changed in Planner, applied to the item together with the new link in one write: done or reopened
    /// (history: by Planner, "afgerond in Planner"), and the new owners when the task was reassigned there.
    /// </summary>
    public Task<MeetingItem?> ApplyFromPlannerAsync(ItemAddress address, bool? done, IReadOnlyList<Owner>? owners, PlannerLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        return ChangeItemAsync(address, item =>
        {
            var result = item with { Planner = link };
            var changes = new List<ItemChange>();
            if (done is { } isDone && isDone != (item.Status == ItemStatus.Done) && item.Status != ItemStatus.Dropped)
            {
                result = result with { Status = isDone ? ItemStatus.Done : ItemStatus.Open };
                changes.Add(Change(PlannerActor, isDone ? ChangeKind.Completed : ChangeKind.Reopened, FromPlanner));
            }

            if (owners is not null && !item.Owners.SequenceEqual(owners))
            {
                result = result with { Owners = [.. owners] };
                changes.Add(Change(PlannerActor, ChangeKind.Reassigned, string.Join(", ", owners.Select(o => o.Name))));
            }

            return changes.Count == 0 && link == item.Planner ? null : result with { History = [.. item.History, .. changes] };
        }, cancellationToken);
    }
}
