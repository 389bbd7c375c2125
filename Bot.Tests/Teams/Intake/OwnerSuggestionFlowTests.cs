using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// The bundled sample (passive Dutch minutes that name few owners) posted in a channel, through the whole app: the
/// minute-taker's review card offers who the minutes imply, each with its reason, one tap away; publishing with items
/// nobody owns asks once; published, anyone in the team takes such an item from the team list.
/// </summary>
public sealed class OwnerSuggestionFlowTests
{
    private const string Tenant = ChannelIntakeTests.Tenant;
    private const string Channel = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2";
    private const string Stef = "5b1e0c1a-0000-4000-8000-000000000002";

    [Fact]
    public async Task SampleMinutesInTheChannel_ReviewCard_ShowsTheImpliedOwnersWithTheirReason()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());

        var review = await ReviewAsync(app);

        var words = CardNodes.Words(review);
        var suggested = words.Where(w => w.StartsWith("Voorgesteld: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(suggested, w => w.StartsWith("Voorgesteld: Roos Wilhelm (programmamanager Veiligheid)", StringComparison.Ordinal));
        Assert.Contains(suggested, w => w.Contains("Stef Fleischeuer (sprak hierover)", StringComparison.Ordinal));
        Assert.Contains(suggested, w => w.Contains("werkgroep Wonen en Woonomgeving (de groep van dit punt)", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.Contains("Marijke Bergh (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_OneTapOnASuggestedMember_GivesThatItemToTheMemberAndKeepsThePageEdits()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var review = await ReviewAsync(app);
        var tap = CardNodes.Descendants(review).OfType<JsonObject>().First(a =>
            a["verb"]?.GetValue<string>() == CardVerbs.ReviewAssign && a["title"]?.GetValue<string>() == "Stef Fleischeuer"
            && a["data"]![CardVerbs.MemberId]!.GetValue<string>() == Stef);
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);
        foreach (var (key, value) in tap["data"]!.AsObject())
        {
            data[key] = value!.DeepClone();
        }

        var itemId = data[CardVerbs.ItemId]!.GetValue<string>();
        var other = data[CardVerbs.Items]!.GetValue<string>().Split(' ').First(i => i != itemId);
        data[CardVerbs.ItemTextInput(other)] = "Zaal reserveren voor de volgende bijeenkomst";

        var answer = await InvokeAsync(app, CardVerbs.ReviewAssign, data, ChannelIntakeTests.Uploader, "a:private-review-chat");

        var meeting = await MeetingAsync(app, data);
        Assert.Equal([Stef], meeting.Items.Single(i => i.Id == itemId).Owners.Select(o => o.MemberId));
        Assert.Equal("Zaal reserveren voor de volgende bijeenkomst", meeting.Items.Single(i => i.Id == other).Text);
        var choice = (JsonObject)CardNodes.Descendants(answer).Single(n => n is JsonObject o && o["id"]?.GetValue<string>() == CardVerbs.ItemOwnerInput(itemId));
        Assert.Equal(CardVerbs.OwnerKeep, choice["value"]!.GetValue<string>());
        Assert.Contains("Stef Fleischeuer", choice["choices"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(PostedInChannel(app));
    }

    [Fact]
    public async Task Publish_WithItemsNobodyOwns_AsksOnceOnTheirPage_ThenPublishesThemUnderNoOwnerYet()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        var review = await ReviewAsync(app);
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);

        var asked = await InvokeAsync(app, CardVerbs.ReviewPublish, data, ChannelIntakeTests.Uploader, "a:private-review-chat");

        var meeting = await MeetingAsync(app, data);
        var unowned = meeting.Items.Count(i => i.Owners.Count == 0);
        Assert.True(unowned > 1);
        var words = CardNodes.Words(asked);
        Assert.Contains($"{unowned} acties hebben nog geen eigenaar — toewijzen of zo publiceren?", words);
        Assert.Empty(PostedInChannel(app));
        var again = IntakeApp.Submitted(asked, CardVerbs.ReviewPublish);
        Assert.Equal("Zo publiceren", CardNodes.FindAction(asked, CardVerbs.ReviewPublish)!["title"]!.GetValue<string>());
        var firstUnowned = meeting.Items.First(i => i.Owners.Count == 0).Id;
        Assert.Contains(firstUnowned, again[CardVerbs.Items]!.GetValue<string>().Split(' '));

        var published = await InvokeAsync(app, CardVerbs.ReviewPublish, again, ChannelIntakeTests.Uploader, "a:private-review-chat");

        Assert.Contains("Gepubliceerd in de draad van de notulen.", CardNodes.Words(published));
        var summary = Assert.Single(PostedInChannel(app), IsCard);
        var shown = CardNodes.Words(Card(summary));
        Assert.Contains("Nog zonder eigenaar", shown);
        Assert.Contains(CardNodes.Descendants(Card(summary)).OfType<JsonObject>(), a => a["verb"]?.GetValue<string>() == CardVerbs.ItemTake && a["title"]?.GetValue<string>() == "Ik pak dit op");
    }

    [Fact]
    public async Task TeamList_AMemberTakesAnItemNobodyOwns_ItIsTheirs_AndNobodyElseTakesItAfterwards()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        await PublishAsIsAsync(app, await ReviewAsync(app));
        await app.PostAsync(Command(app, "acties", Stef));
        var list = await app.WaitForAsync(s => s.Any(x => IntakeApp.HasCardWith(x.Body, "Open acties van het team")));
        var teamItems = Card(list.Single(x => IntakeApp.HasCardWith(x.Body, "Open acties van het team")).Body);
        var take = IntakeApp.Submitted(teamItems, CardVerbs.ItemTake);
        var itemId = take[CardVerbs.ItemId]!.GetValue<string>();

        var answer = await InvokeAsync(app, CardVerbs.ItemTake, take, Stef, Channel, IntakeApp.TeamId);

        var meeting = await MeetingAsync(app, take);
        var owner = Assert.Single(meeting.Items.Single(i => i.Id == itemId).Owners);
        Assert.Equal((OwnerKind.Member, Stef, "Stef Fleischeuer"), (owner.Kind, owner.MemberId, owner.Name));
        Assert.Equal(ChangeKind.Reassigned, meeting.Items.Single(i => i.Id == itemId).History[^1].Kind);
        Assert.Contains("Open acties van het team", CardNodes.Words(answer));

        var late = await InvokeAsync(app, CardVerbs.ItemTake, take, ChannelIntakeTests.Uploader, Channel, IntakeApp.TeamId);

        Assert.Contains("Deze actie is al opgepakt door Stef Fleischeuer.", CardNodes.Words(late));
        Assert.Equal([Stef], (await MeetingAsync(app, take)).Items.Single(i => i.Id == itemId).Owners.Select(o => o.MemberId));
    }

    private static async Task<JsonNode> ReviewAsync(IntakeApp app)
    {
        await app.PostAsync(app.Activity("channel-file-post.json", Tenant));
        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        await app.WaitUntilIdleAsync();
        return Card(app.Sent().Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body);
    }

    private static async Task PublishAsIsAsync(IntakeApp app, JsonNode review)
    {
        var asked = await InvokeAsync(app, CardVerbs.ReviewPublish, IntakeApp.Submitted(review, CardVerbs.ReviewPublish), ChannelIntakeTests.Uploader, "a:private-review-chat");
        await InvokeAsync(app, CardVerbs.ReviewPublish, IntakeApp.Submitted(asked, CardVerbs.ReviewPublish), ChannelIntakeTests.Uploader, "a:private-review-chat");
        Assert.Single(PostedInChannel(app), IsCard);
    }

    private static async Task<Meeting> MeetingAsync(IntakeApp app, JsonObject data) =>
        (await app.Services.GetRequiredService<FollowupService>()
            .GetMeetingAsync(Tenant, IntakeApp.TeamId, data[CardVerbs.MeetingId]!.GetValue<string>(), CancellationToken.None))!;

    /// <summary>The invoke's answer: the card it carries.</summary>
    private static async Task<JsonNode> InvokeAsync(IntakeApp app, string verb, JsonObject data, string userAadId, string conversation, string? teamId = null)
    {
        var invoke = app.Activity("adaptive-card-action.json", Tenant, conversation, "nl-NL");
        var (id, name) = userAadId == Stef ? ("29:2stef-user", "Stef Fleischeuer") : ("29:1annet-user", "Annet de Groot");
        invoke["from"] = new JsonObject { ["id"] = id, ["name"] = name, ["aadObjectId"] = userAadId };
        if (teamId is not null)
        {
            invoke["conversation"]!["conversationType"] = "channel";
            invoke["channelData"]!["team"] = new JsonObject { ["id"] = teamId };
            invoke["channelData"]!["channel"] = new JsonObject { ["id"] = Channel };
        }

        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data.DeepClone();
        using var response = await app.PostAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    /// <summary>"@Minutes Bot <paramref name="text"/>" in the channel of the minutes, by a member of the team.</summary>
    private static JsonNode Command(IntakeApp app, string text, string userAadId)
    {
        var command = app.Activity("channel-mention.json", Tenant, Channel + ";messageid=1759944700000", "nl-NL");
        command["text"] = $"<at>Minutes Bot</at> {text}";
        command["from"] = new JsonObject { ["id"] = "29:2stef-user", ["name"] = "Stef Fleischeuer", ["aadObjectId"] = userAadId };
        command["channelData"]!["team"] = new JsonObject { ["id"] = IntakeApp.TeamId };
        command["channelData"]!["channel"] = new JsonObject { ["id"] = Channel };
        return command;
    }

    private static List<JsonNode> PostedInChannel(IntakeApp app) =>
        [.. app.Sent().Where(x => Uri.UnescapeDataString(x.Path).StartsWith($"/v3/conversations/{Channel};messageid=1685016741623", StringComparison.Ordinal) && IsCard(x.Body)).Select(x => x.Body)];

    private static bool IsCard(JsonNode body) => body["attachments"]?[0]?["content"] is not null;

    private static JsonNode Card(JsonNode body) => body["attachments"]![0]!["content"]!;
}
