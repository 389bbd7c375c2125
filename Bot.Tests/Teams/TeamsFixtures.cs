using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Teams;

/// <summary>The recorded Teams and Playground payloads under Fixtures/Teams.</summary>
internal static class TeamsFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>
    /// A recorded activity readdressed: a fresh id, sent by <paramref name="userId"/> (as its Entra id and "29:" Teams id)
    /// of <paramref name="tenant"/> to the bot <paramref name="botId"/>, answered at <paramref name="serviceUrl"/>; its
    /// mentions name the bot.
    /// </summary>
    public static JsonObject Addressed(string name, string serviceUrl, string botId, string userId, string tenant)
    {
        var activity = JsonNode.Parse(Read(name))!.AsObject();
        activity["id"] = Guid.NewGuid().ToString();
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = "29:" + userId, ["name"] = userId, ["aadObjectId"] = userId };
        activity["recipient"] = new JsonObject { ["id"] = botId, ["name"] = "Minutes Bot" };
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"] ??= new JsonObject();
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = tenant };
        if (activity["entities"] is JsonArray entities)
        {
            foreach (var mention in entities.OfType<JsonObject>().Where(e => (string?)e["type"] == "mention"))
            {
                mention["mentioned"] = new JsonObject { ["id"] = botId, ["name"] = "Minutes Bot" };
            }
        }

        return activity;
    }
}
