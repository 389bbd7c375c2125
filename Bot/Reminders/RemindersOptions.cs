using TeamsBot.Followup;

namespace TeamsBot.Reminders;

/// <summary>
/// The reminder service (configuration section "Reminders"): whether and how often the round runs, how long a claim
/// or a tenant's pacing lease is held before another instance may take it over, how often a send is retried, and the
/// reminder policy's defaults (send time, working days, holidays) that the team's settings complete.
/// </summary>
public sealed class RemindersOptions
{
    public const string Section = ReminderSettings.Section;

    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a claim (or a tenant's pacing lease) stays with an instance that may have crashed.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Failed sends of one reminder before it is given up (logged).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>429s for one send within a round before it waits for the next round.</summary>
    public int MaxThrottledRetries { get; set; } = 8;

    /// <summary>How far ahead the team's calendar is read.</summary>
    public TimeSpan CalendarWindow { get; set; } = TimeSpan.FromDays(60);

    public TimeOnly SendTime { get; set; } = new(9, 0);

    public TimeOnly EarliestSend { get; set; } = new(8, 0);

    public TimeOnly LatestSend { get; set; } = new(20, 0);

    public TimeOnly DefaultMeetingTime { get; set; } = new(9, 0);

    /// <summary>
    /// Days of the week that are never working days; unset: Saturday and Sunday. A configured list replaces that
    /// default rather than adding to it: configuration binding appends to a list that already has items, so with the
    /// default in the list a Friday-Saturday weekend ("NonWorkingDays": ["Friday", "Saturday"]) left Sunday closed too.
    /// </summary>
    public IList<DayOfWeek>? NonWorkingDays { get; set; }

    public IList<DateOnly> Holidays { get; set; } = [];

    /// <summary>The policy for one team: these defaults with the team's time zone and lead days.</summary>
    public ReminderSettings SettingsFor(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new ReminderSettings
        {
            TimeZone = team.TimeZone,
            LeadWorkingDays = team.ReminderLeadDays,
            SendTime = SendTime,
            EarliestSend = EarliestSend,
            LatestSend = LatestSend,
            DefaultMeetingTime = DefaultMeetingTime,
            NonWorkingDays = [.. (NonWorkingDays ?? Weekend).Distinct()],
            Holidays = [.. Holidays],
        };
    }

    /// <summary>Why these options cannot work, or null when they can.</summary>
    public string? Problem()
    {
        if (Interval < TimeSpan.FromSeconds(1) || LeaseDuration < TimeSpan.FromSeconds(10))
        {
            return "Reminders:Interval must be at least 1 s and Reminders:LeaseDuration at least 10 s.";
        }

        if (MaxAttempts < 1 || MaxThrottledRetries < 0 || CalendarWindow <= TimeSpan.Zero)
        {
            return "Reminders:MaxAttempts must be at least 1, MaxThrottledRetries not negative, CalendarWindow positive.";
        }

        return SettingsFor(new TeamSettings()).Problem();
    }
}
