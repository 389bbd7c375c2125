using TeamsBot.Followup;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Where one upload is filed: the work with the team's ids, the thread its summary goes to, the members its owners
/// link to, how minutes sent privately were filed, and the team's settings (null for minutes kept in a personal chat).
/// </summary>
public sealed record MinutesPlace(MinutesWork Work, ConversationReference Thread, IReadOnlyList<RosterMember> Members, Filing? Filing, TeamSettings? Team)
{
    /// <summary>What is said about read minutes: in the team's language, else in the language the minutes are written in.</summary>
    public Language LanguageFor(Meeting meeting, string? locale)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return TurnLanguage.OfMinutes(Team, meeting.Language, locale);
    }
}
