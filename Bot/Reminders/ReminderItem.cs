namespace TeamsBot.Reminders;

/// <summary>Where an item stands for reminding: only open items are ever pinged.</summary>
public enum ReminderItemStatus { Open, Done, Dropped }

/// <summary>
/// An action item as the reminder policy sees it: the extractor's id, who must do it (empty when nobody is named),
/// its own due date, its status, and until when its owner snoozed it.
/// </summary>
public sealed record ReminderItem(
    string Id,
    IReadOnlyList<string> Owners,
    DateOnly? Due,
    ReminderItemStatus Status = ReminderItemStatus.Open,
    DateTimeOffset? SnoozedUntil = null);
