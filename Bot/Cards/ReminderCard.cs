using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The personal ping before the next meeting: "Volgende vergadering wo 21 jun 13:30 — je open acties:", overdue
/// items first and marked, each with done / snooze / hand over.
/// </summary>
public static class ReminderCard
{
    public static JsonObject Build(DateTime nextMeeting, IReadOnlyList<CardMeetingItems> groups, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(context);
        var ordered = groups
            .Select(g => g with { Items = [.. g.Items.OrderByDescending(i => ItemView.IsOverdue(i, context.Today)).ThenBy(i => i.Due ?? DateOnly.MaxValue)] })
            .ToList();
        return CardFitting.Fit(Math.Min(ItemGroups.Count(ordered), CardLimits.ListedItems), shown =>
        {
            var scope = new CardScope(context);
            var strings = scope.Strings;
            var body = new JsonArray(
                CardElements.Text(strings.ReminderTitle(CardDates.DayAndTime(nextMeeting, strings, context.Today)), TextStyle.Heading),
                CardElements.Text(strings.ReminderHint, TextStyle.Subtle, spacing: "None"));
            ItemGroups.Render(scope, body, ordered, shown, new ItemViewOptions(Owners: false));
            return scope.Card(body, refresh: scope.Refresh(CardView.Reminder, null));
        });
    }
}
