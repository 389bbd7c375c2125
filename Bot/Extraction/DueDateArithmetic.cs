using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>The calendar arithmetic behind the due rules: the same for every language.</summary>
internal static class DueDateArithmetic
{
    /// <summary>
    /// The date a matched rule stands for, relative to the meeting. A phrase without a year falls in the meeting's
    /// year, or the next year when that day has passed; a phrase with a year before the meeting comes out before it.
    /// </summary>
    public static DateOnly? Resolve(DueRule rule, Match match, DateGrammar grammar, DateOnly meeting)
    {
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan, provider: null) : null;
        int? month = match.Groups["month"].Success ? grammar.Month(match.Groups["month"].Value) : null;
        return rule.Kind switch
        {
            DueKind.MonthEnd => month is { } me ? InYear(year, meeting, y => LastDay(y, me)) : ThisMonthEnd(rule, meeting),
            DueKind.MonthBefore => month is { } mb ? InYear(year, meeting, y => new DateOnly(y, mb, 1).AddDays(-1)) : null,
            DueKind.MonthDay => month is { } md ? InYear(year, meeting, y => new DateOnly(y, md, Math.Min(rule.Day, DateTime.DaysInMonth(y, md)))) : null,
            DueKind.Fixed when rule.SaidIn.Count > 0 && !rule.SaidIn.Contains(meeting.Month) => null,
            DueKind.Fixed => InYear(year, meeting, y => new DateOnly(y, rule.Month, rule.Day)),
            DueKind.QuarterEnd => Quarter(match, grammar) is { } q ? InYear(year, meeting, y => LastDay(y, q * 3)) : LastDay(meeting.Year, ((meeting.Month + 2) / 3) * 3),
            DueKind.YearEnd => new DateOnly(year ?? meeting.Year, 12, 31),
            DueKind.WeekEnd => Friday(meeting).AddDays((7 * rule.Weeks) + rule.Days),
            DueKind.Later => Later(rule, match, grammar, meeting),
            DueKind.Weekday => grammar.Weekday(match.Groups["weekday"].Value) is { } wd ? NextWeekday(meeting, wd) : null,
            _ => null,
        };
    }

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly ThisMonthEnd(DueRule rule, DateOnly meeting)
    {
        var month = new DateOnly(meeting.Year, meeting.Month, 1).AddMonths(rule.Months);
        return LastDay(month.Year, month.Month);
    }

    private static DateOnly InYear(int? year, DateOnly meeting, Func<int, DateOnly> day)
    {
        if (year is { } given)
        {
            return day(given);
        }

        var candidate = day(meeting.Year);
        return candidate < meeting ? day(meeting.Year + 1) : candidate;
    }

    // Null when the phrase names no quarter ("eind van het kwartaal").
    private static int? Quarter(Match match, DateGrammar grammar)
    {
        if (!match.Groups["ordinal"].Success && !match.Groups["digit"].Success)
        {
            return null;
        }

        var word = match.Groups["ordinal"].Success ? match.Groups["ordinal"].Value : match.Groups["digit"].Value;
        return grammar.Ordinal(word) is { } q and >= 1 and <= 4 ? q : null;
    }

    // ISO weeks start on Monday; the working week ends on Friday.
    private static DateOnly Friday(DateOnly day) => day.AddDays(5 - IsoDay(day));

    private static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static DateOnly NextWeekday(DateOnly meeting, int isoDay)
    {
        var ahead = (isoDay - IsoDay(meeting) + 7) % 7;
        return meeting.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? Later(DueRule rule, Match match, DateGrammar grammar, DateOnly meeting)
    {
        var count = match.Groups["number"].Success ? grammar.Number(match.Groups["number"].Value) : 1;
        if (count is not { } n)
        {
            return null;
        }

        return rule.Months > 0 ? meeting.AddMonths(n * rule.Months) : meeting.AddDays(n * rule.Days);
    }
}
