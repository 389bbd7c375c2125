using TeamsBot.Followup;
using TeamsBot.Texts;

namespace TeamsBot.Cards;

/// <summary>The follow-up domain as the cards show it: one place that turns meetings and items into view records.</summary>
public static class FollowupViews
{
    public static CardMeeting Meeting(Meeting meeting, DateTime? nextMeeting = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new CardMeeting(meeting.Id, meeting.Title, meeting.Date, nextMeeting ?? meeting.NextMeeting?.ToDateTime(meeting.NextMeetingTime ?? TimeOnly.MinValue)) { Draft = meeting.Draft };
    }

    public static CardItem Item(ActionItem item, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new CardItem(
            item.Id,
            item.Text,
            [.. item.Owners.Select(Person)],
            item.Due,
            item.Status == ItemStatus.Done ? CardItemStatus.Done : CardItemStatus.Open,
            item.Quote,
            item.Section,
            item.SnoozedUntil is { } until ? LocalDate(until, timeZone) : null,
            item.History.Count(c => c.Kind == ChangeKind.Snoozed || (c.Kind == ChangeKind.DueChanged && c.Detail is not null)))
        {
            Suggestions = [.. item.Suggestions.Select(s => new CardSuggestion(Person(s.Owner), s.Reason))],
        };
    }

    /// <summary>The items a card lists: dropped ones are gone from every view.</summary>
    public static IReadOnlyList<CardItem> Items(Meeting meeting, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return [.. meeting.Items.Where(i => i.Status != ItemStatus.Dropped).Select(i => Item(i, timeZone))];
    }

    /// <summary>The review's proposals of what became of the last meeting's open items; only those with a sentence that says so.</summary>
    public static CardFollowups Followups(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Followups.Count == 0 && meeting.FollowupsUnmentioned == 0)
        {
            return CardFollowups.None;
        }

        return new CardFollowups(
            [.. meeting.Followups.Select(f => new CardFollowup(f.ItemText, f.Owners, f.MeetingDate, Status(f.Proposed), f.Evidence, f.Due)
            {
                Chosen = f.Chosen is { } chosen ? Status(chosen) : null,
            })],
            meeting.FollowupsUnmentioned);
    }

    /// <summary>The review's answer to a proposal as the follow-up domain takes it.</summary>
    public static FollowupOutcome Outcome(CardFollowupStatus status) => status switch
    {
        CardFollowupStatus.Done => FollowupOutcome.Done,
        CardFollowupStatus.Open => FollowupOutcome.Open,
        CardFollowupStatus.Dropped => FollowupOutcome.Dropped,
        _ => FollowupOutcome.Unchanged,
    };

    private static CardFollowupStatus Status(FollowupOutcome outcome) => outcome switch
    {
        FollowupOutcome.Done => CardFollowupStatus.Done,
        FollowupOutcome.Open => CardFollowupStatus.Open,
        FollowupOutcome.Dropped => CardFollowupStatus.Dropped,
        _ => CardFollowupStatus.Unchanged,
    };

    public static IReadOnlyList<CardDecision> Decisions(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return [.. meeting.Decisions.Select(d => new CardDecision(d.Id, d.Text, d.Quote))];
    }

    /// <summary>Open items across meetings, grouped by meeting in the order given (newest meeting first is the caller's choice).</summary>
    public static IReadOnlyList<CardMeetingItems> OpenItems(IEnumerable<OpenItem> items, string timeZone) =>
        [.. items.GroupBy(i => (i.TeamId, i.MeetingId)).Select(group =>
        {
            var first = group.First();
            return new CardMeetingItems(
                new CardMeeting(first.MeetingId, first.MeetingTitle, first.MeetingDate),
                [.. group.Select(i => new CardItem(
                    i.ItemId, i.Text, [.. i.Owners.Select(Person)], i.Due, CardItemStatus.Open,
                    SnoozedUntil: i.SnoozedUntil is { } until ? LocalDate(until, timeZone) : null))]);
        })];

    public static IReadOnlyList<CardDecisionHit> DecisionHits(IEnumerable<DecisionHit> hits) =>
        [.. hits.Select(h => new CardDecisionHit(new CardMeeting(h.MeetingId, h.MeetingTitle, h.MeetingDate), new CardDecision(h.Decision.Id, h.Decision.Text, h.Decision.Quote)))];

    public static IReadOnlyList<CardMember> Members(IEnumerable<RosterMember> members) =>
        [.. members.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).Select(m => new CardMember(m.UserId, m.Name))];

    /// <summary>The settings as the card shows them, with the plans of the team's group when they could be listed.</summary>
    public static CardSettings Settings(TeamSettings settings, IReadOnlyList<CardPlan>? plans = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var planner = settings.Planner;
        var chosen = planner?.PlanId is { } id ? new CardPlan(id, planner.PlanTitle ?? id) : null;
        var offered = (plans ?? []).Concat(chosen is null ? [] : [chosen]).DistinctBy(p => p.Id).ToList();
        return new CardSettings(settings.ReviewFirst, settings.ReminderLeadDays, settings.TimeZone, Language.FromCode(settings.Language))
        {
            Planner = new CardPlanner(planner?.Enabled == true, planner?.PlanId ?? CardPlanner.NewPlan, offered, planner?.AccessDenied == true),
        };
    }


    /// <summary>Only a linked team member carries an id, so only they can be @mentioned.</summary>
    public static CardPerson Person(Owner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new CardPerson(owner.Name, owner.Kind == OwnerKind.Member ? owner.MemberId : null);
    }

    private static DateOnly LocalDate(DateTimeOffset instant, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc).DateTime);
}
