using TeamsBot.Followup;
using TeamsBot.Graph;

namespace TeamsBot.Planner;

/// <summary>
/// What one sync of an item and its task does, decided from three states: the item now, the task now, and what both
/// were at the last sync. A field only Planner changed since then is read back into the item: completion, assignees
/// (when every one of them is a member the bot knows), title and due date. A field only the bot changed is written to
/// the task. A field both changed since the last sync keeps the bot's value, which is written over Planner's: the item
/// is what reminders, "mijn acties" and the next minutes go by, and its history says who changed it and when, where
/// Planner keeps no time per field to tell which change came last.
/// </summary>
internal static class TaskReconciliation
{
    /// <summary>
    /// <see cref="Done"/>, <see cref="Assignees"/>, <see cref="Title"/> and <see cref="Due"/> (when <see cref="DueRead"/>)
    /// are changes to apply to the item (null: none); <see cref="Assignees"/> are Entra ids (empty: nobody).
    /// <see cref="Push"/> is the change the task needs (null: none).
    /// </summary>
    public sealed record Decision(bool? Done, IReadOnlyList<string>? Assignees, PlannerTaskChange? Push, TaskMirror Synced)
    {
        public string? Title { get; init; }

        public bool DueRead { get; init; }

        public DateOnly? Due { get; init; }

        /// <summary>Whether anything is to be applied to the item.</summary>
        public bool ReadsBack => Done is not null || Assignees is not null || Title is not null || DueRead;
    }

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

        IReadOnlyList<string>? assignees = null;
        if (!task.SameAssignees(synced.AssigneeIds) && item.SameAssignees(synced.AssigneeIds) && task.AssigneeIds.All(isMember))
        {
            assignees = task.AssigneeIds;
            wanted = wanted with { AssigneeIds = task.AssigneeIds };
        }

        string? title = null;
        if (task.Title != synced.Title && item.Title == synced.Title && !string.IsNullOrWhiteSpace(task.Title))
        {
            title = task.Title;
            wanted = wanted with { Title = task.Title };
        }

        var dueRead = task.Due != synced.Due && item.Due == synced.Due;
        if (dueRead)
        {
            wanted = wanted with { Due = task.Due };
        }

        var push = new PlannerTaskChange(
            Title: task.Title != wanted.Title ? wanted.Title : null,
            Done: task.Done != wanted.Done ? wanted.Done : null,
            Assignees: task.SameAssignees(wanted.AssigneeIds) ? null : wanted.AssigneeIds,
            Due: task.Due != wanted.Due ? wanted.Due : null,
            ClearDue: task.Due is not null && wanted.Due is null);
        return new Decision(done, assignees, push == new PlannerTaskChange() ? null : push, wanted)
        {
            Title = title,
            DueRead = dueRead,
            Due = dueRead ? task.Due : null,
        };
    }

    /// <summary>
    /// The task as an item would see it: every assignee, and the due day as it is in the team's time zone (Planner's apps
    /// store the start of the chosen day in the user's zone, "2023-07-06T22:00:00Z" for 7 July in Amsterdam; the bot's
    /// own noon UTC is the same day in every zone within twelve hours of UTC).
    /// </summary>
    public static TaskMirror Of(PlannerTaskInfo task, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(zone);
        var due = task.DueAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : task.Due;
        return new TaskMirror(task.Title, task.Done, task.AssigneeIds, due);
    }

    /// <summary>An item's text as a task title (Planner takes at most 255 characters).</summary>
    public static TaskMirror ForTask(TaskMirror item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Title.Length <= MaxTitle ? item : item with { Title = item.Title[..(MaxTitle - 1)] + "…" };
    }

    private const int MaxTitle = 255;
}
