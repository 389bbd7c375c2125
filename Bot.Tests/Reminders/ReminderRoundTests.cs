using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Storage;
using TeamsBot.Tests.Followup;
using static TeamsBot.Tests.Reminders.ReminderRoundHarness;

namespace TeamsBot.Tests.Reminders;

public sealed class ReminderRoundTests : IDisposable
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:stuurgroep@thread.tacv2";
    private const string Olga = "Olga belt de wethouder over de subsidie";
    private const string Dino = "Dino schrijft de notitie over de begroting voor de raad";
    private const string Nobody = "Iemand reserveert een zaal voor de partnerdag in september";
    private const string CorDone = "Cor mailt de partners";
    private const string CorSnoozed = "Cor stuurt de planning rond aan iedereen";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reminder-round-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Round_MinutesStateNextMeeting_EachOwnerPingedTwoWorkingDaysBeforeAtNine()
    {
        var harness = Harness(Amsterdam(2023, 6, 19, 9));
        await harness.AddTeamAsync(Tenant, Team);
        var sender = new RecordingSender(harness.Clock);

        var report = await RunAsync(harness.Round(sender));

        Assert.Equal(["aad-dino", "aad-marilyn", "aad-olga"], sender.Sent.Select(s => s.Recipient).Order());
        Assert.All(sender.Sent, s => Assert.Equal(("chat", PingReason.NextMeeting as PingReason?), (s.Via, s.Reason)));
        Assert.Equal([Olga], sender.Sent.Single(s => s.Recipient == "aad-olga").Items);
        Assert.Equal([Nobody], sender.Sent.Single(s => s.Recipient == "aad-marilyn").Items);
        Assert.Equal(3, report.Sent);
    }

    [Fact]
    public async Task Round_MinutesStateTheNextMeetingsTime_PingsAndCarryOverNameThatTime()
    {
        var harness = Harness(Amsterdam(2023, 6, 20, 9));
        await harness.AddTeamAsync(Tenant, Team, statedTime: new TimeOnly(13, 30));
        var sender = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(sender));

        Assert.NotEmpty(sender.Sent);
        Assert.All(sender.Sent, s => Assert.Equal((Amsterdam(2023, 6, 21, 13, 30), true), (s.NextMeeting!.Start, s.NextMeeting.TimeStated)));
    }

    [Fact]
    public async Task Round_MinutesStateNoTime_TheMeetingIsAssumedAtNine()
    {
        var harness = Harness(Amsterdam(2023, 6, 20, 9));
        await harness.AddTeamAsync(Tenant, Team);
        var sender = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(sender));

        Assert.All(sender.Sent, s => Assert.Equal((Amsterdam(2023, 6, 21, 9), false), (s.NextMeeting!.Start, s.NextMeeting.TimeStated)));
    }

    [Fact]
    public async Task Round_DoneAndSnoozedItems_AreNotPingedButCarriedOverWhenOpen()
    {
        var harness = Harness(Amsterdam(2023, 6, 20, 9));
        await harness.AddTeamAsync(Tenant, Team);
        var sender = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(sender));

        Assert.DoesNotContain(sender.Sent, s => s.Recipient == "aad-cor" || s.Items.Contains(CorDone));
        var carryOver = Assert.Single(sender.Sent, s => s.Via == "channel");
        Assert.Equal([Olga, Dino, Nobody, CorSnoozed], carryOver.Items);
    }

    [Fact]
    public async Task Round_CalendarHasTheSeries_CalendarDecidesOverTheMinutes()
    {
        var harness = Harness(Amsterdam(2023, 6, 26, 9));
        await harness.AddTeamAsync(Tenant, Team, groupId: "group-1");
        var calendar = new FixedCalendar([new CalendarOccurrence("Stuurgroep Stadspartners", Amsterdam(2023, 6, 28, 13, 30), Amsterdam(2023, 6, 28, 15), true, false, "series-1")]);
        var withCalendar = new RecordingSender(harness.Clock);
        var without = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(without, calendar: null));
        await RunAsync(harness.Round(withCalendar, calendar));

        Assert.Empty(without.Sent);
        Assert.Equal(3, withCalendar.Sent.Count(s => s.Reason == PingReason.NextMeeting && Near(s.At, Amsterdam(2023, 6, 26, 9))));
        Assert.Equal(["group-1"], calendar.AskedFor);
    }

    [Fact]
    public async Task Round_CalendarRefusesOrTeamHasNoGroup_MinutesDecide()
    {
        var harness = Harness(Amsterdam(2023, 6, 19, 9));
        await harness.AddTeamAsync(Tenant, Team, groupId: "group-denied");
        await harness.AddTeamAsync(Tenant, "19:zonder-groep@thread.tacv2");
        var sender = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(sender, new FixedCalendar([]) { Refuse = true }));

        Assert.Equal(6, sender.Sent.Count(s => s.Reason == PingReason.NextMeeting));
    }

    [Fact]
    public async Task Round_TeamRhythmWithoutStatedNextMeeting_RhythmDecides()
    {
        var harness = Harness(Amsterdam(2023, 6, 19, 9));
        await harness.AddTeamAsync(Tenant, Team, withNext: false);
        var silent = new RecordingSender(harness.Clock);
        await RunAsync(harness.Round(silent));
        await harness.Followup.UpdateSettingsAsync(Tenant, Team, s => s with { Cadence = "om de twee weken op woensdag 13:30" }, CancellationToken.None);
        var sender = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(sender));

        Assert.Empty(silent.Sent);
        Assert.Equal(3, sender.Sent.Count(s => s.Reason == PingReason.NextMeeting));
    }

    [Fact]
    public async Task Round_MeetingHasPassed_NothingIsSent()
    {
        var harness = Harness(Amsterdam(2023, 6, 21, 14));
        await harness.AddTeamAsync(Tenant, Team);
        var sender = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(sender));

        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Round_OwnerWithoutPersonalChatOrUnreachable_IsMentionedInTheMeetingsThread()
    {
        var harness = Harness(Amsterdam(2023, 6, 19, 9));
        var meeting = await harness.AddTeamAsync(Tenant, Team);
        await harness.Followup.ReopenAsync(new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[3].Id), FollowupTestData.Secretary, CancellationToken.None);
        var sender = new RecordingSender(harness.Clock) { Unreachable = ["aad-olga"] };

        await RunAsync(harness.Round(sender));

        var mentions = sender.Sent.Where(s => s.Via == "mention:" + meeting.ConversationReference).Select(s => s.Recipient).Order();
        Assert.Equal(["aad-cor", "aad-olga"], mentions);
        Assert.Equal(["aad-dino", "aad-marilyn"], sender.Sent.Where(s => s.Via == "chat").Select(s => s.Recipient).Order());
    }

    [Fact]
    public async Task Round_ConnectorAnswers429_RetriesAfterRetryAfterAndSendsEachOnce()
    {
        var harness = Harness(Amsterdam(2023, 6, 19, 9));
        await harness.AddTeamAsync(Tenant, Team);
        var sender = new RecordingSender(harness.Clock) { ThrottleFirst = 2, RetryAfter = TimeSpan.FromSeconds(3) };

        var report = await RunAsync(harness.Round(sender));

        Assert.Equal(2, report.Throttled);
        Assert.Equal(3, sender.Sent.Select(s => s.Recipient).Distinct().Count());
        Assert.Equal(3, sender.Sent.Count);
        Assert.Contains(sender.Sent, s => s.At >= Amsterdam(2023, 6, 19, 9) + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Rounds_AcrossTheEndOfSummerTime_SendAtNineLocalInEachOwnersZone()
    {
        var harness = Harness(Amsterdam(2023, 10, 27, 9));
        await harness.AddTeamAsync(Tenant, Team, statedNext: new DateOnly(2023, 11, 1));
        await harness.Installations.RecordPersonalChatAsync(new PersonalChat(Tenant, "aad-dino", "a:chat-aad-dino", "https://smba.example/emea/", "America/New_York", "en-US", harness.Clock.GetUtcNow()), CancellationToken.None);
        var sender = new RecordingSender(harness.Clock);
        var round = harness.Round(sender);

        while (harness.Clock.GetUtcNow() < Amsterdam(2023, 11, 1, 9))
        {
            await RunAsync(round);
            harness.Clock.Advance(TimeSpan.FromMinutes(15));
        }

        // Monday 30 October: 09:00 CET is 08:00 UTC (it was 07:00 UTC before 29 October); New York is still on EDT (13:00 UTC).
        Assert.True(Near(sender.Sent.Single(s => s.Recipient == "aad-olga").At, new DateTimeOffset(2023, 10, 30, 8, 0, 0, TimeSpan.Zero)));
        Assert.True(Near(sender.Sent.Single(s => s.Recipient == "aad-dino").At, new DateTimeOffset(2023, 10, 30, 13, 0, 0, TimeSpan.Zero)));
        Assert.True(Near(sender.Sent.Single(s => s.Via == "channel").At, new DateTimeOffset(2023, 10, 31, 8, 0, 0, TimeSpan.Zero)));
        // Cor's item was snoozed until 1 July only, so it is open again: Cor has no chat and is mentioned in the thread.
        Assert.True(Near(sender.Sent.Single(s => s.Recipient == "aad-cor").At, new DateTimeOffset(2023, 10, 30, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal(5, sender.Sent.Count);
    }

    /// <summary>Within a minute after: a pacer's wait moves the fake clock on.</summary>
    private static bool Near(DateTimeOffset actual, DateTimeOffset expected) => actual >= expected && actual - expected < TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Round_OutlastingItsLease_KeepsTheTenant_ASecondInstanceMeanwhileSkipsIt()
    {
        var harness = Harness(Amsterdam(2023, 6, 19, 9));
        harness.Options.LeaseDuration = TimeSpan.FromSeconds(60);
        harness.Options.MaxThrottledRetries = 50;
        await harness.AddTeamAsync(Tenant, Team);
        var start = harness.Clock.GetUtcNow();
        var late = TimeSpan.Zero;
        var secondSender = new RecordingSender(harness.Clock);
        RoundReport? second = null;
        // The connector answers 429 with a Retry-After of 10 s to one of the three sends until the round has gone on past
        // its first 60 s lease; then the second instance starts, right before that send goes. The other two go at once,
        // so that only the held send's waits move the fake clock on and nothing moves it between a renewal and the send.
        var first = new SenderWithHook(new RecordingSender(harness.Clock), TimeSpan.FromSeconds(10), () => harness.Clock.GetUtcNow() - start > harness.Options.LeaseDuration, async () =>
        {
            late = harness.Clock.GetUtcNow() - start;
            second = await RunAsync(harness.Round(secondSender, instance: "second"));
        });

        var report = await RunAsync(harness.Round(first, instance: "first"));

        Assert.True(second is not null, "no send of the first round came after its lease ran out");
        Assert.True(late > harness.Options.LeaseDuration, $"the second instance ran {late} into the round, within the first lease");
        Assert.Equal(1, second.TenantsSkipped);
        Assert.Empty(secondSender.Sent);
        Assert.Equal((3, 3), (report.Sent, first.Inner.Sent.Select(s => s.Recipient).Distinct().Count()));
    }

    /// <summary>
    /// Holds back the first recipient it is asked to send to: answers 429 with <paramref name="retryAfter"/> to that one
    /// while <paramref name="when"/> does not hold; then runs <paramref name="hook"/> once, before that send reaches the
    /// inner sender. Every other send goes through at once.
    /// </summary>
    private sealed class SenderWithHook(RecordingSender inner, TimeSpan retryAfter, Func<bool> when, Func<Task> hook) : IReminderSender
    {
        private int _fired;
        private string? _held;

        public RecordingSender Inner => inner;

        public async Task<SendOutcome> SendPingAsync(TeamInstallation team, PersonalChat chat, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
            await HookAsync("chat:" + chat.UserId) ? await inner.SendPingAsync(team, chat, ping, items, cancellationToken) : new SendOutcome.Throttled(retryAfter);

        public async Task<SendOutcome> MentionInThreadAsync(TeamInstallation team, string channelThread, Owner owner, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
            await HookAsync("mention:" + (owner.MemberId ?? owner.Name)) ? await inner.MentionInThreadAsync(team, channelThread, owner, ping, items, cancellationToken) : new SendOutcome.Throttled(retryAfter);

        public async Task<SendOutcome> SendCarryOverAsync(TeamInstallation team, CarryOverPost post, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken) =>
            await HookAsync("channel:" + team.TeamId) ? await inner.SendCarryOverAsync(team, post, items, cancellationToken) : new SendOutcome.Throttled(retryAfter);

        /// <summary>True when the send may go through: the hook has run (by this call or an earlier one).</summary>
        private async Task<bool> HookAsync(string recipient)
        {
            if ((Interlocked.CompareExchange(ref _held, recipient, null) ?? recipient) != recipient || Volatile.Read(ref _fired) == 2)
            {
                return true;
            }

            if (!when())
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _fired, 1, 0) == 0)
            {
                await hook();
                Volatile.Write(ref _fired, 2);
                return true;
            }

            // Another send is running the hook: this one waits its turn as the connector would tell it to.
            return Volatile.Read(ref _fired) == 2;
        }
    }

    private ReminderRoundHarness Harness(DateTimeOffset now) => new(new FileSystemDocumentStore(_folder), now);

    private sealed class FixedCalendar(IReadOnlyList<CalendarOccurrence> occurrences) : ICalendarSource
    {
        public bool Refuse { get; init; }

        public List<string> AskedFor { get; } = [];

        public Task<IReadOnlyList<CalendarOccurrence>> OccurrencesAsync(string teamGroupId, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
        {
            lock (AskedFor)
            {
                AskedFor.Add(teamGroupId);
            }

            return Refuse
                ? throw new UnauthorizedAccessException("Graph: 403")
                : Task.FromResult<IReadOnlyList<CalendarOccurrence>>([.. occurrences.Where(o => o.Start >= windowStart && o.Start < windowEnd)]);
        }
    }
}
