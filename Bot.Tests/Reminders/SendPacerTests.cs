using Microsoft.Extensions.Time.Testing;
using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

public sealed class SendPacerTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 31, 0, 30, 0, TimeSpan.Zero);

    /// <summary>Fails when any window of any limit holds more sends than it allows.</summary>
    private static void AssertWithin(IEnumerable<DateTimeOffset> sends, IReadOnlyList<SendLimit> limits, string what)
    {
        var sorted = sends.Order().ToList();
        foreach (var limit in limits)
        {
            for (var i = 0; i + limit.Count < sorted.Count; i++)
            {
                Assert.True(sorted[i + limit.Count] - sorted[i] >= limit.Window,
                    $"{what}: {limit.Count + 1} sends within {limit.Window} starting {sorted[i]:O}");
            }
        }
    }

    /// <summary>The shortest span from first to last send that the limits allow for n sends.</summary>
    private static TimeSpan LowerBound(int n, IReadOnlyList<SendLimit> limits) =>
        limits.Select(l => ((n + l.Count - 1) / l.Count - 1) * l.Window).Max();

    [Fact]
    public void Reserve_LongBurstToOneConversation_KeepsEveryWindowAndNearTheShortestMakespan()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time);

        var sends = Enumerable.Range(0, 2000).Select(_ => pacer.Reserve("t1", "c1")).ToList();

        AssertWithin(sends, SendLimits.Teams.PerConversation, "conversation");
        var makespan = sends.Max() - sends.Min();
        var bound = LowerBound(2000, SendLimits.Teams.PerConversation);
        Assert.True(makespan <= bound * 1.05, $"makespan {makespan} vs bound {bound}");
        Assert.Equal(sends.Order(), sends);
    }

    [Fact]
    public void Reserve_FanOutToManyConversationsWithATimeLoop_KeepsEveryWindowAtTheTenantRate()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time);
        var random = new Random(7);
        var sends = new Dictionary<string, List<DateTimeOffset>>();
        var all = new List<DateTimeOffset>();

        // 500 conversations with 20 messages each, asked for in random order while the clock moves on.
        var queue = Enumerable.Range(0, 500).SelectMany(c => Enumerable.Repeat($"c{c}", 20)).OrderBy(_ => random.Next()).ToList();
        foreach (var conversation in queue)
        {
            var at = pacer.Reserve("t1", conversation);
            Assert.True(at >= time.GetUtcNow());
            (sends.TryGetValue(conversation, out var list) ? list : sends[conversation] = []).Add(at);
            all.Add(at);
            if (random.Next(40) == 0 && at > time.GetUtcNow())
            {
                time.SetUtcNow(at);
            }
        }

        foreach (var (conversation, list) in sends)
        {
            AssertWithin(list, SendLimits.Teams.PerConversation, conversation);
        }

        AssertWithin(all, SendLimits.Teams.PerTenant, "tenant");
        var makespan = all.Max() - Start;
        var bound = LowerBound(all.Count, SendLimits.Teams.PerTenant);
        Assert.True(makespan <= bound * 1.1 + TimeSpan.FromSeconds(1), $"makespan {makespan} vs bound {bound}");
    }

    [Fact]
    public void Reserve_TwoTenants_ArePacedIndependently()
    {
        var pacer = new SendPacer(new FakeTimeProvider(Start));

        var first = Enumerable.Range(0, 500).Select(i => pacer.Reserve("t1", $"c{i}")).ToList();
        var second = Enumerable.Range(0, 500).Select(i => pacer.Reserve("t2", $"c{i}")).ToList();

        Assert.Equal(TimeSpan.FromSeconds(9), first.Max() - Start);
        Assert.Equal(TimeSpan.FromSeconds(9), second.Max() - Start);
    }

    [Fact]
    public void Reserve_ConversationAtItsLimit_LeavesTheTenantsFreeSlotsToOthers()
    {
        var pacer = new SendPacer(new FakeTimeProvider(Start));
        for (var i = 0; i < 8; i++)
        {
            pacer.Reserve("t1", "busy");
        }

        Assert.Equal(Start, pacer.Reserve("t1", "quiet"));
        Assert.Equal(Start + TimeSpan.FromSeconds(2), pacer.Reserve("t1", "busy"));
    }

    [Fact]
    public void Throttled_RetryAfter_PushesTheConversationBack()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time);

        pacer.Throttled("t1", "c1", TimeSpan.FromSeconds(30));

        Assert.Equal(Start + TimeSpan.FromSeconds(30), pacer.Reserve("t1", "c1"));
        Assert.Equal(Start, pacer.Reserve("t1", "c2"));
        pacer.Throttled("t1", "c2", TimeSpan.FromSeconds(5), wholeTenant: true);
        Assert.Equal(Start + TimeSpan.FromSeconds(5), pacer.Reserve("t1", "c3"));
    }

    [Fact]
    public async Task Reserve_FromManyThreads_NeverDoublesASlotBeyondTheLimits()
    {
        var pacer = new SendPacer(new FakeTimeProvider(Start));
        var tasks = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            Enumerable.Range(0, 300).Select(i => (Conversation: $"c{i % 3}", At: pacer.Reserve("t1", $"c{i % 3}"))).ToList()));

        var sends = (await Task.WhenAll(tasks)).SelectMany(s => s).ToList();

        Assert.Equal(2400, sends.Count);
        foreach (var group in sends.GroupBy(s => s.Conversation))
        {
            AssertWithin(group.Select(s => s.At), SendLimits.Teams.PerConversation, group.Key);
        }

        AssertWithin(sends.Select(s => s.At), SendLimits.Teams.PerTenant, "tenant");
    }

    [Fact]
    public async Task WaitTurnAsync_WaitsOnTheGivenClockUntilTheSlot()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("t1", "c1", CancellationToken.None);
        }

        var eighth = pacer.WaitTurnAsync("t1", "c1", CancellationToken.None);
        var ninth = pacer.WaitTurnAsync("t1", "c1", CancellationToken.None);
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await eighth;
        Assert.False(ninth.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await ninth;
    }

    [Fact]
    public async Task WaitTurnAsync_WokenTooLateForItsSlot_WaitsForANewSlotInsteadOfBreakingTheWindow()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time);
        var sends = Enumerable.Range(0, 50).Select(i => pacer.Reserve("t1", $"c{i}")).ToList();
        var late = pacer.WaitTurnAsync("t1", "late", CancellationToken.None);
        sends.AddRange(Enumerable.Range(50, 49).Select(i => pacer.Reserve("t1", $"c{i}")));
        sends.AddRange(Enumerable.Range(99, 50).Select(i => pacer.Reserve("t1", $"c{i}")));
        Assert.Equal(Start + TimeSpan.FromSeconds(2), sends.Max());

        // Its slot was Start + 1 s; leaving at 1.3 s would put 51 sends between 1.3 s and 2.3 s.
        time.Advance(TimeSpan.FromMilliseconds(1300));
        Assert.False(late.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1699));
        Assert.False(late.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await late;

        AssertWithin([.. sends, time.GetUtcNow()], SendLimits.Teams.PerTenant, "tenant");
    }

    [Fact]
    public void ForTeams_SendsWakingLateAndArrivingLate_KeepTeamsExactLimitsWhereTheyArrive()
    {
        var time = new FakeTimeProvider(Start);
        var (arrivals, rebooked) = Simulate(time, SendPacer.ForTeams(time), checkAtDeparture: true);

        Assert.Equal(1000, arrivals.Count);
        foreach (var conversation in arrivals.GroupBy(a => a.Conversation))
        {
            AssertWithin(conversation.Select(a => a.At), SendLimits.Teams.PerConversation, conversation.Key);
        }

        AssertWithin(arrivals.Select(a => a.At), SendLimits.Teams.PerTenant, "tenant");
        Assert.InRange(rebooked, 1, 200);
        var makespan = arrivals.Max(a => a.At) - Start;
        var bound = LowerBound(1000, SendLimits.Teams.PerTenant);
        Assert.True(makespan <= bound * 1.2, $"makespan {makespan} vs bound {bound}");
    }

    [Fact]
    public void Reserve_SlotsBookedExactlyAtTheLimitAndSentLate_BreakTheTenantWindowWhereTheyArrive()
    {
        var time = new FakeTimeProvider(Start);
        var (arrivals, _) = Simulate(time, new SendPacer(time), checkAtDeparture: false);

        var sorted = arrivals.Select(a => a.At).Order().ToList();
        Assert.Contains(Enumerable.Range(0, sorted.Count - 50), i => sorted[i + 50] - sorted[i] < TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// 16 senders deliver 1,000 messages to one tenant (800 personal chats, 10 channels with 20 posts each): each books a
    /// slot, wakes up to 80 ms late (one in ten up to 400 ms) and its message reaches Teams up to the pacer's
    /// arrival jitter after it leaves. Without the check at departure a sender leaves as soon as it wakes.
    /// </summary>
    private static (List<(string Conversation, DateTimeOffset At)> Arrivals, int Rebooked) Simulate(FakeTimeProvider time, SendPacer pacer, bool checkAtDeparture)
    {
        var random = new Random(5);
        TimeSpan Late() => TimeSpan.FromMilliseconds(random.Next(10) == 0 ? random.Next(400) : random.Next(80));
        var pending = new Queue<string>(Enumerable.Range(0, 1000).Select(i => i < 800 ? $"chat-{i}" : $"channel-{i % 10}"));
        var wakes = new PriorityQueue<(string Conversation, DateTimeOffset Slot), DateTimeOffset>();
        var arrivals = new List<(string Conversation, DateTimeOffset At)>();
        var rebooked = 0;
        void Next()
        {
            if (pending.TryDequeue(out var conversation))
            {
                var slot = pacer.Reserve("t1", conversation);
                wakes.Enqueue((conversation, slot), slot + Late());
            }
        }

        for (var sender = 0; sender < 16; sender++)
        {
            Next();
        }

        while (wakes.TryDequeue(out var wake, out var at))
        {
            if (at > time.GetUtcNow())
            {
                time.SetUtcNow(at);
            }

            if (checkAtDeparture && pacer.Depart("t1", wake.Conversation, wake.Slot) is { } later)
            {
                rebooked++;
                Assert.True(rebooked < 5000, "senders keep booking behind each other");
                wakes.Enqueue((wake.Conversation, later), later + Late());
                continue;
            }

            arrivals.Add((wake.Conversation, time.GetUtcNow() + (SendPacer.ArrivalJitter * random.NextDouble())));
            Next();
        }

        return (arrivals, rebooked);
    }
}
