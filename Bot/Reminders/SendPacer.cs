namespace TeamsBot.Reminders;

/// <summary>
/// Paces sends to Teams so that no sliding-window limit is ever broken where Teams counts: at arrival. A sender asks
/// <see cref="Reserve"/> for the earliest moment it may send to a conversation of a tenant; that moment is booked at once,
/// so concurrent senders (threads of one instance) never share a slot. Timers fire late and threads get their turn late,
/// so a send leaves later than booked; <see cref="WaitTurnAsync"/> therefore books the moment it actually leaves, and a
/// send that would now break a limit next to the others' bookings is booked again for a later slot instead of going.
/// Bookings keep windows longer by a headroom than the limits a departure must keep, so a little lateness costs nothing.
/// A 429's Retry-After pushes the conversation (or the whole tenant) back. A tenant's free slots are filled by whichever
/// conversation can use them.
/// </summary>
public sealed class SendPacer
{
    /// <summary>How much later than it leaves a send may reach Teams (scheduling between the pacer and the wire, network).</summary>
    public static readonly TimeSpan ArrivalJitter = TimeSpan.FromMilliseconds(10);

    /// <summary>How late a send may wake and still leave on its booking: timer and thread-pool lateness under load.</summary>
    public static readonly TimeSpan WakeHeadroom = TimeSpan.FromMilliseconds(40);

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Tenant, string Conversation), Lane> _conversations = [];
    private readonly Dictionary<string, Lane> _tenants = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SendLimits _departure;
    private readonly SendLimits _booking;
    private readonly TimeSpan _conversationHistory;
    private readonly TimeSpan _tenantHistory;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// A pacer whose departures keep <paramref name="limits"/> and whose bookings keep them over windows longer by
    /// <paramref name="headroom"/>.
    /// </summary>
    public SendPacer(TimeProvider time, SendLimits limits, TimeSpan headroom)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(headroom, TimeSpan.Zero);
        (_time, _departure, _booking) = (time, limits, limits.Widened(headroom));
        _conversationHistory = _booking.PerConversation.Max(l => l.Window);
        _tenantHistory = _booking.PerTenant.Max(l => l.Window);
    }

    /// <summary>A pacer that books exactly at <paramref name="limits"/>.</summary>
    public SendPacer(TimeProvider time, SendLimits limits)
        : this(time, limits, TimeSpan.Zero)
    {
    }

    /// <summary>A pacer that books exactly at Teams' limits.</summary>
    public SendPacer(TimeProvider time)
        : this(time, SendLimits.Teams)
    {
    }

    /// <summary>
    /// The pacer for real Teams: departures keep the limits with <see cref="ArrivalJitter"/> to spare, bookings also leave
    /// <see cref="WakeHeadroom"/>. Teams counts arrivals; without the spare a send booked one window after another that
    /// reached Teams a few milliseconds late is a 429.
    /// </summary>
    public static SendPacer ForTeams(TimeProvider time) => new(time, SendLimits.Teams.Widened(ArrivalJitter), WakeHeadroom);

    /// <summary>Books and returns the earliest moment a message may be sent to the conversation (never before now).</summary>
    public DateTimeOffset Reserve(string tenantId, string conversationId)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var conversation = LaneOf(_conversations, (tenantId, conversationId));
            var tenant = LaneOf(_tenants, tenantId);
            var at = Earliest(now, conversation, tenant, _booking);
            conversation.Book(at);
            tenant.Book(at);
            return at;
        }
    }

    /// <summary>
    /// Waits until a send is allowed, then returns: the call a sender loop makes before each send. The booking is moved
    /// to the moment the wait ends; when that breaks a limit (the send woke too late), it waits for a new booking.
    /// </summary>
    public async Task WaitTurnAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var slot = Reserve(tenantId, conversationId);
        while (true)
        {
            var delay = slot - _time.GetUtcNow();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }

            if (Depart(tenantId, conversationId, slot) is not { } later)
            {
                return;
            }

            slot = later;
        }
    }

    /// <summary>
    /// Honours a 429: nothing more is booked for the conversation (or, with <paramref name="wholeTenant"/>, the tenant)
    /// before now + <paramref name="retryAfter"/>. Slots already handed out are the sender's to re-reserve.
    /// </summary>
    public void Throttled(string tenantId, string conversationId, TimeSpan retryAfter, bool wholeTenant = false)
    {
        var until = _time.GetUtcNow() + (retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1));
        lock (_lock)
        {
            var lane = wholeTenant ? LaneOf(_tenants, tenantId) : LaneOf(_conversations, (tenantId, conversationId));
            lane.BlockedUntil = Max(lane.BlockedUntil, until);
        }
    }

    /// <summary>
    /// Moves the booking of <paramref name="slot"/> to now and returns null when a send now keeps the departure limits
    /// next to every other booking; else books and returns a later slot. That slot is always later than now: the booking
    /// limits are stricter than the departure limits, so now cannot be free under them. A waiter therefore always waits
    /// a positive time, which is what moves a test's fake clock on.
    /// </summary>
    internal DateTimeOffset? Depart(string tenantId, string conversationId, DateTimeOffset slot)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var conversation = LaneOf(_conversations, (tenantId, conversationId));
            var tenant = LaneOf(_tenants, tenantId);
            conversation.Cancel(slot);
            tenant.Cancel(slot);
            var at = Fits(now, conversation, tenant, _departure) ? now : EarliestBetween(now, conversation, tenant, _booking);
            conversation.Book(at);
            tenant.Book(at);
            return at == now ? null : at;
        }
    }

    /// <summary>Whether a send at <paramref name="at"/> keeps the limits next to every booking, earlier and later ones of its conversation too.</summary>
    private static bool Fits(DateTimeOffset at, Lane conversation, Lane tenant, SendLimits limits) =>
        at >= conversation.BlockedUntil && at >= tenant.BlockedUntil
        && conversation.EarliestInsert(at, limits.PerConversation) == at && tenant.EarliestInsert(at, limits.PerTenant) == at;

    /// <summary>
    /// Like <see cref="Earliest"/>, but a free moment between the conversation's later bookings counts too: senders of one
    /// conversation that woke late would otherwise keep booking behind each other.
    /// </summary>
    private static DateTimeOffset EarliestBetween(DateTimeOffset now, Lane conversation, Lane tenant, SendLimits limits)
    {
        var at = Max(Max(now, conversation.BlockedUntil), tenant.BlockedUntil);
        while (true)
        {
            var next = tenant.EarliestInsert(conversation.EarliestInsert(at, limits.PerConversation), limits.PerTenant);
            if (next == at)
            {
                return at;
            }

            at = next;
        }
    }

    /// <summary>The earliest moment from <paramref name="now"/> at which a send keeps <paramref name="limits"/> next to the bookings.</summary>
    private static DateTimeOffset Earliest(DateTimeOffset now, Lane conversation, Lane tenant, SendLimits limits)
    {
        // Per conversation the slots are booked in order, so only the latest ones bind; a later moment never hurts.
        var at = Max(Max(now, conversation.BlockedUntil), tenant.BlockedUntil);
        foreach (var limit in limits.PerConversation)
        {
            at = Max(at, conversation.EarliestAppend(limit));
        }

        return tenant.EarliestInsert(at, limits.PerTenant);
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

        /// <summary>Takes one booking at <paramref name="at"/> back (none left when history already forgot it).</summary>
        public void Cancel(DateTimeOffset at)
        {
            var index = _slots.BinarySearch(at);
            if (index >= 0)
            {
                _slots.RemoveAt(index);
            }
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
