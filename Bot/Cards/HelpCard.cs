using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>The commands in the card's language, each with one line of explanation and an example.</summary>
public static class HelpCard
{
    public static JsonObject Build(CardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = new CardScope(context);
        var strings = scope.Strings;
        var body = new JsonArray(
            CardElements.Text(strings.HelpTitle, TextStyle.Title),
            CardElements.Text(strings.HelpIntro, TextStyle.Normal));
        foreach (var line in strings.HelpLines)
        {
            body.Add(CardElements.Container(
                new JsonArray(
                    CardElements.Text($"**{CardText.Escape(line.Command)}** — {CardText.Escape(line.Explanation)}"),
                    CardElements.Text(strings.Example(CardText.Escape(line.Example)), TextStyle.Subtle, spacing: "None")),
                spacing: "Medium"));
        }

        return scope.Card(body);
    }
}
