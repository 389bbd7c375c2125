using TeamsBot.Graph;
using TeamsBot.Reminders;
using CalendarOccurrence = TeamsBot.Reminders.CalendarOccurrence;

namespace TeamsBot.Teams.Reminders;

/// <summary>
/// The team calendar for the reminder round: Graph when the bot has it, else none (local mode), so that the minutes
/// and the team's rhythm decide. Decided at each call, because <see cref="GraphAccess"/> is settled only when resolved.
/// </summary>
internal sealed class TeamCalendar(GraphAccess graph) : ICalendarSource
{
    public Task<IReadOnlyList<CalendarOccurrence>> OccurrencesAsync(string teamGroupId, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken) =>
        graph.Client is { } client
            ? new GraphCalendarSource(client).OccurrencesAsync(teamGroupId, windowStart, windowEnd, cancellationToken)
            : Task.FromResult<IReadOnlyList<CalendarOccurrence>>([]);
}
