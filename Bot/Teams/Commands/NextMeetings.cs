using TeamsBot.Followup;
using TeamsBot.Reminders;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// When a team meets next, in its own wall-clock time: the one-off date set with "volgende vergadering", else the
/// team's rhythm, else the next meeting the minutes state (at the time they give, else 09:00). Null when none of them lies ahead.
/// </summary>
public static class NextMeetings
{
    private static readonly TimeOnly DefaultTime = new(9, 0);

    public static DateTime? Of(TeamSettings settings, DateTimeOffset now, Meeting? meeting = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!ZonedTime.TryFindZone(settings.TimeZone, out var zone))
        {
            return null;
        }

        var local = ZonedTime.In(now, zone).DateTime;
        if (settings.NextMeetingAt is { } stated && stated > local)
        {
            return stated;
        }

        if (settings.Cadence is { Length: > 0 } rhythm && CadenceParser.Parse(rhythm, settings.Language) is { } cadence)
        {
            var today = DateOnly.FromDateTime(local);
            var next = cadence.DatesFrom(today)
                .Select(d => d.ToDateTime(cadence.Time ?? DefaultTime))
                .Take(60)
                .FirstOrDefault(d => d > local);
            if (next != default)
            {
                return next;
            }
        }

        return meeting?.NextMeeting is { } date && date.ToDateTime(meeting.NextMeetingTime ?? DefaultTime) is var start && start > local ? start : null;
    }

    /// <summary>The instant of a wall-clock time in the team's time zone.</summary>
    public static DateTimeOffset Instant(DateTime local, string timeZone) =>
        ZonedTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), ZonedTime.FindZone(timeZone));
}
