using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Teams;

/// <summary>Finding things in the card JSON the bot sends: every node, the action with a verb, or the words it shows.</summary>
internal static class CardNodes
{
    public static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }

    /// <summary>The first Action.Execute (or any object) whose verb is <paramref name="verb"/>, or null.</summary>
    public static JsonObject? FindAction(JsonNode? node, string verb) =>
        Descendants(node).OfType<JsonObject>().FirstOrDefault(o => o["verb"] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)value == verb);

    /// <summary>
    /// What a card writes: its texts and the titles, labels and placeholders of its buttons and inputs (blank ones left
    /// out), as a person reads them: a no-break space (which keeps "uiterlijk vr 4 dec" on one line) is a space.
    /// </summary>
    public static List<string> Words(JsonNode card) =>
        [.. Descendants(card).OfType<JsonObject>()
            .SelectMany(o => new[] { o["text"], o["title"], o["label"], o["placeholder"] })
            .Select(v => v is JsonValue value && value.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>()
            .Where(s => s.Trim().Length > 0)
            .Select(s => s.Replace('\u00A0', ' '))];
}
