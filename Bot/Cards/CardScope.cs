using System.Globalization;
using System.Text.Json.Nodes;
using TeamsBot.Texts;

namespace TeamsBot.Cards;

/// <summary>What one card being built shares: its context, its mentions and a counter for unique element ids.</summary>
internal sealed class CardScope(CardContext context)
{
    private int _ids;

    public CardContext Context { get; } = context;

    public CardStrings Strings => Context.Strings;

    public CardMentions Mentions { get; } = new();

    public string NextId(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{++_ids}");

    public string Day(DateOnly date) => CardDates.Day(date, Strings, Context.Today);

    public JsonObject Card(JsonArray body, JsonArray? actions = null, JsonObject? refresh = null) =>
        CardElements.Card(body, actions, refresh, Mentions.Entities);

    /// <summary>
    /// The refresh of a shared card: automatic for the viewers when there are at most 60 (Teams' limit); beyond that
    /// no userIds (Teams then refreshes only small conversations) and the caller shows a refresh button.
    /// </summary>
    public JsonObject Refresh(CardView view, string? meetingId)
    {
        var refresh = new JsonObject { ["action"] = RefreshAction(view, meetingId) };
        if (!NeedsRefreshButton && Context.Viewers.Count > 0)
        {
            refresh["userIds"] = new JsonArray([.. Context.Viewers.Distinct(StringComparer.Ordinal).Select(id => (JsonNode)id)]);
        }

        return refresh;
    }

    public bool NeedsRefreshButton => Context.Viewers.Distinct(StringComparer.Ordinal).Count() > CardLimits.RefreshUserIds;

    public JsonObject RefreshAction(CardView view, string? meetingId) =>
        CardElements.Execute(Strings.Refresh, CardVerbs.Refresh, RefreshData(view, meetingId));

    private static JsonObject RefreshData(CardView view, string? meetingId)
    {
        var data = new JsonObject { [CardVerbs.View] = CardVerbs.ViewName(view) };
        if (meetingId is not null)
        {
            data[CardVerbs.MeetingId] = meetingId;
        }

        return data;
    }
}
