using TeamsBot.Followup;

namespace TeamsBot.Reminders;

/// <summary>
/// What became of one send: delivered (with the Teams activity id), the user cannot be reached in a personal chat
/// (bot not installed for them, 403/404 on the conversation), throttled (a 429 with its Retry-After), or failed
/// (transient: worth another try in a later round; otherwise given up).
/// </summary>
public abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    public sealed record Sent(string ActivityId) : SendOutcome;

    public sealed record Unreachable : SendOutcome;

    public sealed record Throttled(TimeSpan RetryAfter) : SendOutcome;

    public sealed record Failed(bool Transient) : SendOutcome;
}

/// <summary>
/// The seam to Teams for reminders; the Teams layer implements it over the connector and the cards. Each call sends
/// exactly one activity and does not retry by itself (the round paces, retries and claims). <c>items</c> are the
/// open items the message lists, in the ping's order (<see cref="ReminderPing.Items"/> holds the round's internal ids
/// "{meetingId}/{itemId}"). An exception means "unknown whether it was sent": the claim is then left to its lease.
/// </summary>
public interface IReminderSender
{
    /// <summary>The personal reminder in the owner's 1:1 chat with the bot.</summary>
    Task<SendOutcome> SendPingAsync(TeamInstallation team, PersonalChat chat, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken);

    /// <summary>
    /// The reminder as an @mention of <paramref name="owner"/> in the meeting's thread, for an owner not reachable in a
    /// personal chat. <paramref name="channelThread"/> is the meeting's opaque <see cref="Meeting.ConversationReference"/>.
    /// An <see cref="OwnerKind.Unresolved"/> owner has no member id: name them without a mention entity.
    /// </summary>
    Task<SendOutcome> MentionInThreadAsync(TeamInstallation team, string channelThread, Owner owner, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken);

    /// <summary>The carry-over post in the team's channel; <c>items</c> holds every item of the post once.</summary>
    Task<SendOutcome> SendCarryOverAsync(TeamInstallation team, CarryOverPost post, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken);
}
