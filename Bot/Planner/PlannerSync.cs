using Microsoft.Extensions.Logging;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Texts;

namespace TeamsBot.Planner;

public enum PlannerSyncOutcome
{
    /// <summary>Nothing to do: the setting is off, or the bot has no Graph or no group id for the team.</summary>
    Off,

    Synced,

    /// <summary>Graph refused (401/403): the setting now says so; tried again on the next round.</summary>
    AccessDenied,

    /// <summary>Another failure (throttled past the SDK's retries, a timeout...): logged, tried again on the next round.</summary>
    Failed,
}

/// <summary>
/// Mirrors a team's published action items to Planner tasks and reads Planner's side back ("Acties ook in Planner").
/// Every open item gets one task in the bucket of its meeting's series: every member owner as assignee, the due
/// date, and in the details the quote, the section, the link to the minutes and the item's marker. Idempotent by item
/// id: the item records that its task is asked for before the create, and a create that did not answer is looked for
/// by its marker before it is tried again. Changes on either side are settled by <see cref="TaskReconciliation"/>;
/// a task deleted in Planner unlinks its item; the task of an item that is gone is deleted when nobody changed it in
/// Planner, else left there. Never throws: the bot's own state is what users see, and a failed sync is simply run again
/// (the next reminder round syncs every team).
/// <para>
/// Each run lists the plan's tasks (Graph v1.0 has no delta query for Planner; its <c>/beta</c> delta is not for
/// production) and settles each item against its task in memory: a task whose ETag and item are as at the last sync
/// costs no request beyond that listing.
/// </para>
/// </summary>
public sealed class PlannerSync
{
    private readonly GraphAccess _graph;
    private readonly FollowupService _followup;
    private readonly Installations _installations;
    private readonly TimeProvider _time;
    private readonly ILogger<PlannerSync> _logger;

    public PlannerSync(GraphAccess graph, FollowupService followup, Installations installations, TimeProvider time, ILogger<PlannerSync> logger) =>
        (_graph, _followup, _installations, _time, _logger) = (graph, followup, installations, time, logger);

    /// <summary>How long a create under way is left to its instance before another looks for its task and tries again.</summary>
    public static readonly TimeSpan PendingLease = TimeSpan.FromMinutes(2);

    private const string NewPlan = "new";

    /// <summary>The plan choice that asks the bot to create a plan.</summary>
    public static string NewPlanChoice => NewPlan;

    /// <summary>The marker in a task's details that names the item it mirrors.</summary>
    public static string Marker(string itemId) => $"[minutes-item:{itemId}]";

    /// <summary>The plans of the team's group for the settings card; null when they cannot be listed (no Graph, no group, refused).</summary>
    public async Task<IReadOnlyList<PlannerPlanInfo>?> ListPlansAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        if (_graph.Client is not { } client || await _installations.GetTeamAsync(tenantId, teamId, cancellationToken) is not { GroupId: { } groupId })
        {
            return null;
        }

        try
        {
            return await client.GetGroupPlansAsync(groupId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (GraphClient.IsAccessDenied(ex))
            {
                // Said on the settings card even while the setting is still off.
                await _followup.UpdateSettingsAsync(tenantId, teamId, s => s with { Planner = (s.Planner ?? new PlannerSettings(false)) with { AccessDenied = true } }, cancellationToken);
            }

            Log.Failed(_logger, ex, teamId);
            return null;
        }
    }

