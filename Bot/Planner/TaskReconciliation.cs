using TeamsBot.Followup;
using TeamsBot.Graph;

namespace TeamsBot.Planner;

/// <summary>
/// What one sync of an item and its task does, decided from three states: the item now, the task now, and what both
/// were at the last sync. Planner's side is read back for completion and assignee when only Planner changed them (and
/// the new assignee is a member the bot knows); in every other difference the bot's item wins and is written to the task.
/// </summary>
internal static class TaskReconciliation
{
    /// <summary>
    /// <see cref="Done"/> and <see cref="Owner"/> are changes to apply to the item (null: none); <see cref="Owner"/> is the
    /// new assignee's Entra id, an empty string for nobody. <see cref="Push"/> is the change the task needs (null: none).
    /// </summary>
    public sealed record Decision(bool? Done, string? Owner, PlannerTaskChange? Push, TaskMirror Synced);

    public static Decision Decide(TaskMirror item, TaskMirror synced, TaskMirror task, Func<string, bool> isMember)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(synced);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(isMember);
        var wanted = item;
        bool? done = null;
        if (task.Done != synced.Done && item.Done == synced.Done)
        {
            done = task.Done;
            wanted = wanted with { Done = task.Done };
        }

        string? owner = null;
        if (task.AssigneeId != synced.AssigneeId && item.AssigneeId == synced.AssigneeId && (task.AssigneeId is null || isMember(task.AssigneeId)))
        {
            owner = task.AssigneeId ?? string.Empty;
            wanted = wanted with { AssigneeId = task.AssigneeId };
        }

        var push = new PlannerTaskChange(
            Title: task.Title != wanted.Title ? wanted.Title : null,
            Done: task.Done != wanted.Done ? wanted.Done : null,
            Assignee: task.AssigneeId != wanted.AssigneeId ? wanted.AssigneeId ?? string.Empty : null,
            Due: task.Due != wanted.Due ? wanted.Due : null,
            ClearDue: task.Due is not null && wanted.Due is null);
        return new Decision(done, owner, push == new PlannerTaskChange() ? null : push, wanted);
    }

    /// <summary>The task as an item would see it: one assignee (the one the last sync agreed on while it is still assigned).</summary>
    public static TaskMirror Of(PlannerTaskInfo task, TaskMirror? synced)
    {
        ArgumentNullException.ThrowIfNull(task);
        var assignee = synced?.AssigneeId is { } known && task.AssigneeIds.Contains(known) ? known : task.AssigneeIds.Order(StringComparer.Ordinal).FirstOrDefault();
        return new TaskMirror(task.Title, task.Done, assignee, task.Due);
    }

    /// <summary>An item's text as a task title (Planner takes at most 255 characters).</summary>
    public static TaskMirror ForTask(TaskMirror item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Title.Length <= MaxTitle ? item : item with { Title = item.Title[..(MaxTitle - 1)] + "…" };
    }

    private const int MaxTitle = 255;
}
