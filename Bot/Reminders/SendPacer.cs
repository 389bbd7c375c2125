namespace TeamsBot.Reminders;

/// <summary>
/// Paces sends to Teams so that no sliding-window limit is ever broken. A sender asks <see cref="Reserve"/> for the
/// earliest moment it may send to a conversation of a tenant; that moment is booked at once, so concurrent senders
/// (threads of one instance) never share a slot. A 429's Retry-After pushes the conversation (or the whole tenant) back.
/// Sends to one conversation keep their order; a tenant's free slots are filled by whichever conversation can use them.
/// </summary>
public sealed class SendPacer(TimeProvider time, SendLimits limits)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Tenant, string Conversation), Lane> _conversations = [];
    private readonly Dictionary<string, Lane> _tenants = new(StringComparer.Ordinal);
    private readonly TimeSpan _conversationHistory = limits.PerConversation.Max(l => l.Window);
    private readonly TimeSpan _tenantHistory = limits.PerTenant.Max(l => l.Window);
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public SendPacer(TimeProvider time)
        : this(time, SendLimits.Teams)
    {
    }

    /// <summary>Books and returns the earliest moment a message may be sent to the conversation (never before now).</summary>
    public DateTimeOffset Reserve(string tenantId, string conversationId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var conversation = LaneOf(_conversations, (tenantId, conversationId));
            var tenant = LaneOf(_tenants, tenantId);

            // Per conversation the slots are booked in order, so only the latest ones bind; a later moment never hurts.
            var at = Max(Max(now, conversation.BlockedUntil), tenant.BlockedUntil);
            foreach (var limit in limits.PerConversation)
            {
                at = Max(at, conversation.EarliestAppend(limit));
            }

            at = tenant.EarliestInsert(at, limits.PerTenant);
            conversation.Book(at);
            tenant.Book(at);
            return at;
        }
    }

    /// <summary>Waits until a send is allowed, then returns: the call a sender loop makes before each send.</summary>
    public async Task WaitTurnAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var delay = Reserve(tenantId, conversationId) - time.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Honours a 429: nothing more is booked for the conversation (or, with <paramref name="wholeTenant"/>, the tenant)
    /// before now + <paramref name="retryAfter"/>. Slots already handed out are the sender's to re-reserve.
    /// </summary>
    public void Throttled(string tenantId, string conversationId, TimeSpan retryAfter, bool wholeTenant = false)
    {
        var until = time.GetUtcNow() + (retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1));
        lock (_lock)
        {
            var lane = wholeTenant ? LaneOf(_tenants, tenantId) : LaneOf(_conversations, (tenantId, conversationId));
            lane.BlockedUntil = Max(lane.BlockedUntil, until);
        }
    }

    private static Lane LaneOf<TKey>(Dictionary<TKey, Lane> lanes, TKey key)
        where TKey : notnull
    {
        if (!lanes.TryGetValue(key, out var lane))
        {
            lane = new Lane();
            lanes[key] = lane;
        }

        return lane;
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastSweep = now;
        Forget(_conversations, now - _conversationHistory, now);
        Forget(_tenants, now - _tenantHistory, now);
    }

    private static void Forget<TKey>(Dictionary<TKey, Lane> lanes, DateTimeOffset before, DateTimeOffset now)
        where TKey : notnull
    {
        foreach (var (key, lane) in lanes)
        {
            lane.ForgetBefore(before);
            if (lane.IsEmpty && lane.BlockedUntil <= now)
            {
                lanes.Remove(key);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The booked send moments of one conversation or tenant, in order.</summary>
    private sealed class Lane
    {
        private readonly List<DateTimeOffset> _slots = [];

        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;

        public bool IsEmpty => _slots.Count == 0;

        /// <summary>The earliest moment after all booked slots that keeps the limit: Count slots later than the Count-th last, by a window.</summary>
        public DateTimeOffset EarliestAppend(SendLimit limit) =>
            _slots.Count < limit.Count ? DateTimeOffset.MinValue : _slots[^limit.Count] + limit.Window;

        /// <summary>The earliest moment at or after <paramref name="from"/> whose booking keeps every limit, also between booked slots.</summary>
        public DateTimeOffset EarliestInsert(DateTimeOffset from, IReadOnlyList<SendLimit> limits)
        {
            var candidate = from;
            while (true)
            {
                var next = limits.Select(l => Conflict(candidate, l)).Where(c => c is not null).Max();
                if (next is null)
                {
                    return candidate;
                }

                candidate = next.Value;
            }
        }

        public void Book(DateTimeOffset at)
        {
            var index = _slots.BinarySearch(at);
            _slots.Insert(index < 0 ? ~index : index + 1, at);
        }

        public void ForgetBefore(DateTimeOffset before)
        {
            var index = _slots.BinarySearch(before);
            _slots.RemoveRange(0, index < 0 ? ~index : index);
        }

        /// <summary>
        /// Null when a slot at <paramref name="at"/> keeps the limit; else a later moment no earlier than the first
        /// that could: the limit can only come free when a booked slot falls out of the window behind the new one.
        /// </summary>
        private DateTimeOffset? Conflict(DateTimeOffset at, SendLimit limit)
        {
            var index = _slots.BinarySearch(at);
            var p = index < 0 ? ~index : index + 1;

            // With the new slot at position p among n + 1, every run of Count + 1 slots that holds it must span a window.
            for (var first = Math.Max(0, p - limit.Count); first <= p && first + limit.Count <= _slots.Count; first++)
            {
                var start = first < p ? _slots[first] : at;
                var last = first + limit.Count;
                var end = last == p ? at : _slots[last - 1];
                if (end - start >= limit.Window)
                {
                    continue;
                }

                if (first < p)
                {
                    return _slots[first] + limit.Window;
                }

                var behind = _slots.BinarySearch(at - limit.Window);
                var k = behind < 0 ? ~behind : behind + 1;
                return _slots[k] + limit.Window;
            }

            return null;
        }
    }
}
