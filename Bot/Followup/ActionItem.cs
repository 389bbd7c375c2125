namespace TeamsBot.Followup;

public enum ItemStatus
{
    Open,
    Done,
    Dropped,
}

/// <summary>
/// Something someone is to do after the meeting. <see cref="Owners"/> is empty when the minutes name nobody.
/// <see cref="History"/> records every change with who made it, oldest first.
/// </summary>
public sealed record ActionItem(
    string Id,
    string Text,
    string Quote,
    string? Section,
    IReadOnlyList<Owner> Owners,
    DateOnly? Due,
    ItemStatus Status,
    DateTimeOffset? SnoozedUntil,
    IReadOnlyList<ItemChange> History)
{
    /// <summary>
    /// Who the minutes imply where they name nobody, best first with the reason ("programmamanager Veiligheid"), for the
    /// minute-taker to choose in review; never an owner by itself.
    /// </summary>
    public IReadOnlyList<OwnerSuggestion> Suggestions { get; init; } = [];

    /// <summary>The Planner task the item is mirrored to, when the team has "Acties ook in Planner" on; stored items without it have none.</summary>
    public PlannerLink? Planner { get; init; }

    /// <summary>What the item hangs under in its minutes (the list item above it): helps the next minutes' reading find it.</summary>
    public string? Context { get; init; }

    public bool IsOwnedBy(string userId) => Owners.Any(o => o.Kind == OwnerKind.Member && o.MemberId == userId);

    public bool IsSnoozedAt(DateTimeOffset now) => SnoozedUntil is { } until && until > now;
}

public enum ChangeKind
{
    Created,
    Completed,
    Reopened,
    Dropped,
    Reassigned,
    DueChanged,
    TextEdited,
    Snoozed,

    /// <summary>A first due date for an item that had none: not a postponement.</summary>
    DueSet,
}

/// <summary>Someone the minutes imply for an item, linked to the team where that can be, with why.</summary>
public sealed record OwnerSuggestion(Owner Owner, string Reason);

/// <summary>One change of an item: who, when, what, and the new value where there is one (a date, owner names, text).</summary>
public sealed record ItemChange(DateTimeOffset At, Actor By, ChangeKind Kind, string? Detail = null);
