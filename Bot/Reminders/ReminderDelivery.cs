namespace TeamsBot.Reminders;

/// <summary>
/// One reminder to deliver once: the team, the meeting series and occurrence (its date), to whom, and why. The key of
/// the exactly-once claim; a due ping for the same owner and occurrence is a separate reminder.
/// </summary>
public sealed record ReminderKey(string TeamId, string SeriesId, DateOnly Occurrence, string Owner, PingReason Reason);

/// <summary>Where a claim stands: free to send, sent, or held by another instance whose lease has not run out.</summary>
public enum ClaimOutcome { Claimed, AlreadySent, HeldByOther }

/// <summary>
/// The seam to storage for exactly-once delivery (the storage layer implements it with a conditional write, e.g. a blob
/// or table entity created with If-None-Match: * and taken over with If-Match on its ETag once the lease expired).
/// </summary>
public interface IReminderClaims
{
    /// <summary>Claims the reminder for this instance for <paramref name="lease"/>, unless it is sent or held by another.</summary>
    Task<ClaimOutcome> TryClaimAsync(ReminderKey key, string instanceId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records the send, with the Teams activity id the connector returned, so that no instance sends it again.</summary>
    Task MarkSentAsync(ReminderKey key, string instanceId, string activityId, CancellationToken cancellationToken);
}
