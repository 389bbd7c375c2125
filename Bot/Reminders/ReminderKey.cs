using System.Globalization;

namespace TeamsBot.Reminders;

/// <summary>What a delivery is: a personal reminder before the meeting, one for items falling due, or the channel's carry-over post.</summary>
public enum DeliveryKind { NextMeeting, Due, CarryOver }

/// <summary>
/// One reminder to deliver once. <see cref="Occasion"/> is the meeting's local date for <see cref="DeliveryKind.NextMeeting"/>
/// and <see cref="DeliveryKind.CarryOver"/>, and the earliest due date of the items for <see cref="DeliveryKind.Due"/>:
/// never the send time, because the planner moves a missed send time forward on every round.
/// <see cref="Recipient"/> is the owner's key (empty for the carry-over post).
/// </summary>
public sealed record ReminderKey(string TenantId, string TeamId, string SeriesId, DateOnly Occasion, string Recipient, DeliveryKind Kind)
{
    /// <summary>The claim's name in the store (hashed there, never a path).</summary>
    public string ClaimName => string.Join('|', "reminder", TeamId, SeriesId, Occasion.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Recipient, Kind.ToString());
}
