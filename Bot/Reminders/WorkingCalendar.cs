namespace TeamsBot.Reminders;

/// <summary>Which days are working days, and when a message may be sent: on a working day, never at night.</summary>
public sealed class WorkingCalendar(ReminderSettings settings)
{
    private readonly HashSet<DayOfWeek> _closedDays = [.. settings.NonWorkingDays];
    private readonly HashSet<DateOnly> _holidays = [.. settings.Holidays];

    public bool IsWorkingDay(DateOnly date) => !_closedDays.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="date"/> (0: the date itself or the working day before it).</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int count)
    {
        var day = date;
        if (count == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(-1);
            }

            return day;
        }

        for (var found = 0; found < count;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>
    /// The first sensible moment at or after <paramref name="instant"/>, before <paramref name="deadline"/>: the instant
    /// itself during the day on a working day, else the next working day at the send time; when that is too late,
    /// the next send time on any day, then the next end of the night. Null when no such moment is left.
    /// </summary>
    public DateTimeOffset? NextSensible(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset deadline)
    {
        var local = ZonedTime.In(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var daytime = time >= settings.EarliestSend && time < settings.LatestSend;
        if (daytime && IsWorkingDay(date))
        {
            return Before(local, deadline);
        }

        var workingDay = time < settings.SendTime && IsWorkingDay(date) ? date : NextWorkingDay(date);
        if (Before(ZonedTime.At(workingDay, settings.SendTime, zone), deadline) is { } onWorkingDay)
        {
            return onWorkingDay;
        }

        if (daytime)
        {
            return Before(local, deadline);
        }

        var day = time < settings.EarliestSend ? date : date.AddDays(1);
        return Before(ZonedTime.At(day, settings.SendTime, zone), deadline) ?? Before(ZonedTime.At(day, settings.EarliestSend, zone), deadline);
    }

    private DateOnly NextWorkingDay(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateTimeOffset? Before(DateTimeOffset instant, DateTimeOffset deadline) => instant < deadline ? instant : null;
}
