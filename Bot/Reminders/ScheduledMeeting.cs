namespace TeamsBot.Reminders;

/// <summary>
/// A meeting's start, with the offset of the team's time zone at that moment. <see cref="TimeStated"/> is false when
/// only the date was known and the start is the settings' default meeting time.
/// </summary>
public sealed record ScheduledMeeting(DateTimeOffset Start, string TimeZone, bool TimeStated = true)
{
    /// <summary>The meeting's date in its own time zone.</summary>
    public DateOnly LocalDate => ZonedTime.DateIn(Start, ZonedTime.FindZone(TimeZone));

    public static ScheduledMeeting At(DateOnly date, TimeOnly? time, string timeZone, TimeOnly defaultTime) =>
        new(ZonedTime.At(date, time ?? defaultTime, ZonedTime.FindZone(timeZone)), timeZone, time is not null);
}
