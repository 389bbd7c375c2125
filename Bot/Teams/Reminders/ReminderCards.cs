using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Teams.Commands;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Reminders;

/// <summary>
/// The cards of a reminder round, in the team's language. A ping names the next meeting when one is known, else it
/// is the owner's "my actions" list of the items that fall due. Item buttons answer with the list the user knows from
/// the commands (my actions; in the channel the team's items), because the reminder views themselves are not redrawn.
/// No refresh user ids: nothing would answer an automatic refresh of a reminder.
/// </summary>
internal sealed class ReminderCards(TimeProvider time)
{
    public JsonObject Ping(ReminderPing ping, IReadOnlyList<OpenItem> items, TeamSettings settings, string? ownTimeZone)
    {
        // "Overdue" is judged by the owner's own calendar day when Teams told us their time zone.
        var zone = ownTimeZone is not null && ZonedTime.TryFindZone(ownTimeZone, out _) ? ownTimeZone : settings.TimeZone;
        var context = new CardContext(Language.FromCode(settings.Language), Today(zone));
        var groups = FollowupViews.OpenItems(items, settings.TimeZone);
        if (ping.NextMeeting is not { } meeting)
        {
            return CommandCards.Stamp(MyActionsCard.Build(groups, context), CardView.MyActions);
        }

        var local = Local(meeting);
        var toAssign = ping.ToAssign.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<CardMeetingItems> Groups(bool assign) =>
            [.. FollowupViews.OpenItems([.. items.Where(i => toAssign.Contains(i.MeetingId + "/" + i.ItemId) == assign)], settings.TimeZone)
                .Select(g => g with { Meeting = g.Meeting with { NextMeeting = local } })];
        return CommandCards.Stamp(ReminderCard.Build(local, Groups(assign: false), context, Groups(assign: true)), CardView.MyActions);
    }

    public JsonObject CarryOver(ScheduledMeeting meeting, IReadOnlyList<OpenItem> items, TeamSettings settings)
    {
        var local = Local(meeting);
        var groups = FollowupViews.OpenItems(items, settings.TimeZone)
            .Select(g => g with { Meeting = g.Meeting with { NextMeeting = local } })
            .ToList();
        var context = new CardContext(Language.FromCode(settings.Language), Today(settings.TimeZone));
        return CommandCards.Stamp(CarryOverCard.Build(local, groups, context), CardView.TeamItems);
    }

    private DateOnly Today(string timeZone) =>
        ZonedTime.DateIn(time.GetUtcNow(), ZonedTime.TryFindZone(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>The meeting's wall-clock start in its own (the team's) time zone.</summary>
    private static DateTime Local(ScheduledMeeting meeting) => TimeZoneInfo.ConvertTime(meeting.Start, ZonedTime.FindZone(meeting.TimeZone)).DateTime;
}
