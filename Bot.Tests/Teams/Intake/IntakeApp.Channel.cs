using System.Text.Json.Nodes;
using TeamsBot.Cards;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// The recorded channel flow: Annet posts the minutes in the channel, reviews them in her private chat with the bot,
/// and members of the team act on them in the channel, all in <see cref="ChannelIntakeTests.Tenant"/> and in Dutch.
/// </summary>
internal sealed partial class IntakeApp
{
    /// <summary>The channel of the recorded channel post.</summary>
    public const string Channel = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2";

    /// <summary>The 1:1 chat the connector stub opens, where the minute-taker gets the review card.</summary>
    public const string ReviewChat = "a:private-review-chat";

    /// <summary>Stef Fleischeuer, a member of the team who did not post the minutes.</summary>
    public const string Stef = "5b1e0c1a-0000-4000-8000-000000000002";

    /// <summary>Posts the recorded channel post with the minutes file; the review card, once the work is done.</summary>
    public async Task<JsonNode> ReviewCardAsync()
    {
        await PostAsync(Activity("channel-file-post.json", ChannelIntakeTests.Tenant));
        await WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        await WaitUntilIdleAsync();
        return Card(Sent().Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body);
    }

    /// <summary>The minute-taker publishes the review unchanged: the first Publish asks about items nobody owns, the second publishes.</summary>
    public async Task PublishAsIsAsync(JsonNode review)
    {
        var asked = await InvokeAsync(CardVerbs.ReviewPublish, Submitted(review, CardVerbs.ReviewPublish), ChannelIntakeTests.Uploader, ReviewChat);
        await InvokeAsync(CardVerbs.ReviewPublish, Submitted(asked, CardVerbs.ReviewPublish), ChannelIntakeTests.Uploader, ReviewChat);
    }

    /// <summary>
    /// A member taps <paramref name="verb"/> in <paramref name="conversation"/>, a channel of <paramref name="teamId"/>
    /// when given; the card the invoke answers with.
    /// </summary>
    public async Task<JsonNode> InvokeAsync(string verb, JsonObject data, string userAadId, string conversation, string? teamId = null)
    {
        var invoke = Activity("adaptive-card-action.json", ChannelIntakeTests.Tenant, conversation, "nl-NL");
        invoke["from"] = Sender(userAadId);
        if (teamId is not null)
        {
            invoke["conversation"]!["conversationType"] = "channel";
            invoke["channelData"]!["team"] = new JsonObject { ["id"] = teamId };
            invoke["channelData"]!["channel"] = new JsonObject { ["id"] = Channel };
        }

        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data.DeepClone();
        using var response = await PostAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    /// <summary>
    /// A member of the team says "@Minutes Bot <paramref name="text"/>" in the channel; the first card sent after it
    /// with <paramref name="cardTitle"/> in it.
    /// </summary>
    public async Task<JsonNode> AskInChannelAsync(string text, string userAadId, string cardTitle)
    {
        var before = Sent().Count;
        var message = Activity("channel-mention.json", ChannelIntakeTests.Tenant, Channel + ";messageid=1759944700000", "nl-NL");
        // Activity keeps the recorded id of a channel message; every command needs its own.
        message["id"] = Guid.NewGuid().ToString();
        message["text"] = $"<at>Minutes Bot</at> {text}";
        message["from"] = Sender(userAadId);
        message["channelData"]!["team"] = new JsonObject { ["id"] = TeamId };
        message["channelData"]!["channel"] = new JsonObject { ["id"] = Channel };
        await PostAsync(message);
        var sent = await WaitForAsync(s => s.Skip(before).Any(x => HasCardWith(x.Body, cardTitle)));
        return Card(sent.Skip(before).First(x => HasCardWith(x.Body, cardTitle)).Body);
    }

    /// <summary>The card an activity carries.</summary>
    public static JsonNode Card(JsonNode body) => body["attachments"]![0]!["content"]!;

    /// <summary>The roster's Teams account for the member: Stef's for <see cref="Stef"/>, Annet's for anyone else.</summary>
    private static JsonObject Sender(string userAadId)
    {
        var (id, name) = userAadId == Stef ? ("29:2stef-user", "Stef Fleischeuer") : ("29:1annet-user", "Annet de Groot");
        return new JsonObject { ["id"] = id, ["name"] = name, ["aadObjectId"] = userAadId };
    }
}
