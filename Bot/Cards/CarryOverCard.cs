using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// Posted in the channel the day before the meeting: the open items per owner (members mentioned), ready to be
/// walked through on the agenda. An item with several owners is listed under their names together.
/// </summary>
public static class CarryOverCard
{
    public static JsonObject Build(DateTime nextMeeting, IReadOnlyList<CardMeetingItems> groups, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(context);
        var byOwner = groups
            .SelectMany(g => g.Items.Where(i => i.Status == CardItemStatus.Open).Select(i => (g.Meeting, Item: i)))
            .GroupBy(x => string.Join(", ", x.Item.Owners.Select(o => o.Name)), StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0)
            .ThenBy(g => g.Key, StringComparer.InvariantCulture)
            .ToList();
        var total = byOwner.Sum(g => g.Count());
        return CardFitting.Fit(Math.Min(total, CardLimits.ListedItems), shown =>
        {
            var scope = new CardScope(context);
            var strings = scope.Strings;
            var body = new JsonArray(
                CardElements.Text(strings.CarryOverTitle(CardDates.DayAndTime(nextMeeting, strings, context.Today)), TextStyle.Title),
                CardElements.Text(total == 0 ? strings.CarryOverEmpty : $"{strings.CarryOverHint} {strings.ItemsHint}", TextStyle.Subtle, spacing: "None"));
            var left = shown;
            foreach (var owner in byOwner.TakeWhile(_ => left > 0))
            {
                var first = owner.First().Item;
                var heading = first.Owners.Count == 0 ? strings.WithoutOwner : string.Join(", ", first.Owners.Select(scope.Mentions.Name));
                body.Add(CardElements.Text(heading, TextStyle.Heading, spacing: "Medium"));
                foreach (var (meeting, item) in owner.Take(left))
                {
                    body.Add(ItemView.Render(scope, meeting, item, new ItemViewOptions(Owners: false, Menu: true)));
                    left--;
                }
            }

            if (total > shown)
            {
                body.Add(CardElements.Text(strings.MoreItems(total - shown), TextStyle.Subtle, separator: true));
            }

            var actions = scope.NeedsRefreshButton ? new JsonArray(scope.RefreshAction(CardView.CarryOver, null)) : null;
            return scope.Card(body, actions, scope.Refresh(CardView.CarryOver, null));
        });
    }
}
