namespace TeamsBot.Reminders;

/// <summary>
/// The reminder policy. Each owner gets one personal message with all their open items a few working days before
/// the next meeting, at the send time in their own time zone; items due before the meeting get a message the working
/// day before their due date; items already past due are listed as overdue in the next message; snoozed items wait;
/// the channel gets the carry-over post the working day before the meeting. A time already past moves to the next
/// sensible moment while the meeting (or due date) is still ahead. Pure: the clock is the given <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReminderPlanner(TimeProvider time, ReminderSettings settings)
{
    private readonly WorkingCalendar _calendar = new(settings);
    private readonly TimeZoneInfo _teamZone = ZonedTime.FindZone(settings.TimeZone);

    /// <param name="items">The meeting series' items, in the minutes' order.</param>
    /// <param name="meeting">The next meeting, or null when none is known (then only due dates count).</param>
    /// <param name="minuteTaker">Who gets the items nobody owns to assign them, when known.</param>
    /// <param name="ownerTimeZones">Owners' own IANA time zones where Teams told them (clientInfo).</param>
    public ReminderPlan Plan(
        IReadOnlyList<ReminderItem> items,
        ScheduledMeeting? meeting,
        string? minuteTaker = null,
        IReadOnlyDictionary<string, string>? ownerTimeZones = null)
    {
        var now = time.GetUtcNow();
        if (meeting is not null && meeting.Start <= now)
        {
            return new ReminderPlan(meeting, [], null) { MeetingPassed = true };
        }

        var open = items.Where(i => i.Status == ReminderItemStatus.Open).ToList();
        var pings = new List<ReminderPing>();
        foreach (var (owner, owned) in ByOwner(open, minuteTaker).Where(o => o.Owner is not null))
        {
            var zone = ownerTimeZones is not null && ownerTimeZones.TryGetValue(owner!, out var id) && ZonedTime.TryFindZone(id, out var own) ? own : _teamZone;
            pings.AddRange(OwnerPings(owner!, owned, meeting, zone, now));
        }

        // The minute-taker's message lists the items nobody owns apart, as hers to assign.
        var unowned = open.Where(i => i.Owners.Count == 0).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        if (unowned.Count > 0 && minuteTaker is not null)
        {
            pings = [.. pings.Select(p => p.Owner == minuteTaker ? p with { ToAssign = [.. p.Items.Where(unowned.Contains)] } : p)];
        }

        // The channel sees the items nobody owns as such ("No owner yet"), not as the minute-taker's.
        var carryOver = meeting is null ? null : CarryOver(open, meeting, now);
        return new ReminderPlan(meeting, [.. pings.OrderBy(p => p.SendAt).ThenBy(p => p.Owner, StringComparer.Ordinal)], carryOver);
    }

    private List<ReminderPing> OwnerPings(string owner, List<ReminderItem> items, ScheduledMeeting? meeting, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = ZonedTime.DateIn(now, zone);
        var overdue = items.Where(i => i.Due < today).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var slots = new List<(ReminderItem Item, DateTimeOffset At, PingReason Reason)>();

        DateTimeOffset? meetingPing = null;
        if (meeting is not null)
        {
            var planned = ZonedTime.At(_calendar.WorkingDaysBefore(meeting.LocalDate, settings.LeadWorkingDays), settings.SendTime, zone);
            meetingPing = Schedule(planned, null, meeting.Start, zone, now);
            foreach (var item in items)
            {
                if (Schedule(planned, item.SnoozedUntil, meeting.Start, zone, now) is { } at)
                {
                    slots.Add((item, at, PingReason.NextMeeting));
                }
            }
        }

        foreach (var item in items.Where(i => i.Due is { } due && due >= today && (meeting is null || due < meeting.LocalDate)))
        {
            var due = item.Due!.Value;
            var planned = ZonedTime.At(_calendar.WorkingDaysBefore(due, 1), settings.SendTime, zone);
            var endOfDue = ZonedTime.At(due.AddDays(1), TimeOnly.MinValue, zone);
            var at = Schedule(planned, item.SnoozedUntil, endOfDue, zone, now);
            var coveredByMeetingPing = meetingPing is { } m && at is { } a && ZonedTime.DateIn(a, zone) == ZonedTime.DateIn(m, zone);
            if (at is not null && !coveredByMeetingPing)
            {
                slots.Add((item, at.Value, PingReason.Due));
            }
        }

        // Without a message to carry them, overdue items get one of their own at the next sensible moment.
        var unplaced = items.Where(i => overdue.Contains(i.Id) && !slots.Any(s => s.Item == i)).ToList();
        if (unplaced.Count > 0 && _calendar.NextSensible(Later(now, unplaced[0].SnoozedUntil), zone, DateTimeOffset.MaxValue) is { } soon)
        {
            slots.AddRange(unplaced.Where(i => i.SnoozedUntil is null || i.SnoozedUntil <= soon).Select(i => (i, soon, PingReason.Due)));
        }

        return [.. slots
            .GroupBy(s => (s.At, s.Reason))
            .Select(g => new ReminderPing(
                owner,
                g.Key.At,
                g.Key.Reason,
                [.. g.Select(s => s.Item.Id)],
                [.. g.Select(s => s.Item.Id).Where(overdue.Contains)]) { NextMeeting = meeting })];
    }

    private CarryOverPost? CarryOver(List<ReminderItem> open, ScheduledMeeting meeting, DateTimeOffset now)
    {
        var planned = ZonedTime.At(_calendar.WorkingDaysBefore(meeting.LocalDate, settings.CarryOverLeadWorkingDays), settings.SendTime, _teamZone);
        if (open.Count == 0 || Schedule(planned, null, meeting.Start, _teamZone, now) is not { } at)
        {
            return null;
        }

        return new CarryOverPost(at, [.. ByOwner(open, null).Select(o => new OwnerItems(o.Owner, [.. o.Items.Select(i => i.Id)]))]) { NextMeeting = meeting };
    }

    /// <summary>The planned time, or — when it is past or the item is snoozed beyond it — the next sensible moment before the deadline.</summary>
    private DateTimeOffset? Schedule(DateTimeOffset planned, DateTimeOffset? snoozedUntil, DateTimeOffset deadline, TimeZoneInfo zone, DateTimeOffset now)
    {
        var earliest = Later(now, snoozedUntil);
        if (planned >= earliest)
        {
            return planned < deadline ? planned : null;
        }

        return _calendar.NextSensible(earliest, zone, deadline);
    }

    private static DateTimeOffset Later(DateTimeOffset now, DateTimeOffset? snoozedUntil) =>
        snoozedUntil is { } until && until > now ? until : now;

    /// <summary>Owners in order of first appearance; items nobody owns go to the minute-taker, or under null when unknown.</summary>
    private static List<(string? Owner, List<ReminderItem> Items)> ByOwner(List<ReminderItem> open, string? minuteTaker)
    {
        var groups = new List<(string? Owner, List<ReminderItem> Items)>();
        foreach (var item in open)
        {
            IEnumerable<string?> owners = item.Owners.Count > 0 ? item.Owners.Cast<string?>() : [minuteTaker];
            foreach (var owner in owners.Distinct(StringComparer.Ordinal))
            {
                var index = groups.FindIndex(g => string.Equals(g.Owner, owner, StringComparison.Ordinal));
                if (index < 0)
                {
                    groups.Add((owner, []));
                    index = groups.Count - 1;
                }

                groups[index].Items.Add(item);
            }
        }

        return groups;
    }
}
