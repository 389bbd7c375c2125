using System.Text.Json.Serialization;

namespace TeamsBot.Followup;

/// <summary>
/// The Planner task an item is mirrored to. <see cref="TaskId"/> is null while its creation is under way: a create that
/// timed out may still have reached Planner, so a retry first looks for a task carrying the item's id. <see cref="Synced"/>
/// is the state both sides had at the last sync: whichever side differs from it is the side that changed.
/// <see cref="Deleted"/>: the task was deleted in Planner; the item stays, unlinked, and gets no new task.
/// </summary>
public sealed record PlannerLink(string? TaskId, string? ETag, TaskMirror Synced, DateTimeOffset Since)
{
    public bool Deleted { get; init; }

    /// <summary>The ETag of the task's details as the bot left them (its description): a change there is a change in Planner too.</summary>
    public string? DetailsETag { get; init; }

    /// <summary>Someone changed the task in Planner at some time (a sync found another ETag than the one it left).</summary>
    public bool Touched { get; init; }

    /// <summary>A task asked for and not yet confirmed.</summary>
    public bool Pending => TaskId is null && !Deleted;
}

/// <summary>
/// What an item and its task share: title, done or not, the assignees' Entra ids (every member owner; empty: nobody),
/// due date. Two mirrors are equal when they share these, whatever the order of the assignees.
/// </summary>
public sealed record TaskMirror
{
    private readonly List<string> _assigneeIds = [];

    [JsonConstructor]
    public TaskMirror(string title, bool done, IReadOnlyList<string>? assigneeIds, DateOnly? due) =>
        (Title, Done, AssigneeIds, Due) = (title, done, assigneeIds ?? [], due);

    public string Title { get; init; }

    public bool Done { get; init; }

    /// <summary>Sorted and distinct.</summary>
    public IReadOnlyList<string> AssigneeIds
    {
        get => _assigneeIds;
        init => _assigneeIds = Normal(value);
    }

    public DateOnly? Due { get; init; }

    /// <summary>Links stored before tasks had several assignees named one: read into <see cref="AssigneeIds"/>, never written.</summary>
    [JsonInclude]
    [JsonPropertyName("assigneeId")]
    internal string? LegacyAssigneeId
    {
        get => null;
        init
        {
            if (value is not null && _assigneeIds.Count == 0)
            {
                AssigneeIds = [value];
            }
        }
    }

    public static TaskMirror Of(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Text, item.Status != ItemStatus.Open, [.. item.Owners.Where(o => o.Kind == OwnerKind.Member && o.MemberId is not null).Select(o => o.MemberId!)], item.Due);
    }

    /// <summary>Whether <paramref name="other"/> names the same people, in whatever order.</summary>
    public bool SameAssignees(IEnumerable<string> other) =>
        AssigneeIds.SequenceEqual(Normal(other), StringComparer.OrdinalIgnoreCase);

    public bool Equals(TaskMirror? other) =>
        other is not null && Title == other.Title && Done == other.Done && Due == other.Due && SameAssignees(other.AssigneeIds);

    private static List<string> Normal(IEnumerable<string>? ids) =>
        [.. (ids ?? []).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    public override int GetHashCode() => HashCode.Combine(Title, Done, Due, AssigneeIds.Count);
}

/// <summary>
/// A team's Planner setting ("Acties ook in Planner"): off by default. <see cref="PlanId"/> is the chosen plan; null
/// with <see cref="Enabled"/> means the bot creates one. <see cref="Buckets"/> maps a meeting series to its bucket.
/// <see cref="AccessDenied"/>: the last attempt was refused (no <c>Tasks.ReadWrite.All</c>), for the settings card to say.
/// <see cref="Tasks"/>: every task the bot made, as it last left it, so that the task of an item that is gone (dropped by a
/// new version of the minutes, or its meeting forgotten) can still be found and tidied up.
/// </summary>
public sealed record PlannerSettings(bool Enabled, string? PlanId = null, string? PlanTitle = null)
{
    public IReadOnlyDictionary<string, string> Buckets { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool AccessDenied { get; init; }

    /// <summary>Task id to what the bot last knew of it.</summary>
    public IReadOnlyDictionary<string, KnownTask> Tasks { get; init; } = new Dictionary<string, KnownTask>(StringComparer.Ordinal);
}

/// <summary>
/// A task the bot made: the item it mirrors, the ETags (task, details) it had when the bot last synced it, and whether
/// anyone ever changed it in Planner.
/// </summary>
public sealed record KnownTask(string ItemId, string? ETag, string? DetailsETag)
{
    public bool Touched { get; init; }
}
