using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>The size rule: list as many entries as allowed, then fewer until the card fits its budget.</summary>
internal static class CardFitting
{
    public static JsonObject Fit(int wanted, Func<int, JsonObject> build)
    {
        var count = wanted;
        var card = build(count);
        var size = CardJson.SizeInBytes(card);
        while (size > CardJson.CardBudgetBytes && count > 1)
        {
            // Shrink in proportion to the excess, by at least one, so a few rebuilds suffice.
            count = Math.Max(1, Math.Min(count - 1, (int)((long)count * CardJson.CardBudgetBytes / size)));
            card = build(count);
            size = CardJson.SizeInBytes(card);
        }

        return card;
    }
}
