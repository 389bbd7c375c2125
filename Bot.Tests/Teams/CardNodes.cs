using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Teams;

/// <summary>Finding things in the card JSON the bot sends: every node, or the action with a verb.</summary>
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
}
