namespace TeamsBot.Reminders;

/// <summary>
/// One occurrence from the team's calendar (Graph <c>/groups/{id}/calendarView</c>): its subject, start and end,
/// whether it is an online or channel meeting, and the series it belongs to.
/// </summary>
public sealed record CalendarOccurrence(string Subject, DateTimeOffset Start, DateTimeOffset End, bool IsOnlineMeeting, bool IsChannelMeeting, string? SeriesId);

/// <summary>The seam to the calendar: the Graph layer implements it; the resolver only needs the occurrences.</summary>
public interface ICalendarSource
{
    Task<IReadOnlyList<CalendarOccurrence>> OccurrencesAsync(string teamGroupId, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);
}