    /// <summary>Syncs the team's published meetings (or only <paramref name="meetingId"/>) with the team's plan.</summary>
    public async Task<PlannerSyncOutcome> SyncTeamAsync(string tenantId, string teamId, string? meetingId, CancellationToken cancellationToken)
    {
        if (_graph.Client is not { } client)
        {
            return PlannerSyncOutcome.Off;
        }

        var settings = await _followup.GetSettingsAsync(tenantId, teamId, cancellationToken);
        if (settings.Planner is not { Enabled: true } || await _installations.GetTeamAsync(tenantId, teamId, cancellationToken) is not { GroupId: { } groupId })
        {
            return PlannerSyncOutcome.Off;
        }

        try
        {
            var run = new TeamRun(this, client, tenantId, teamId, groupId, settings);
            await run.RunAsync(meetingId, cancellationToken);
            if (settings.Planner.AccessDenied)
            {
                await MarkAccessAsync(tenantId, teamId, denied: false, cancellationToken);
            }

            if (run.Created + run.Updated + run.ReadBack + run.Unlinked + run.Removed > 0)
            {
                Log.Synced(_logger, teamId, run.Created, run.Updated, run.ReadBack, run.Unlinked, run.Removed);
            }

            return PlannerSyncOutcome.Synced;
        }
        catch (Exception ex) when (GraphClient.IsAccessDenied(ex))
        {
            Log.AccessDenied(_logger, teamId);
            await MarkAccessAsync(tenantId, teamId, denied: true, cancellationToken);
            return PlannerSyncOutcome.AccessDenied;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.Failed(_logger, ex, teamId);
            return PlannerSyncOutcome.Failed;
        }
    }

    private Task<TeamSettings> MarkAccessAsync(string tenantId, string teamId, bool denied, CancellationToken cancellationToken) =>
        _followup.UpdateSettingsAsync(tenantId, teamId, s => s.Planner is { } planner && planner.AccessDenied != denied
            ? s with { Planner = planner with { AccessDenied = denied } }
            : s, cancellationToken);

    /// <summary>One sync of one team: the plan and its tasks read once, then every item, then the tasks of items that are gone.</summary>
    private sealed class TeamRun(PlannerSync sync, GraphClient client, string tenantId, string teamId, string groupId, TeamSettings settings)
    {
        private readonly Dictionary<string, PlannerTaskInfo> _tasks = new(StringComparer.Ordinal);
        private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, KnownTask> _known = new(StringComparer.Ordinal);
        private readonly HashSet<string> _checkedBuckets = new(StringComparer.Ordinal);
        private readonly TimeZoneInfo _zone = Zone(settings.TimeZone);
        private PlannerSettings _planner = settings.Planner!;
        private IReadOnlyList<RosterMember> _roster = [];

        public int Created { get; private set; }

        public int Updated { get; private set; }

        public int ReadBack { get; private set; }

        public int Unlinked { get; private set; }

        public int Removed { get; private set; }

        private CardStrings Texts => Language.FromCode(settings.Language).Texts.Cards;

        private DateTimeOffset Now => sync._time.GetUtcNow();

        public async Task RunAsync(string? meetingId, CancellationToken cancellationToken)
        {
            var planId = _planner.PlanId ?? await CreatePlanAsync(cancellationToken);
            foreach (var task in await client.GetPlanTasksAsync(planId, cancellationToken))
            {
                _tasks[task.Id] = task;
            }

            _roster = (await sync._installations.GetRosterAsync(tenantId, teamId, cancellationToken))?.Members ?? [];
            var all = await sync._followup.ListTeamMeetingsAsync(tenantId, teamId, cancellationToken);
            var meetings = all.Where(m => !m.Draft).ToList();
            _linked.UnionWith(all.SelectMany(m => m.Items).Select(i => i.Planner?.TaskId).OfType<string>());
            foreach (var item in meetings.SelectMany(m => m.Items))
            {
                Know(item.Id, item.Planner);
            }

            foreach (var meeting in meetings.Where(m => meetingId is null || m.Id == meetingId))
            {
                foreach (var item in meeting.Items)
                {
                    await SyncItemAsync(planId, meeting, item, cancellationToken);
                }
            }

            await TidyAsync(all, cancellationToken);
        }

