using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>
/// Approved-JSON checks: a card must equal Bot.Tests/Cards/Approved/&lt;name&gt;.approved.json. On a difference the
/// card is written beside it as &lt;name&gt;.received.json; review it and rename it to approve the change.
/// </summary>
internal static class CardApproval
{
    public static string Directory => Path.Combine(NodeTools.SourceDirectory, "Cards", "Approved");

    public static void Verify(string name, JsonObject card)
    {
        var received = CardJson.Serialize(card, indented: true).ReplaceLineEndings("\n") + "\n";
        var approvedPath = Path.Combine(Directory, $"{name}.approved.json");
        var receivedPath = Path.Combine(Directory, $"{name}.received.json");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(receivedPath, received);
        Assert.Fail(approved is null
            ? $"No approved card '{name}' yet. Review {receivedPath} and rename it to {name}.approved.json."
            : $"Card '{name}' differs from {approvedPath}. Compare it with {receivedPath}; rename that file if the change is intended.");
    }
}
