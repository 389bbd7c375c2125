namespace TeamsBot.Reminders;

/// <summary>Whether a rhythm counts in weeks or in months.</summary>
public enum CadenceUnit { Week, Month }

/// <summary>
/// A meeting rhythm: every <see cref="Interval"/> weeks on <see cref="Day"/>, or every <see cref="Interval"/> months on
/// the <see cref="WeekOfMonth"/>-th such day (-1: the last; null: the same week of the month as the last meeting).
/// <see cref="Time"/> is the start time when the rhythm states one.
/// </summary>
public sealed record Cadence(CadenceUnit Unit, int Interval, DayOfWeek Day, int? WeekOfMonth = null, TimeOnly? Time = null)
{
    /// <summary>The meeting dates of the rhythm from <paramref name="anchor"/> (the last meeting) on, in order, without end.</summary>
    public IEnumerable<DateOnly> DatesFrom(DateOnly anchor)
    {
        if (Unit == CadenceUnit.Week)
        {
            var first = anchor.AddDays(((int)Day - (int)anchor.DayOfWeek + 7) % 7);
            for (var date = first; date.Year < 9999; date = date.AddDays(7 * Interval))
            {
                yield return date;
            }

            yield break;
        }

        var week = WeekOfMonth ?? Math.Min(4, ((anchor.Day - 1) / 7) + 1);
        for (var month = new DateOnly(anchor.Year, anchor.Month, 1); month.Year < 9999; month = month.AddMonths(Interval))
        {
            var date = NthWeekday(month, week);
            if (date >= anchor)
            {
                yield return date;
            }
        }
    }

    private DateOnly NthWeekday(DateOnly month, int week)
    {
        if (week < 0)
        {
            var last = month.AddMonths(1).AddDays(-1);
            return last.AddDays(-(((int)last.DayOfWeek - (int)Day + 7) % 7));
        }

        return month.AddDays((((int)Day - (int)month.DayOfWeek + 7) % 7) + (7 * (week - 1)));
    }
}
