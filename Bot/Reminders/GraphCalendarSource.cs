using TeamsBot.Graph;

namespace TeamsBot.Reminders;

/// <summary>
/// The team's calendar through Graph, as the resolver sees it. A refusal (no consent, no permission) is no calendar:
/// the resolver then falls through to the minutes and the rhythm. Graph does not say whether an event is a channel
/// meeting, so <see cref="CalendarOccurrence.IsChannelMeeting"/> is false and only subject matching applies.
/// </summary>
public sealed class GraphCalendarSource(GraphClient graph) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarOccurrence>> OccurrencesAsync(string teamGroupId, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        try
        {
            var events = await graph.GetCalendarAsync(teamGroupId, windowStart, windowEnd, cancellationToken).ConfigureAwait(false);
            return [.. events.Select(e => new CalendarOccurrence(e.Subject, e.Start, e.End, e.IsOnlineMeeting, IsChannelMeeting: false, e.SeriesMasterId))];
        }
        catch (Exception ex) when (GraphClient.IsAccessDenied(ex))
        {
            return [];
        }
    }
}
