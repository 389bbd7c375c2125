using TeamsBot.Cards;
using TeamsBot.Followup;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Who gets a summary card refreshed automatically when they look at it (Teams user ids for <c>refresh.userIds</c>,
/// which Teams honours for at most 60): the uploader first, then the owners of the items, then the attendees linked
/// to members, each once and only when the team's roster knows their Teams id. Anyone else sees the card as it was
/// last posted or updated (see ../shared/docs/teams-protocol.md, 5.4).
/// </summary>
public static class SummaryViewers
{
    /// <param name="uploaderTeamsId">The uploader's Teams id where the upload told it and the roster may not (yet) list them.</param>
    public static IReadOnlyList<string> Of(Meeting meeting, IReadOnlyList<RosterMember> roster, string? uploaderTeamsId = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(roster);
        var teamsIds = roster.Where(m => m.TeamsId.Length > 0).GroupBy(m => m.UserId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().TeamsId, StringComparer.Ordinal);
        var people = new List<string> { meeting.Uploader.UserId };
        people.AddRange(meeting.Items.SelectMany(i => i.Owners).Where(o => o.Kind == OwnerKind.Member).Select(o => o.MemberId).OfType<string>());
        people.AddRange(meeting.Attendees.Select(a => a.MemberId).OfType<string>());
        var viewers = new List<string>();
        if (!string.IsNullOrEmpty(uploaderTeamsId))
        {
            viewers.Add(uploaderTeamsId);
        }

        viewers.AddRange(people.Select(p => teamsIds.GetValueOrDefault(p)).OfType<string>());
        return [.. viewers.Distinct(StringComparer.Ordinal).Take(CardLimits.RefreshUserIds)];
    }
}
