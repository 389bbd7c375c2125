using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>"Besluiten begroting" / "decisions budget": the decisions found, each with its meeting and its quote.</summary>
public static class DecisionsCard
{
    public static JsonObject Build(string words, IReadOnlyList<CardDecisionHit> hits, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(context);
        return CardFitting.Fit(Math.Min(hits.Count, CardLimits.ListedDecisions), shown =>
        {
            var scope = new CardScope(context);
            var strings = scope.Strings;
            var query = CardText.Escape(words, 60);
            var body = new JsonArray(CardElements.Text(query.Length == 0 ? strings.Decisions : strings.DecisionsAbout(query), TextStyle.Title));
            if (hits.Count == 0)
            {
                body.Add(CardElements.Text(query.Length == 0 ? strings.NoDecisions : strings.NoDecisionsAbout(query), TextStyle.Normal));
            }

            foreach (var hit in hits.Take(shown))
            {
                body.Add(Hit(scope, hit));
            }

            if (hits.Count > shown)
            {
                body.Add(CardElements.Text(strings.MoreDecisions(hits.Count - shown), TextStyle.Subtle, separator: true));
            }

            return scope.Card(body);
        });
    }

    private static JsonObject Hit(CardScope scope, CardDecisionHit hit)
    {
        var meeting = CardText.Escape(hit.Meeting.Title, CardLimits.TitleLength);
        if (hit.Meeting.Date is { } date)
        {
            meeting = $"{meeting} · {scope.Day(date)}";
        }

        var items = new JsonArray(
            CardElements.Data(hit.Decision.Text, CardLimits.DecisionTextLength),
            CardElements.Text(meeting, TextStyle.Subtle, spacing: "None"));
        var quote = hit.Decision.Quote;
        if (!string.IsNullOrWhiteSpace(quote) && quote != hit.Decision.Text)
        {
            var id = scope.NextId("quote");
            items.Add(CardElements.ActionSet(CardElements.Toggle(scope.Strings.Source, id)));
            items.Add(CardElements.Container(new JsonArray(CardElements.Data(quote, CardLimits.QuoteLength, italic: true)), id: id, visible: false, style: "emphasis"));
        }

        return CardElements.Container(items, separator: true, spacing: "Medium");
    }
}
