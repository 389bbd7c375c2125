using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>"Mijn acties" / "My actions": one user's open items across meetings, grouped by meeting.</summary>
public static class MyActionsCard
{
    public static JsonObject Build(IReadOnlyList<CardMeetingItems> groups, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(context);
        return CardFitting.Fit(Math.Min(ItemGroups.Count(groups), CardLimits.ListedItems), shown =>
        {
            var scope = new CardScope(context);
            var body = new JsonArray(CardElements.Text(scope.Strings.MyActions, TextStyle.Title));
            if (ItemGroups.Count(groups) == 0)
            {
                body.Add(CardElements.Text(scope.Strings.MyActionsEmpty, TextStyle.Good));
            }
            else
            {
                body.Add(CardElements.Text(scope.Strings.ItemsHint, TextStyle.Subtle, spacing: "None"));
            }

            // Compact as the summary: due date on the text's line, buttons shown when the item is selected.
            ItemGroups.Render(scope, body, groups, shown, new ItemViewOptions(Owners: false, Menu: true));
            return scope.Card(body, refresh: scope.Refresh(CardView.MyActions, null));
        });
    }
}
