using Microsoft.Extensions.Time.Testing;
using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private const string Amsterdam = "Europe/Amsterdam";
    private static readonly ReminderSettings Defaults = new();

    private static ReminderPlan Plan(string now, ScheduledMeeting? meeting, IReadOnlyList<ReminderItem> items, ReminderSettings? settings = null,
        string? minuteTaker = null, IReadOnlyDictionary<string, string>? zones = null) =>
        new ReminderPlanner(new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)), settings ?? Defaults)
            .Plan(items, meeting, minuteTaker, zones);

    private static ScheduledMeeting Meeting(int year, int month, int day, int hour = 13, int minute = 30) =>
        ScheduledMeeting.At(new DateOnly(year, month, day), new TimeOnly(hour, minute), Amsterdam, Defaults.DefaultMeetingTime);

    private static ReminderItem Item(string id, string? owner, DateOnly? due = null, ReminderItemStatus status = ReminderItemStatus.Open, DateTimeOffset? snoozed = null) =>
        new(id, owner is null ? [] : [owner], due, status, snoozed);

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Plan_OwnerWithTwoItems_GetsOnePingTwoWorkingDaysBeforeAt0900AndTheChannelTheDayBefore()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a4", "Roos Wilhelm"), Item("a6", "Roos Wilhelm"), Item("a1", "Cor Lamers")]);

        Assert.Equal("2023-06-21T13:30:00+02:00", Iso(plan.NextMeeting!.Start));
        var roos = Assert.Single(plan.Pings, p => p.Owner == "Roos Wilhelm");
        Assert.Equal("2023-06-19T09:00:00+02:00", Iso(roos.SendAt));
        Assert.Equal(PingReason.NextMeeting, roos.Reason);
        Assert.Equal(["a4", "a6"], roos.Items);
        Assert.Equal("2023-06-20T09:00:00+02:00", Iso(plan.CarryOver!.SendAt));
        Assert.Equal(["a4", "a6", "a1"], plan.CarryOver.Items);
        Assert.Equal(2, plan.CarryOver.Owners.Count);
    }

    [Fact]
    public void Plan_MeetingAfterSpringDstChange_PingInWinterTimeAndCarryOverInSummerTime()
    {
        // Summer time starts Sunday 31 March 2024; the meeting is Tuesday 2 April.
        var plan = Plan("2024-03-20T12:00:00+01:00", Meeting(2024, 4, 2), [Item("a1", "Ann")]);

        Assert.Equal("2024-04-02T13:30:00+02:00", Iso(plan.NextMeeting!.Start));
        Assert.Equal("2024-03-29T09:00:00+01:00", Iso(Assert.Single(plan.Pings).SendAt));
        Assert.Equal("2024-04-01T09:00:00+02:00", Iso(plan.CarryOver!.SendAt));
    }

    [Fact]
    public void Plan_MeetingAfterAutumnDstChange_PingInSummerTimeAndCarryOverInWinterTime()
    {
        // Winter time starts Sunday 27 October 2024; the meeting is Tuesday 29 October.
        var plan = Plan("2024-10-01T12:00:00+02:00", Meeting(2024, 10, 29), [Item("a1", "Ann")]);

        Assert.Equal("2024-10-29T13:30:00+01:00", Iso(plan.NextMeeting!.Start));
        Assert.Equal("2024-10-25T09:00:00+02:00", Iso(Assert.Single(plan.Pings).SendAt));
        Assert.Equal("2024-10-28T09:00:00+01:00", Iso(plan.CarryOver!.SendAt));
    }

    [Fact]
    public void Plan_HolidaysAreSkipped()
    {
        var settings = Defaults with { Holidays = [new DateOnly(2024, 3, 29), new DateOnly(2024, 4, 1)] };

        var plan = Plan("2024-03-20T12:00:00+01:00", Meeting(2024, 4, 2), [Item("a1", "Ann")], settings);

        Assert.Equal("2024-03-27T09:00:00+01:00", Iso(Assert.Single(plan.Pings).SendAt));
        Assert.Equal("2024-03-28T09:00:00+01:00", Iso(plan.CarryOver!.SendAt));
    }

    [Fact]
    public void Plan_ItemDueBeforeTheMeeting_GetsADuePingTheWorkingDayBefore()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21),
            [Item("a1", "Ann", new DateOnly(2023, 6, 12)), Item("a2", "Ann", new DateOnly(2023, 6, 30))]);

        var due = Assert.Single(plan.Pings, p => p.Reason == PingReason.Due);
        Assert.Equal("2023-06-09T09:00:00+02:00", Iso(due.SendAt));
        Assert.Equal(["a1"], due.Items);
        Assert.Equal(["a1", "a2"], Assert.Single(plan.Pings, p => p.Reason == PingReason.NextMeeting).Items);
    }

    [Fact]
    public void Plan_ItemPastDue_IsListedAsOverdueInTheNextPingNotDropped()
    {
        var plan = Plan("2023-06-10T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", "Ann", new DateOnly(2023, 6, 5)), Item("a2", "Ann")]);

        var ping = Assert.Single(plan.Pings);
        Assert.Equal(PingReason.NextMeeting, ping.Reason);
        Assert.Equal(["a1", "a2"], ping.Items);
        Assert.Equal(["a1"], ping.Overdue);
    }

    [Fact]
    public void Plan_DoneAndDroppedItems_AreNeverPinged()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21),
            [Item("a1", "Ann", status: ReminderItemStatus.Done), Item("a2", "Bob", new DateOnly(2023, 6, 9), ReminderItemStatus.Dropped), Item("a3", "Bob")]);

        Assert.Equal(["a3"], Assert.Single(plan.Pings).Items);
        Assert.Equal(["a3"], plan.CarryOver!.Items);
    }

    [Fact]
    public void Plan_SnoozedItem_WaitsUntilTheSnoozeEnds()
    {
        var snoozed = DateTimeOffset.Parse("2023-06-20T12:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);

        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", "Ann"), Item("a2", "Ann", snoozed: snoozed)]);

        Assert.Equal(["a1"], plan.Pings[0].Items);
        Assert.Equal("2023-06-19T09:00:00+02:00", Iso(plan.Pings[0].SendAt));
        Assert.Equal(["a2"], plan.Pings[1].Items);
        Assert.Equal("2023-06-20T12:00:00+02:00", Iso(plan.Pings[1].SendAt));
        Assert.Equal(["a1", "a2"], plan.CarryOver!.Items);
    }

    [Fact]
    public void Plan_SnoozedBeyondTheMeeting_NoPingButOnTheCarryOver()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", "Ann", snoozed: DateTimeOffset.Parse("2023-07-01T00:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Empty(plan.Pings);
        Assert.Equal(["a1"], plan.CarryOver!.Items);
    }

    [Theory]
    [InlineData("2023-06-19T22:00:00+02:00", "2023-06-20T09:00:00+02:00")] // evening after the planned ping: next morning
    [InlineData("2023-06-19T14:10:00+02:00", "2023-06-19T14:10:00+02:00")] // same afternoon: right away
    [InlineData("2023-06-20T06:00:00+02:00", "2023-06-20T09:00:00+02:00")] // early morning: at the send time
    public void Plan_PlannedTimeAlreadyPast_SendsAtTheNextSensibleTime(string now, string expected)
    {
        var plan = Plan(now, Meeting(2023, 6, 21), [Item("a1", "Ann")]);

        Assert.Equal(expected, Iso(Assert.Single(plan.Pings).SendAt));
    }

    [Fact]
    public void Plan_PastOnFridayNightForMondayAfternoon_SendsMondayMorning()
    {
        var plan = Plan("2023-06-23T21:00:00+02:00", Meeting(2023, 6, 26), [Item("a1", "Ann")]);

        Assert.Equal("2023-06-26T09:00:00+02:00", Iso(Assert.Single(plan.Pings).SendAt));
    }

    [Fact]
    public void Plan_PastOnFridayNightForMondayEarlyMeeting_SendsSaturdayMorningNotAtNight()
    {
        var plan = Plan("2023-06-23T21:00:00+02:00", Meeting(2023, 6, 26, 8, 30), [Item("a1", "Ann")]);

        Assert.Equal("2023-06-24T09:00:00+02:00", Iso(Assert.Single(plan.Pings).SendAt));
    }

    [Fact]
    public void Plan_ItemWithoutOwner_GoesToTheMinuteTakerToAssign()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", null), Item("a2", "Ann")], minuteTaker: "Marilyn Louisville");

        var ping = Assert.Single(plan.Pings, p => p.Owner == "Marilyn Louisville");
        Assert.Equal(["a1"], ping.Items);
        Assert.Equal(["a1"], ping.ToAssign);
        Assert.Empty(Assert.Single(plan.Pings, p => p.Owner == "Ann").ToAssign);
    }

    [Fact]
    public void Plan_MinuteTakersOwnItem_IsHersNotToAssign()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", null), Item("a2", "Marilyn Louisville")], minuteTaker: "Marilyn Louisville");

        var ping = Assert.Single(plan.Pings);
        Assert.Equal(["a1", "a2"], ping.Items);
        Assert.Equal(["a1"], ping.ToAssign);
    }

    [Fact]
    public void Plan_ItemWithoutOwner_IsNobodysOnTheCarryOver()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", null), Item("a2", "Ann")], minuteTaker: "Marilyn Louisville");

        Assert.Equal([(null, "a1"), ("Ann", "a2")], plan.CarryOver!.Owners.OrderBy(o => o.Owner is not null).Select(o => (o.Owner, Assert.Single(o.Items))));
    }

    [Fact]
    public void Plan_ItemWithoutOwnerAndNoMinuteTaker_OnlyOnTheCarryOver()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", null)]);

        Assert.Empty(plan.Pings);
        Assert.Null(Assert.Single(plan.CarryOver!.Owners).Owner);
    }

    [Fact]
    public void Plan_OwnerWithOwnTimeZone_Gets0900InTheirZone()
    {
        var plan = Plan("2023-06-01T10:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", "Ann"), Item("a2", "Bob")],
            zones: new Dictionary<string, string> { ["Bob"] = "America/New_York" });

        Assert.Equal("2023-06-19T09:00:00+02:00", Iso(Assert.Single(plan.Pings, p => p.Owner == "Ann").SendAt));
        Assert.Equal("2023-06-19T09:00:00-04:00", Iso(Assert.Single(plan.Pings, p => p.Owner == "Bob").SendAt));
    }

    [Fact]
    public void Plan_MeetingAlreadyBegun_PlansNothing()
    {
        var plan = Plan("2023-06-21T14:00:00+02:00", Meeting(2023, 6, 21), [Item("a1", "Ann")]);

        Assert.True(plan.MeetingPassed);
        Assert.Empty(plan.Pings);
        Assert.Null(plan.CarryOver);
    }

    [Fact]
    public void Plan_NoMeetingKnown_OnlyDueDatesAndOverdueItems()
    {
        var plan = Plan("2023-06-10T21:30:00+02:00", null,
            [Item("a1", "Ann", new DateOnly(2023, 6, 20)), Item("a2", "Ann", new DateOnly(2023, 6, 1)), Item("a3", "Ann")]);

        Assert.Null(plan.CarryOver);
        Assert.Equal(2, plan.Pings.Count);
        Assert.Equal("2023-06-12T09:00:00+02:00", Iso(plan.Pings[0].SendAt)); // Saturday night: Monday morning
        Assert.Equal(["a2"], plan.Pings[0].Overdue);
        Assert.Equal("2023-06-19T09:00:00+02:00", Iso(plan.Pings[1].SendAt));
        Assert.Equal(["a1"], plan.Pings[1].Items);
    }

    [Fact]
    public void Plan_AtEveryHourOfThreeWeeksAcrossDst_NeverSendsAtNightInThePastOrAfterTheMeeting()
    {
        var zone = ZonedTime.FindZone(Amsterdam);
        var meeting = Meeting(2024, 4, 2, 8, 15);
        var items = new[] { Item("a1", "Ann", new DateOnly(2024, 3, 28)), Item("a2", "Ann"), Item("a3", null), Item("a4", "Bob", new DateOnly(2024, 3, 20)) };
        for (var now = DateTimeOffset.Parse("2024-03-15T00:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture); now < meeting.Start; now = now.AddMinutes(47))
        {
            var plan = Plan(now.ToString("o", System.Globalization.CultureInfo.InvariantCulture), meeting, items, minuteTaker: "Mia");
            var sends = plan.Pings.Select(p => p.SendAt).Concat(plan.CarryOver is { } c ? [c.SendAt] : []).ToList();
            Assert.Contains(plan.Pings, p => p.Items.Contains("a2"));
            foreach (var at in sends)
            {
                var local = TimeOnly.FromDateTime(ZonedTime.In(at, zone).DateTime);
                Assert.InRange(local, Defaults.EarliestSend, Defaults.LatestSend);
                Assert.True(at >= now && at < meeting.Start, $"{at:o} at now {now:o}");
                Assert.Equal(zone.GetUtcOffset(at), at.Offset);
            }
        }
    }
}
