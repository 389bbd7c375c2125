using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>"Acties" / "Actions": the team's open items, grouped by meeting, with their owners.</summary>
public static class TeamItemsCard
{
    public static JsonObject Build(IReadOnlyList<CardMeetingItems> groups, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(context);
        return CardFitting.Fit(Math.Min(ItemGroups.Count(groups), CardLimits.ListedItems), shown =>
        {
            var scope = new CardScope(context);
            var body = new JsonArray(CardElements.Text(scope.Strings.TeamItems, TextStyle.Title));
            if (ItemGroups.Count(groups) == 0)
            {
                body.Add(CardElements.Text(scope.Strings.TeamItemsEmpty, TextStyle.Good));
            }

            ItemGroups.Render(scope, body, groups, shown, new ItemViewOptions(Quote: false));
            var actions = scope.NeedsRefreshButton ? new JsonArray(scope.RefreshAction(CardView.TeamItems, null)) : null;
            return scope.Card(body, actions, scope.Refresh(CardView.TeamItems, null));
        });
    }
}
