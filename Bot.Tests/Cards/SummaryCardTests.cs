using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

public sealed class SummaryCardTests
{
    private static JsonObject Build(IReadOnlyList<string> viewers) =>
        SummaryCard.Build(CardSamples.Meeting, CardSamples.Decisions, CardSamples.Items, CardSamples.Context(Language.Nl, viewers));

    [Fact]
    public void Build_OwnersWhoAreMembers_AreMentionedOnceEach_OthersStayText()
    {
        var card = Build(CardSamples.Viewers);
        var entities = card["msteams"]!["entities"]!.AsArray();
        Assert.Equal(["29:1roos-wilhelm", "29:1cor-lamers", "29:1olga-boot"], entities.Select(e => e!["mentioned"]!["id"]!.GetValue<string>()));
        var json = CardJson.Serialize(card);
        Assert.Contains("<at>Cor Lamers</at>, Peter van der Gugten (geen teamlid)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>Peter", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnresolvedOwner_OffersLinkToMemberWithThatOwnersIndex()
    {
        var link = CardValidationTests.Descendants(Build(CardSamples.Viewers))
            .Where(n => n["verb"]?.GetValue<string>() == CardVerbs.OwnerLinkPick)
            .Select(n => n["data"]!.ToJsonString())
            .ToList();
        Assert.Equal(["""{"meetingId":"m-2023-05-24","itemId":"a2","owner":0}""", """{"meetingId":"m-2023-05-24","itemId":"a3","owner":1}"""], link);
    }

    [Fact]
    public void Build_SixtyViewers_RefreshAutomaticallyWithoutButton()
    {
        var card = Build([.. Enumerable.Range(1, 60).Select(i => $"29:{i}")]);
        Assert.Equal(60, card["refresh"]!["userIds"]!.AsArray().Count);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void Build_SixtyOneViewers_OmitUserIdsAndShowARefreshButton()
    {
        var card = Build([.. Enumerable.Range(1, 61).Select(i => $"29:{i}")]);
        Assert.Null(card["refresh"]!["userIds"]);
        var button = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(CardVerbs.Refresh, button!["verb"]!.GetValue<string>());
        Assert.Equal("Vernieuwen", button["title"]!.GetValue<string>());
    }

    [Fact]
    public void Build_DoneItem_OffersReopenOnly_OverdueItemIsMarked()
    {
        var card = Build(CardSamples.Viewers);
        var verbs = CardValidationTests.Descendants(card).Select(n => n["verb"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(1, verbs.Count(v => v == CardVerbs.ItemReopen));
        Assert.Equal(4, verbs.Count(v => v == CardVerbs.ItemDone));
        Assert.Contains("\"Te laat\"", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MeetingWithoutKnownNextMeeting_OffersOnlyTheWeekSnooze()
    {
        var card = SummaryCard.Build(CardSamples.Meeting with { NextMeeting = null }, [], CardSamples.Items, CardSamples.Context(Language.En));
        var untils = CardValidationTests.Descendants(card).Select(n => n[CardVerbs.Until]?.GetValue<string>()).OfType<string>().Distinct();
        Assert.Equal([CardVerbs.UntilWeek], untils);
    }
}
