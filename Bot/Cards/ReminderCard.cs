using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The personal ping before the next meeting: "Volgende vergadering wo 21 jun 13:30 — je open acties:", overdue
/// items first and marked, each with done / snooze / hand over.
/// </summary>
public static class ReminderCard
{
    /// <param name="toAssign">For the minute-taker: the items nobody owns yet, listed apart for her to assign.</param>
    public static JsonObject Build(DateTime nextMeeting, IReadOnlyList<CardMeetingItems> groups, CardContext context, IReadOnlyList<CardMeetingItems>? toAssign = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(context);
        var ordered = groups
            .Select(g => g with { Items = [.. g.Items.OrderByDescending(i => ItemView.IsOverdue(i, context.Today)).ThenBy(i => i.Due ?? DateOnly.MaxValue)] })
            .ToList();
        var unowned = toAssign ?? [];
        var own = ItemGroups.Count(ordered);
        return CardFitting.Fit(Math.Min(own + ItemGroups.Count(unowned), CardLimits.ListedItems), shown =>
        {
            var scope = new CardScope(context);
            var strings = scope.Strings;
            var body = new JsonArray(
                CardElements.Text(strings.ReminderTitle(CardDates.DayAndTime(nextMeeting, strings, context.Today)), TextStyle.Heading),
                CardElements.Text(strings.ReminderHint, TextStyle.Subtle, spacing: "None"));
            ItemGroups.Render(scope, body, ordered, Math.Min(shown, own), new ItemViewOptions(Owners: false));
            if (shown > own && ItemGroups.Count(unowned) > 0)
            {
                body.Add(CardElements.Text(strings.ToAssign, TextStyle.Heading, spacing: "ExtraLarge"));
                body.Add(CardElements.Text(strings.ToAssignHint, TextStyle.Subtle, spacing: "None"));
                ItemGroups.Render(scope, body, unowned, shown - own, new ItemViewOptions(Owners: false));
            }

            return scope.Card(body, refresh: scope.Refresh(CardView.Reminder, null));
        });
    }
}
