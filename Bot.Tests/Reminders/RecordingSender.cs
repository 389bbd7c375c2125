using System.Collections.Concurrent;
using TeamsBot.Followup;
using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

/// <summary>One send the fake connector took: how, to whom (member id, or "channel"), when, and the texts of the items listed.</summary>
internal sealed record SentMessage(string Via, string TeamId, string Recipient, DateTimeOffset At, PingReason? Reason, IReadOnlyList<string> Items)
{
    /// <summary>The next meeting the message names, as the plan had it.</summary>
    public ScheduledMeeting? NextMeeting { get; init; }
}

/// <summary>
/// The Teams side in tests: records what it was asked to send, at what (fake) time. Users in <see cref="Unreachable"/>
/// answer Unreachable in their chat; the first <see cref="ThrottleFirst"/> sends answer a 429; <see cref="ThrowOnce"/>
/// makes the first send throw (an instance dying after its claim, before the send).
/// </summary>
internal sealed class RecordingSender(TimeProvider time) : IReminderSender
{
    private int _calls;
    private int _throwsLeft;

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public HashSet<string> Unreachable { get; init; } = [];

    public int ThrottleFirst { get; init; }

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(3);

    public bool ThrowOnce
    {
        init => _throwsLeft = value ? 1 : 0;
    }

    public int ThrottledAnswers;

    public Task<SendOutcome> SendPingAsync(TeamInstallation team, PersonalChat chat, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
        Answer(() => Unreachable.Contains(chat.UserId)
            ? new SendOutcome.Unreachable()
            : Record(new("chat", team.TeamId, chat.UserId, time.GetUtcNow(), ping.Reason, Ids(items)) { NextMeeting = ping.NextMeeting }));

    public Task<SendOutcome> MentionInThreadAsync(TeamInstallation team, string channelThread, Owner owner, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
        Answer(() => Record(new("mention:" + channelThread, team.TeamId, owner.MemberId ?? owner.Name, time.GetUtcNow(), ping.Reason, Ids(items))));

    public Task<SendOutcome> SendCarryOverAsync(TeamInstallation team, CarryOverPost post, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
        Answer(() => Record(new("channel", team.TeamId, "channel", time.GetUtcNow(), null, Ids(items)) { NextMeeting = post.NextMeeting }));

    private Task<SendOutcome> Answer(Func<SendOutcome> send)
    {
        if (Interlocked.Decrement(ref _throwsLeft) >= 0)
        {
            throw new HttpRequestException("The instance died during the send.");
        }

        if (Interlocked.Increment(ref _calls) <= ThrottleFirst)
        {
            Interlocked.Increment(ref ThrottledAnswers);
            return Task.FromResult<SendOutcome>(new SendOutcome.Throttled(RetryAfter));
        }

        return Task.FromResult(send());
    }

    private SendOutcome.Sent Record(SentMessage message)
    {
        Sent.Enqueue(message);
        return new SendOutcome.Sent("activity-" + Guid.NewGuid().ToString("N"));
    }

    private static List<string> Ids(IReadOnlyList<OpenItem> items) => [.. items.Select(i => i.Text)];
}
