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

    /// <summary>A task asked for and not yet confirmed.</summary>
    public bool Pending => TaskId is null && !Deleted;
}

/// <summary>What an item and its task share: title, done or not, the assignee's Entra id (null: nobody), due date.</summary>
public sealed record TaskMirror(string Title, bool Done, string? AssigneeId, DateOnly? Due)
{
    public static TaskMirror Of(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Text, item.Status != ItemStatus.Open, item.Owners.FirstOrDefault(o => o.Kind == OwnerKind.Member)?.MemberId, item.Due);
    }
}

/// <summary>
/// A team's Planner setting ("Acties ook in Planner"): off by default. <see cref="PlanId"/> is the chosen plan; null
/// with <see cref="Enabled"/> means the bot creates one. <see cref="Buckets"/> maps a meeting series to its bucket.
/// <see cref="AccessDenied"/>: the last attempt was refused (no <c>Tasks.ReadWrite.All</c>), for the settings card to say.
/// </summary>
public sealed record PlannerSettings(bool Enabled, string? PlanId = null, string? PlanTitle = null)
{
    public IReadOnlyDictionary<string, string> Buckets { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool AccessDenied { get; init; }
}
