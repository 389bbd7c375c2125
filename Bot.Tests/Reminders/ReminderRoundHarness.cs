using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Storage;
using TeamsBot.Tests.Followup;
using TeamsBot.Extraction;

namespace TeamsBot.Tests.Reminders;

/// <summary>
/// Teams on a real store with a fake clock: the steering group's minutes of Wednesday 7 June 2023 stating the next
/// meeting on Wednesday 21 June (no time: 09:00), items for Olga, Dino, nobody (the minute-taker Marilyn gets it), one
/// of Cor's completed and one snoozed past the meeting. Olga, Dino and Marilyn have a
/// personal chat with the bot; Cor has none.
/// </summary>
internal sealed class ReminderRoundHarness
{
    public static readonly DateOnly MeetingDate = new(2023, 6, 7);
    public static readonly DateOnly NextMeeting = new(2023, 6, 21);

    private readonly JumpingClock _jumping;

    public ReminderRoundHarness(IDocumentStore store, DateTimeOffset now)
    {
        Store = store;
        Clock = new FakeTimeProvider(now);
        Followup = new FollowupService(store, Clock, NullLogger<FollowupService>.Instance);
        Installations = new Installations(store);
        _jumping = new JumpingClock(Clock);
    }


    public IDocumentStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public FollowupService Followup { get; }

    public Installations Installations { get; }

    public RemindersOptions Options { get; } = new();

    /// <summary>Installs the team and ingests the steering group's minutes; returns the meeting.</summary>
    public async Task<Meeting> AddTeamAsync(string tenant, string team, DateOnly? statedNext = null, string? groupId = null, string title = "Stuurgroep Stadspartners", bool withNext = true, TimeOnly? statedTime = null)
    {
        await Installations.RecordTeamAsync(new TeamInstallation(tenant, team, groupId, "Stuurgroep", "https://smba.example/emea/", team, Clock.GetUtcNow()), CancellationToken.None);
        foreach (var user in new[] { "aad-olga", "aad-dino", "aad-marilyn" })
        {
            await Installations.RecordPersonalChatAsync(new PersonalChat(tenant, user, "a:chat-" + user, "https://smba.example/emea/", null, "nl-NL", Clock.GetUtcNow()), CancellationToken.None);
        }

        ExtractedAction[] items =
        [
            FollowupTestData.Item("Olga belt de wethouder over de subsidie", "Olga"),
            FollowupTestData.Item("Dino schrijft de notitie over de begroting voor de raad", "Dino van Dal"),
            FollowupTestData.Item("Iemand reserveert een zaal voor de partnerdag in september", []),
            FollowupTestData.Item("Cor mailt de partners", "Cor Lamers"),
            FollowupTestData.Item("Cor stuurt de planning rond aan iedereen", "Cor Lamers"),
        ];
        var minutes = FollowupTestData.MinutesOf(title, MeetingDate, items);
        minutes = minutes with { Meeting = minutes.Meeting with { NextMeeting = withNext ? statedNext ?? NextMeeting : null, NextMeetingTime = withNext ? statedTime : null } };
        var upload = FollowupTestData.Upload(team + title, tenant, team);
        var meeting = (await Followup.IngestAsync(upload, minutes, FollowupTestData.Members, CancellationToken.None)).Meeting;
        await Followup.CompleteAsync(new ItemAddress(tenant, team, meeting.Id, meeting.Items[3].Id), FollowupTestData.Cor, CancellationToken.None);
        await Followup.SnoozeAsync(new ItemAddress(tenant, team, meeting.Id, meeting.Items[4].Id), FollowupTestData.Cor, new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
        return meeting;
    }

    public ReminderRound Round(IReminderSender sender, ICalendarSource? calendar = null, string? instance = null) =>
        new(Installations, Followup, sender, new ReminderClaims(new ClaimRegistry(Store), _jumping), new SendPacer(_jumping), _jumping,
            Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ReminderRound>.Instance, calendar, instance);

    public static Task<RoundReport> RunAsync(ReminderRound round) => round.RunAsync(CancellationToken.None);

    /// <summary>
    /// The fake clock, moved on by whoever waits on it: a timer (a pacer's wait, a Retry-After) advances the clock by its
    /// due time, so that the round never hangs and the clock stands still while the round only does I/O.
    /// </summary>
    private sealed class JumpingClock(FakeTimeProvider fake) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

        public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

        public override long TimestampFrequency => fake.TimestampFrequency;

        public override long GetTimestamp() => fake.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = fake.CreateTimer(callback, state, dueTime, period);
            if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            {
                ThreadPool.QueueUserWorkItem(_ => fake.Advance(dueTime));
            }

            return timer;
        }
    }

    /// <summary>Amsterdam local time as an instant.</summary>
    public static DateTimeOffset Amsterdam(int year, int month, int day, int hour, int minute = 0) =>
        ZonedTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute), ZonedTime.FindZone("Europe/Amsterdam"));
}
