namespace TeamsBot.Reminders;

/// <summary>Why a personal reminder is sent: the next meeting comes up, or items fall due before it.</summary>
public enum PingReason { NextMeeting, Due }

/// <summary>
/// One personal message: to whom, when, why, and which items it lists (in the minutes' order);
/// <see cref="Overdue"/> are those of them already past their due date.
/// </summary>
public sealed record ReminderPing(string Owner, DateTimeOffset SendAt, PingReason Reason, IReadOnlyList<string> Items, IReadOnlyList<string> Overdue)
{
    /// <summary>The next meeting when known, for the message to name it.</summary>
    public ScheduledMeeting? NextMeeting { get; init; }

    /// <summary>
    /// Those of <see cref="Items"/> nobody owns yet: the minute-taker gets them to assign, not as her own actions.
    /// </summary>
    public IReadOnlyList<string> ToAssign { get; init; } = [];
}

/// <summary>The open items of one owner on the carry-over post; <see cref="Owner"/> is null for items nobody owns.</summary>
public sealed record OwnerItems(string? Owner, IReadOnlyList<string> Items);

/// <summary>The channel post the working day before the meeting: the open items per owner, for the agenda.</summary>
public sealed record CarryOverPost(DateTimeOffset SendAt, IReadOnlyList<OwnerItems> Owners)
{
    /// <summary>The meeting the post prepares, for the message to name it.</summary>
    public ScheduledMeeting? NextMeeting { get; init; }

    /// <summary>Every item on the post once, in the minutes' order.</summary>
    public IReadOnlyList<string> Items { get; } = [.. Owners.SelectMany(o => o.Items).Distinct(StringComparer.Ordinal)];
}

/// <summary>What the bot would send, and when, for one meeting's items. Nothing in it has been sent.</summary>
public sealed record ReminderPlan(ScheduledMeeting? NextMeeting, IReadOnlyList<ReminderPing> Pings, CarryOverPost? CarryOver)
{
    /// <summary>True when the next meeting is known but already began at planning time, so nothing is planned for it.</summary>
    public bool MeetingPassed { get; init; }
}
