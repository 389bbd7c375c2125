namespace TeamsBot.Reminders;

/// <summary>
/// A team's reminder settings (configuration section "Reminders"): the team's time zone, how many working days
/// before the meeting owners hear from the bot, the hour it speaks, which days are not working days, and the hours
/// of the night in which it never sends.
/// </summary>
public sealed record ReminderSettings
{
    public const string Section = "Reminders";

    /// <summary>The team's IANA time zone.</summary>
    public string TimeZone { get; init; } = "Europe/Amsterdam";

    /// <summary>Working days before the meeting on which each owner gets the personal reminder.</summary>
    public int LeadWorkingDays { get; init; } = 2;

    /// <summary>Working days before the meeting on which the channel gets the carry-over post.</summary>
    public int CarryOverLeadWorkingDays { get; init; } = 1;

    /// <summary>The local time of day reminders are sent.</summary>
    public TimeOnly SendTime { get; init; } = new(9, 0);

    /// <summary>Nothing is sent before this local time...</summary>
    public TimeOnly EarliestSend { get; init; } = new(8, 0);

    /// <summary>...nor from this local time on.</summary>
    public TimeOnly LatestSend { get; init; } = new(20, 0);

    /// <summary>The meeting's time of day when only its date is known.</summary>
    public TimeOnly DefaultMeetingTime { get; init; } = new(9, 0);

    public IReadOnlyList<DayOfWeek> NonWorkingDays { get; init; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Dates that are not working days (public holidays, the team's closing days).</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    /// <summary>Why these settings cannot work, or null when they can.</summary>
    public string? Problem()
    {
        if (!ZonedTime.TryFindZone(TimeZone, out _))
        {
            return $"Reminders:TimeZone '{TimeZone}' is not a known IANA time zone.";
        }

        if (LeadWorkingDays is < 0 or > 20 || CarryOverLeadWorkingDays is < 0 or > 20)
        {
            return "Reminders:LeadWorkingDays and CarryOverLeadWorkingDays must be between 0 and 20.";
        }

        if (EarliestSend >= LatestSend || SendTime < EarliestSend || SendTime >= LatestSend)
        {
            return "Reminders: EarliestSend <= SendTime < LatestSend must hold.";
        }

        return NonWorkingDays.Distinct().Count() >= 7 ? "Reminders:NonWorkingDays leaves no working day." : null;
    }
}
