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

    [Fact]
    public async Task SampleMinutesInTheChannel_ReviewCard_ShowsTheImpliedOwnersWithTheirReason()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());

        var review = await app.ReviewCardAsync();
        // The minute-taker pages through the review: the suggestions stand with the items, on whichever page.
        var next = await app.InvokeAsync(CardVerbs.ReviewPage, IntakeApp.Submitted(review, CardVerbs.ReviewPage), ChannelIntakeTests.Uploader, IntakeApp.ReviewChat);

        var words = CardNodes.Words(review).Concat(CardNodes.Words(next)).ToList();
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
        var review = await app.ReviewCardAsync();
        var tap = CardNodes.Descendants(review).OfType<JsonObject>().First(a =>
            a["verb"]?.GetValue<string>() == CardVerbs.ReviewAssign && a["title"]?.GetValue<string>() == "Stef Fleischeuer"
            && a["data"]![CardVerbs.MemberId]!.GetValue<string>() == IntakeApp.Stef);
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);
        foreach (var (key, value) in tap["data"]!.AsObject())
        {
            data[key] = value!.DeepClone();
        }

        var itemId = data[CardVerbs.ItemId]!.GetValue<string>();
        var other = data[CardVerbs.Items]!.GetValue<string>().Split(' ').First(i => i != itemId);
        data[CardVerbs.ItemTextInput(other)] = "Zaal reserveren voor de volgende bijeenkomst";

        var answer = await app.InvokeAsync(CardVerbs.ReviewAssign, data, ChannelIntakeTests.Uploader, IntakeApp.ReviewChat);

        var meeting = await MeetingAsync(app, data);
        Assert.Equal([IntakeApp.Stef], meeting.Items.Single(i => i.Id == itemId).Owners.Select(o => o.MemberId));
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
        var review = await app.ReviewCardAsync();
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);

        var asked = await app.InvokeAsync(CardVerbs.ReviewPublish, data, ChannelIntakeTests.Uploader, IntakeApp.ReviewChat);

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

        var published = await app.InvokeAsync(CardVerbs.ReviewPublish, again, ChannelIntakeTests.Uploader, IntakeApp.ReviewChat);

        Assert.Contains("Gepubliceerd in de draad van de notulen.", CardNodes.Words(published));
        var summary = Assert.Single(PostedInChannel(app), IsCard);
        var shown = CardNodes.Words(IntakeApp.Card(summary));
        Assert.Contains(shown, w => w.StartsWith("Nog zonder eigenaar (", StringComparison.Ordinal));
        Assert.Contains(CardNodes.Descendants(IntakeApp.Card(summary)).OfType<JsonObject>(), a => a["verb"]?.GetValue<string>() == CardVerbs.ItemTake && a["title"]?.GetValue<string>() == "Ik pak dit op");
    }

    [Fact]
    public async Task TeamList_AMemberTakesAnItemNobodyOwns_ItIsTheirs_AndNobodyElseTakesItAfterwards()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());
        await app.PublishAsIsAsync(await app.ReviewCardAsync());
        Assert.Single(PostedInChannel(app), IsCard);
        var teamItems = await app.AskInChannelAsync("acties", IntakeApp.Stef, "Open acties van het team");
        var take = IntakeApp.Submitted(teamItems, CardVerbs.ItemTake);
        var itemId = take[CardVerbs.ItemId]!.GetValue<string>();

        var answer = await app.InvokeAsync(CardVerbs.ItemTake, take, IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);

        var meeting = await MeetingAsync(app, take);
        var owner = Assert.Single(meeting.Items.Single(i => i.Id == itemId).Owners);
        Assert.Equal((OwnerKind.Member, IntakeApp.Stef, "Stef Fleischeuer"), (owner.Kind, owner.MemberId, owner.Name));
        Assert.Equal(ChangeKind.Reassigned, meeting.Items.Single(i => i.Id == itemId).History[^1].Kind);
        Assert.Contains("Open acties van het team", CardNodes.Words(answer));

        var late = await app.InvokeAsync(CardVerbs.ItemTake, take, ChannelIntakeTests.Uploader, IntakeApp.Channel, IntakeApp.TeamId);

        Assert.Contains("Deze actie is al opgepakt door Stef Fleischeuer.", CardNodes.Words(late));
        Assert.Equal([IntakeApp.Stef], (await MeetingAsync(app, take)).Items.Single(i => i.Id == itemId).Owners.Select(o => o.MemberId));
    }

    private static async Task<Meeting> MeetingAsync(IntakeApp app, JsonObject data) =>
        (await app.Services.GetRequiredService<FollowupService>()
            .GetMeetingAsync(Tenant, IntakeApp.TeamId, data[CardVerbs.MeetingId]!.GetValue<string>(), CancellationToken.None))!;

    private static List<JsonNode> PostedInChannel(IntakeApp app) =>
        [.. app.Sent().Where(x => Uri.UnescapeDataString(x.Path).StartsWith($"/v3/conversations/{IntakeApp.Channel};messageid=1685016741623", StringComparison.Ordinal) && IsCard(x.Body)).Select(x => x.Body)];

    private static bool IsCard(JsonNode body) => body["attachments"]?[0]?["content"] is not null;
}
