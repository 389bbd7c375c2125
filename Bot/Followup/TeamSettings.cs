namespace TeamsBot.Followup;

/// <summary>
/// How a team wants the bot to behave. Stored per team, beside its meetings. <see cref="Cadence"/> is the rhythm as
/// the team wrote it ("elke 4 weken op woensdag 13:30"); <see cref="NextMeetingAt"/> a one-off next meeting, local
/// wall-clock time in <see cref="TimeZone"/> (both set with the "volgende vergadering" / "next meeting" command).
/// </summary>
public sealed record TeamSettings(
    bool ReviewFirst = true,
    int ReminderLeadDays = 2,
    string TimeZone = "Europe/Amsterdam",
    string Language = "nl",
    string? Cadence = null,
    DateTime? NextMeetingAt = null)
{
    /// <summary>"Acties ook in Planner": null (stored settings without it too) is off.</summary>
    public PlannerSettings? Planner { get; init; }
}
