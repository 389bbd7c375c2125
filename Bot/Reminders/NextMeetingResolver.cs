namespace TeamsBot.Reminders;

/// <summary>
/// Which source decided the next meeting, in the order they are consulted; <see cref="Command"/> is a date set with
/// the "volgende vergadering" / "next meeting" command (or the CLI's --next-meeting), which the caller applies.
/// </summary>
public enum NextMeetingSource { Calendar, Minutes, Command, Cadence, None }

/// <summary>The next meeting (null for <see cref="NextMeetingSource.None"/>), which source decided it, and in words why.</summary>
public sealed record NextMeetingResolution(NextMeetingSource Source, ScheduledMeeting? Meeting, string Reason);

/// <summary>What is known about a meeting series: the minutes' title, calendar occurrences, a stated next meeting, a rhythm, the last meeting.</summary>
public sealed record NextMeetingInputs
{
    public string? Title { get; init; }

    public IReadOnlyList<CalendarOccurrence> Calendar { get; init; } = [];

    public DateOnly? StatedDate { get; init; }

    public TimeOnly? StatedTime { get; init; }

    public Cadence? Cadence { get; init; }

    /// <summary>The date of the meeting the minutes record: the anchor of the rhythm.</summary>
    public DateOnly? LastMeeting { get; init; }
}

/// <summary>
/// Decides when the next meeting is: (1) the calendar occurrence of the series whose subject best matches the
/// title, else the next channel meeting; (2) the next meeting the minutes state; (3) the rhythm, anchored on the
/// last meeting; (4) none, and then only the items' own due dates count.
/// </summary>
public sealed class NextMeetingResolver(TimeProvider time, ReminderSettings settings)
{
    /// <summary>The least similarity at which a calendar subject is taken to name the minutes' meeting.</summary>
    public const double MatchThreshold = 0.6;

    public NextMeetingResolution Resolve(NextMeetingInputs inputs)
    {
        var now = time.GetUtcNow();
        var zone = ZonedTime.FindZone(settings.TimeZone);
        if (FromCalendar(inputs, now) is { } calendar)
        {
            return calendar;
        }

        if (inputs.StatedDate is { } stated)
        {
            var meeting = ScheduledMeeting.At(stated, inputs.StatedTime, settings.TimeZone, settings.DefaultMeetingTime);
            if (meeting.Start > now)
            {
                return new(NextMeetingSource.Minutes, meeting, "the next meeting stated in the minutes");
            }
        }

        if (inputs.Cadence is { } cadence)
        {
            var anchor = inputs.LastMeeting ?? ZonedTime.DateIn(now, zone);
            var next = cadence.DatesFrom(anchor)
                .Where(d => d > anchor || inputs.LastMeeting is null)
                .Select(d => ScheduledMeeting.At(d, cadence.Time, settings.TimeZone, settings.DefaultMeetingTime))
                .First(m => m.Start > now);
            return new(NextMeetingSource.Cadence, next, "the team's meeting rhythm");
        }

        return new(NextMeetingSource.None, null, "no next meeting is known: only the items' own due dates count");
    }

    private NextMeetingResolution? FromCalendar(NextMeetingInputs inputs, DateTimeOffset now)
    {
        var zone = ZonedTime.FindZone(settings.TimeZone);
        var ahead = inputs.Calendar.Where(o => o.Start > now).OrderBy(o => o.Start).ToList();
        if (inputs.Title is { } title)
        {
            var scored = ahead.Select(o => (Occurrence: o, Score: SubjectMatcher.Similarity(title, o.Subject))).Where(s => s.Score >= MatchThreshold).ToList();
            if (scored.Count > 0)
            {
                var best = scored.MaxBy(s => s.Score);
                var series = best.Occurrence.SeriesId is { } id ? scored.Where(s => s.Occurrence.SeriesId == id).Select(s => s.Occurrence).First() : best.Occurrence;
                return new(NextMeetingSource.Calendar, new ScheduledMeeting(ZonedTime.In(series.Start, zone), settings.TimeZone), $"the calendar: '{series.Subject}'");
            }
        }

        return ahead.FirstOrDefault(o => o.IsChannelMeeting) is { } channel
            ? new(NextMeetingSource.Calendar, new ScheduledMeeting(ZonedTime.In(channel.Start, zone), settings.TimeZone), $"the calendar's next channel meeting: '{channel.Subject}'")
            : null;
    }
}
