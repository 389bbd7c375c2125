using TeamsBot.Followup;
using TeamsBot.Reminders;

namespace TeamsBot.Bench;

/// <summary>
/// A stand-in for the Teams connector (benchmark): enforces the send limits exactly, per conversation and per tenant,
/// over sliding windows, answers Throttled (a 429 with the Retry-After until the window frees up) when a send would break
/// one, and counts what it delivered, so that duplicates and losses can be told.
/// </summary>
public sealed class LimitEnforcingConnector(TimeProvider time, SendLimits limits) : IReminderSender
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>[]> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>[]> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _delivered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)> _tenantSpans = new(StringComparer.Ordinal);
    private int _throttled;

    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>How often each message ("team|recipient") was delivered.</summary>
    public IReadOnlyDictionary<string, int> Delivered
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_delivered, StringComparer.Ordinal);
            }
        }
    }

    public DateTimeOffset? LastDelivery { get; private set; }

    /// <summary>Per tenant the first and the last delivery: what the round spent before sending, and how long sending took.</summary>
    public IReadOnlyDictionary<string, (DateTimeOffset First, DateTimeOffset Last)> TenantSpans
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)>(_tenantSpans, StringComparer.Ordinal);
            }
        }
    }

    public Task<SendOutcome> SendPingAsync(TeamInstallation team, PersonalChat chat, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
        Task.FromResult(Send(team.TenantId, chat.ConversationId, team.TeamId + "|" + ping.Owner));

    public Task<SendOutcome> MentionInThreadAsync(TeamInstallation team, string channelThread, Owner owner, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
        Task.FromResult(Send(team.TenantId, team.ChannelId, team.TeamId + "|" + ping.Owner));

    public Task<SendOutcome> SendCarryOverAsync(TeamInstallation team, CarryOverPost post, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
        Task.FromResult(Send(team.TenantId, team.ChannelId, team.TeamId + "|channel"));

    private SendOutcome Send(string tenantId, string conversationId, string message)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var conversation = Windows(_conversations, tenantId + "|" + conversationId, limits.PerConversation.Count);
            var tenant = Windows(_tenants, tenantId, limits.PerTenant.Count);
            var wait = TimeSpan.Zero;
            wait = Max(wait, Exceeded(conversation, limits.PerConversation, now));
            wait = Max(wait, Exceeded(tenant, limits.PerTenant, now));
            if (wait > TimeSpan.Zero)
            {
                _throttled++;
                return new SendOutcome.Throttled(wait);
            }

            Record(conversation, now);
            Record(tenant, now);
            _delivered[message] = _delivered.GetValueOrDefault(message) + 1;
            LastDelivery = now;
            _tenantSpans[tenantId] = _tenantSpans.TryGetValue(tenantId, out var span) ? (span.First, now) : (now, now);
            return new SendOutcome.Sent(Guid.NewGuid().ToString("N"));
        }
    }

    private static Queue<DateTimeOffset>[] Windows(Dictionary<string, Queue<DateTimeOffset>[]> lanes, string key, int count)
    {
        if (!lanes.TryGetValue(key, out var windows))
        {
            windows = [.. Enumerable.Range(0, count).Select(_ => new Queue<DateTimeOffset>())];
            lanes[key] = windows;
        }

        return windows;
    }

    /// <summary>Zero when one more send now keeps every limit; else how long until the oldest send in a full window leaves it.</summary>
    private static TimeSpan Exceeded(Queue<DateTimeOffset>[] windows, IReadOnlyList<SendLimit> limits, DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        for (var i = 0; i < limits.Count; i++)
        {
            var window = windows[i];
            while (window.Count > 0 && window.Peek() <= now - limits[i].Window)
            {
                window.Dequeue();
            }

            if (window.Count >= limits[i].Count)
            {
                wait = Max(wait, window.Peek() + limits[i].Window - now);
            }
        }

        return wait;
    }

    private static void Record(Queue<DateTimeOffset>[] windows, DateTimeOffset now)
    {
        foreach (var window in windows)
        {
            window.Enqueue(now);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