        /// <summary>
        /// The tasks the bot made for items that are gone (dropped by a new version of the minutes, or their meeting
        /// deleted): a task nobody ever changed in Planner (no sync found another ETag than the bot left, and its ETag and
        /// its details' ETag are still the bot's) is deleted; a task someone worked on stays in Planner, no longer
        /// followed. Then the team's list of the bot's tasks is brought up to date.
        /// </summary>
        private async Task TidyAsync(IReadOnlyList<Meeting> all, CancellationToken cancellationToken)
        {
            var items = all.SelectMany(m => m.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (taskId, known) in _planner.Tasks.Where(t => !_linked.Contains(t.Key) && !items.Contains(t.Value.ItemId)))
            {
                if (_tasks.GetValueOrDefault(taskId) is not { } task)
                {
                    continue;   // deleted in Planner already, or no longer in this plan
                }

                if (!known.Touched && known.ETag is { } eTag && task.ETag == eTag && await DetailsUntouchedAsync(taskId, known, cancellationToken)
                    && await client.DeleteTaskAsync(taskId, eTag, cancellationToken) != PlannerWriteOutcome.Conflict)
                {
                    Removed++;
                    continue;
                }

                Log.LeftInPlanner(sync._logger, taskId);
                Unlinked++;
            }

            if (!SameTasks(_planner.Tasks, _known))
            {
                var known = new Dictionary<string, KnownTask>(_known, StringComparer.Ordinal);
                await sync._followup.UpdateSettingsAsync(tenantId, teamId, s => s.Planner is { } planner && !SameTasks(planner.Tasks, known)
                    ? s with { Planner = planner with { Tasks = known } }
                    : s, cancellationToken);
            }
        }

        private async Task<bool> DetailsUntouchedAsync(string taskId, KnownTask known, CancellationToken cancellationToken) =>
            known.DetailsETag is null || (await client.GetTaskDetailsAsync(taskId, cancellationToken))?.ETag == known.DetailsETag;

