namespace TeamsBot.Graph;

/// <summary>A Planner plan of a team's group; <see cref="ETag"/> is what deleting it must send as <c>If-Match</c>.</summary>
public sealed record PlannerPlanInfo(string Id, string Title, string? ETag = null);

/// <summary>
/// A Planner task as the bot reads it. <see cref="ETag"/> is what a change must send as <c>If-Match</c>;
/// <see cref="AssigneeIds"/> are Entra object ids; <see cref="Due"/> is the UTC date of its due instant, <see cref="DueAt"/>
/// the instant itself (Planner's own apps store the start of the chosen day in the user's time zone, so the day is best
/// read in the team's zone).
/// </summary>
public sealed record PlannerTaskInfo(
    string Id,
    string? ETag,
    string Title,
    string? BucketId,
    bool Done,
    IReadOnlyList<string> AssigneeIds,
    DateOnly? Due)
{
    public DateTimeOffset? DueAt { get; init; }
}

/// <summary>A task to create: no <see cref="AssigneeIds"/> leaves it unassigned; <see cref="Description"/> goes into its details.</summary>
public sealed record PlannerTaskDraft(string PlanId, string BucketId, string Title, IReadOnlyList<string> AssigneeIds, DateOnly? Due, string Description);

/// <summary>The task Planner stored for a draft, and the ETag of its details once the description was written.</summary>
public sealed record PlannerCreated(PlannerTaskInfo Task, string? DetailsETag);

/// <summary>A task's details as the bot reads them: the description (where the item's marker is) and their ETag.</summary>
public sealed record PlannerTaskDetailsInfo(string? Description, string? ETag);

/// <summary>
/// A change of a task: null fields stay as they are. <see cref="Assignees"/> replaces every assignee (empty: nobody);
/// <see cref="ClearDue"/> removes the due date.
/// </summary>
public sealed record PlannerTaskChange(string? Title = null, bool? Done = null, IReadOnlyList<string>? Assignees = null, DateOnly? Due = null, bool ClearDue = false);

public enum PlannerWriteOutcome
{
    /// <summary>The change was stored; <see cref="PlannerWrite.Task"/> is the task afterwards.</summary>
    Written,

    /// <summary>The ETag was stale (412): <see cref="PlannerWrite.Task"/> is the task as it is now, read again (null after a delete).</summary>
    Conflict,

    /// <summary>The task no longer exists (404): deleted in Planner.</summary>
    Gone,
}

/// <summary>What a conditional change of a task came to.</summary>
public sealed record PlannerWrite(PlannerWriteOutcome Outcome, PlannerTaskInfo? Task);
