namespace TeamsBot.Graph;

/// <summary>A Planner plan of a team's group.</summary>
public sealed record PlannerPlanInfo(string Id, string Title);

/// <summary>
/// A Planner task as the bot reads it. <see cref="ETag"/> is what a change must send as <c>If-Match</c>;
/// <see cref="AssigneeIds"/> are Entra object ids; <see cref="Due"/> is the UTC date of its due instant.
/// </summary>
public sealed record PlannerTaskInfo(
    string Id,
    string? ETag,
    string Title,
    string? BucketId,
    bool Done,
    IReadOnlyList<string> AssigneeIds,
    DateOnly? Due);

/// <summary>A task to create: <see cref="AssigneeId"/> null leaves it unassigned; <see cref="Description"/> goes into its details.</summary>
public sealed record PlannerTaskDraft(string PlanId, string BucketId, string Title, string? AssigneeId, DateOnly? Due, string Description);

/// <summary>
/// A change of a task: null fields stay as they are. <see cref="Assignee"/> replaces every assignee (an empty string:
/// nobody); <see cref="ClearDue"/> removes the due date.
/// </summary>
public sealed record PlannerTaskChange(string? Title = null, bool? Done = null, string? Assignee = null, DateOnly? Due = null, bool ClearDue = false);

public enum PlannerWriteOutcome
{
    /// <summary>The change was stored; <see cref="PlannerWrite.Task"/> is the task afterwards.</summary>
    Written,

    /// <summary>The ETag was stale (412): <see cref="PlannerWrite.Task"/> is the task as it is now, read again.</summary>
    Conflict,

    /// <summary>The task no longer exists (404): deleted in Planner.</summary>
    Gone,
}

/// <summary>What a conditional change of a task came to.</summary>
public sealed record PlannerWrite(PlannerWriteOutcome Outcome, PlannerTaskInfo? Task);