        private static bool SameTasks(IReadOnlyDictionary<string, KnownTask> a, Dictionary<string, KnownTask> b) =>
            a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var other) && other == e.Value);

        /// <summary>Keeps the bot's list of its tasks in step with an item's link.</summary>
        private void Know(string itemId, PlannerLink? link)
        {
            foreach (var stale in _known.Where(k => k.Value.ItemId == itemId && k.Key != link?.TaskId).Select(k => k.Key).ToList())
            {
                _known.Remove(stale);
            }

            if (link is { TaskId: { } taskId, Deleted: false })
            {
                _known[taskId] = new KnownTask(itemId, link.ETag, link.DetailsETag) { Touched = link.Touched };
            }
        }

        /// <summary>
        /// The plan the bot creates: one of the group's plans with that title already (a create that did not answer), else
        /// a new one. Two syncs that both create one converge on the plan stored first in the team's setting (a
        /// conditional write): the other deletes the plan it made and adopts that one.
        /// </summary>
        private async Task<string> CreatePlanAsync(CancellationToken cancellationToken)
        {
            var title = Texts.PlannerPlanTitle;
            var found = (await client.GetGroupPlansAsync(groupId, cancellationToken)).FirstOrDefault(p => p.Title == title);
            var plan = found ?? await client.CreatePlanAsync(groupId, title, cancellationToken);
            var saved = await sync._followup.UpdateSettingsAsync(tenantId, teamId, s => s.Planner is { Enabled: true, PlanId: null } planner
                ? s with { Planner = planner with { PlanId = plan.Id, PlanTitle = plan.Title } }
                : s, cancellationToken);
            _planner = saved.Planner ?? _planner;
            if (found is null && _planner.PlanId is { } adopted && adopted != plan.Id)
            {
                Log.PlanCreatedTwice(sync._logger, teamId, plan.Id, adopted);
                await client.DeletePlanAsync(plan, cancellationToken);
            }

            return _planner.PlanId ?? plan.Id;
        }

        /// <summary>The series' bucket: the one remembered while it still exists (checked once a run), else found by name or created.</summary>
        private async Task<string> BucketAsync(string planId, Meeting meeting, CancellationToken cancellationToken)
        {
            var series = SeriesNames.Of(meeting.Title);
            if (_planner.Buckets.TryGetValue(series, out var known))
            {
                if (_checkedBuckets.Contains(known) || await client.BucketExistsAsync(known, cancellationToken))
                {
                    _checkedBuckets.Add(known);
                    return known;
                }

                Log.BucketGone(sync._logger, teamId, series);
            }

            var bucket = await client.EnsureBucketAsync(planId, series, cancellationToken);
            _checkedBuckets.Add(bucket);
            var saved = await sync._followup.UpdateSettingsAsync(tenantId, teamId, s => s.Planner is { } planner && planner.PlanId == planId
                ? s with { Planner = planner with { Buckets = new Dictionary<string, string>(planner.Buckets, StringComparer.Ordinal) { [series] = bucket } } }
                : s, cancellationToken);
            _planner = saved.Planner ?? _planner;
            return bucket;
        }

        private async Task SyncItemAsync(string planId, Meeting meeting, ActionItem item, CancellationToken cancellationToken)
        {
            var address = new ItemAddress(tenantId, teamId, meeting.Id, item.Id);
            switch (item.Planner)
            {
                case { Deleted: true }:
                    return;
                case null when item.Status != ItemStatus.Open:
                    return;
                case null or { Pending: true }:
                    await CreateAsync(planId, meeting, item, address, cancellationToken);
                    return;
                case { TaskId: { } taskId } link:
                    await SettleAsync(address, item, link, taskId, cancellationToken);
                    return;
            }
        }

        /// <summary>
        /// Claims the create in the item first (a pending link), so that a concurrent sync leaves it alone for
        /// <see cref="PendingLease"/>; a pending link older than that is a create that did not answer: its task is looked
        /// for in the plan by the item's marker before it is created again.
        /// </summary>
        private async Task CreateAsync(string planId, Meeting meeting, ActionItem item, ItemAddress address, CancellationToken cancellationToken)
        {
            var previous = item.Planner;
            if (previous is not null && Now - previous.Since < PendingLease)
            {
                return;
            }

            var wanted = TaskReconciliation.ForTask(TaskMirror.Of(item));
            var claimed = false;
            var claim = await sync._followup.ChangeTaskLinkAsync(address, link =>
            {
                claimed = link == previous;
                return claimed ? new PlannerLink(null, null, wanted, Now) : null;
            }, cancellationToken);
            if (!claimed || claim is null)
            {
                return;
            }

            var bucket = await BucketAsync(planId, meeting, cancellationToken);
            var found = previous is null ? null : await FindCreatedAsync(bucket, meeting, item, previous.Synced.Title, wanted.Title, cancellationToken);
            if (found is var (task, details))
            {
                // Linked as Planner has it; settling then writes what the item says now.
                Log.FoundAfterRetry(sync._logger, item.Id);
                _linked.Add(task.Id);
                var link = new PlannerLink(task.Id, task.ETag, TaskReconciliation.Of(task, _zone), Now) { DetailsETag = details };
                await StoreAsync(address, link, cancellationToken);
                await SettleAsync(address, claim.Item, link, task.Id, cancellationToken);
                return;
            }

            var created = await client.CreateTaskAsync(new PlannerTaskDraft(planId, bucket, wanted.Title, wanted.AssigneeIds, wanted.Due, Description(meeting, item)), cancellationToken);
            _tasks[created.Task.Id] = created.Task;
            _linked.Add(created.Task.Id);
            Created++;
            await StoreAsync(address, new PlannerLink(created.Task.Id, created.Task.ETag, wanted, Now) { DetailsETag = created.DetailsETag }, cancellationToken);
        }

        /// <summary>
        /// The task of a create that reached Planner unanswered, with the ETag of its details: in the item's bucket, with
        /// its title, linked to no other item, and either carrying the item's marker in its details or with no description
        /// yet (the answer was lost before the details were written; they are written now).
        /// </summary>
        private async Task<(PlannerTaskInfo Task, string? DetailsETag)?> FindCreatedAsync(string bucket, Meeting meeting, ActionItem item, string askedTitle, string title, CancellationToken cancellationToken)
        {
            PlannerTaskInfo? bare = null;
            foreach (var candidate in _tasks.Values.Where(t => t.BucketId == bucket && (t.Title == askedTitle || t.Title == title) && !_linked.Contains(t.Id)))
            {
                var details = await client.GetTaskDetailsAsync(candidate.Id, cancellationToken);
                if (details?.Description?.Contains(Marker(item.Id), StringComparison.Ordinal) == true)
                {
                    return (candidate, details.ETag);
                }

                bare ??= string.IsNullOrWhiteSpace(details?.Description) ? candidate : null;
            }

            return bare is null ? null : (bare, await client.SetTaskDescriptionAsync(bare.Id, Description(meeting, item), cancellationToken));
        }

        private async Task StoreAsync(ItemAddress address, PlannerLink link, CancellationToken cancellationToken)
        {
            var stored = await sync._followup.ChangeTaskLinkAsync(address, _ => link, cancellationToken);
            Know(address.ItemId, stored?.Item.Planner);
        }

        /// <summary>
        /// Settles a linked item with its task: what only Planner changed is read back (completion, assignees, title, due
        /// date), the bot's changes written (If-Match; 412 reads again).
        /// </summary>
        private async Task SettleAsync(ItemAddress address, ActionItem item, PlannerLink link, string taskId, CancellationToken cancellationToken)
        {
            var task = _tasks.GetValueOrDefault(taskId) ?? await client.GetTaskAsync(taskId, cancellationToken);
            var touched = link.Touched || (task is not null && task.ETag != link.ETag);
            for (var attempt = 1; task is not null; attempt++)
            {
                var decision = TaskReconciliation.Decide(TaskReconciliation.ForTask(TaskMirror.Of(item)), link.Synced, TaskReconciliation.Of(task, _zone), IsMember);
                if (decision.Push is { } push)
                {
                    var write = await client.UpdateTaskAsync(task, push, cancellationToken);
                    if (write.Outcome == PlannerWriteOutcome.Conflict && attempt < 3)
                    {
                        Log.TaskChangedMeanwhile(sync._logger, item.Id, attempt);
                        touched = true;
                        task = write.Task;
                        continue;
                    }

                    if (write.Outcome == PlannerWriteOutcome.Conflict)
                    {
                        return;   // still changing in Planner: the next round settles it
                    }

                    task = write.Task;
                    if (task is null)
                    {
                        break;
                    }

                    Updated++;
                }

                var settled = link with { ETag = task.ETag, Synced = decision.Synced, Touched = touched };
                if (decision.ReadsBack)
                {
                    ReadBack++;
                    var changes = new PlannerChanges(decision.Done, Members(decision.Assignees), decision.Title, decision.DueRead, decision.Due);
                    var applied = await sync._followup.ApplyFromPlannerAsync(address, changes, settled, cancellationToken);
                    Know(address.ItemId, applied?.Item.Planner);
                }
                else if (settled != link)
                {
                    await StoreAsync(address, settled, cancellationToken);
                }

                return;
            }

            // Deleted in Planner: the item stays, unlinked, and gets no new task.
            Unlinked++;
            var unlinked = await sync._followup.ChangeTaskLinkAsync(address, current => current is { Deleted: false } ? current with { Deleted = true, ETag = null } : null, cancellationToken);
            Know(address.ItemId, unlinked?.Item.Planner);
        }

        private static TimeZoneInfo Zone(string id)
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
            {
                return TimeZoneInfo.Utc;
            }
        }

        private bool IsMember(string userId) => _roster.Any(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));

        /// <summary>The task's assignees as member owners, in the roster's names; null when one of them is no member (not read back).</summary>
        private List<Owner>? Members(IReadOnlyList<string>? assignees)
        {
            if (assignees is null)
            {
                return null;
            }

            var owners = new List<Owner>();
            foreach (var id in assignees)
            {
                if (_roster.FirstOrDefault(m => string.Equals(m.UserId, id, StringComparison.OrdinalIgnoreCase)) is not { } member)
                {
                    return null;
                }

                owners.Add(Owner.Member(member.UserId, member.Name));
            }

            return owners;
        }

        private string Description(Meeting meeting, ActionItem item)
        {
            var texts = Texts;
            var lines = new List<string> { $"{texts.PlannerQuote}: \u201C{item.Quote}\u201D" };
            if (!string.IsNullOrWhiteSpace(item.Section))
            {
                lines.Add($"{texts.PlannerSection}: {item.Section}");
            }

            lines.Add(meeting.Source.Link is { Length: > 0 } link ? $"{texts.PlannerMinutes}: {meeting.Title}, {link}" : $"{texts.PlannerMinutes}: {meeting.Title}");
            lines.Add(string.Empty);
            lines.Add(Marker(item.Id));
            return string.Join('\n', lines);
        }
    }
}
