using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Tests.Teams;
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
    /// <summary>The ActionSets of the card that hold an item's buttons, each with the titles it shows.</summary>
    private static List<JsonArray> ItemMenus(JsonObject card) =>
        [.. CardValidationTests.Descendants(card)
            .Where(n => n["type"]?.GetValue<string>() == "ActionSet")
            .Select(n => n["actions"]!.AsArray())
            .Where(a => a.Any(x => x!["verb"]?.GetValue<string>()?.StartsWith("item.", StringComparison.Ordinal) == true || x!["type"]!.GetValue<string>() == "Action.ToggleVisibility"))];

    /// <summary>The titles of a menu's actions, those in the "…" menu marked with a leading "…".</summary>
    private static List<string> Titles(JsonArray menu) =>
        [.. menu.Select(a => (a!["mode"]?.GetValue<string>() == "secondary" ? "…" : "") + a["title"]!.GetValue<string>())];

    [Fact]
    public void Build_EveryItem_ShowsItsSourceAndButtonsOnlyWhenSelected()
    {
        var card = Build(CardSamples.Viewers);

        var items = CardValidationTests.Descendants(card).Where(n => n["selectAction"] is not null).ToList();
        Assert.Equal(CardSamples.Items.Count, items.Count);
        var hiddenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var target = Assert.Single(item["selectAction"]!["targetElements"]!.AsArray())!.GetValue<string>();
            var hidden = CardValidationTests.Descendants(item).Single(n => n["id"]?.GetValue<string>() == target);
            Assert.False(hidden["isVisible"]!.GetValue<bool>());
            Assert.Contains(CardValidationTests.Descendants(hidden), n => n["type"]?.GetValue<string>() == "ActionSet");
            Assert.Contains(CardValidationTests.Descendants(hidden), n => n["italic"]?.GetValue<bool>() == true);
            hiddenIds.Add(target);
        }

        // Nothing but the text, owner, due date and status shows until an item is selected: every button is hidden in it.
        Assert.Equal(CardSamples.Items.Count, ItemMenus(card).Count);
        var hiddenSets = CardValidationTests.Descendants(card)
            .Where(n => n["id"] is not null && hiddenIds.Contains(n["id"]!.GetValue<string>()))
            .SelectMany(CardValidationTests.Descendants)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.All(CardValidationTests.Descendants(card).Where(n => n["type"]?.GetValue<string>() == "ActionSet"), set => Assert.Contains(set, hiddenSets));
        // A menu entry opens no card: nothing of the summary hides behind an Action.ShowCard.
        Assert.DoesNotContain(CardValidationTests.Descendants(card), n => n["type"]?.GetValue<string>() == "Action.ShowCard");
    }

    [Fact]
    public void Build_OpenItemOfAnUnlinkedOwner_OffersDoneAndTheRestInTheMenu()
    {
        var menu = ItemMenus(Build(CardSamples.Viewers))[2];   // a3: Cor Lamers and Peter van der Gugten (not a member)

        Assert.Equal(["Afgerond", "…Een week uitstellen", "…Uitstellen tot volgende vergadering", "…Overdragen", "…Koppel aan lid"], Titles(menu));
    }

    [Fact]
    public void Build_ItemNobodyOwns_OffersToTakeItAndToAssignIt_InEnglishToo()
    {
        var card = SummaryCard.Build(CardSamples.Meeting, CardSamples.Decisions, CardSamples.Items, CardSamples.Context(Language.En));

        var menu = ItemMenus(card)[^1];   // a4, the only item nobody owns, comes last
        Assert.Equal(["I'll take it", "Done", "…Snooze for a week", "…Snooze until the next meeting", "…Assign"], Titles(menu));
    }

    [Fact]
    public void Build_Items_ShowOwnerAndDueInOneLine_StatusOnlyWhenNotPlainOpen()
    {
        var words = CardNodes.Words(Build(CardSamples.Viewers));

        Assert.Contains("<at>Roos Wilhelm</at> · uiterlijk vr 9 jun · 2× uitgesteld", words);
        Assert.Contains("Te laat", words);
        Assert.Contains("Afgerond", words);
        Assert.DoesNotContain("Open", words);
        // Under "Nog zonder eigenaar" the heading says it; the item does not repeat "Geen eigenaar".
        Assert.Contains("Nog zonder eigenaar (1)", words);
        Assert.DoesNotContain("Geen eigenaar", words);
    }

    [Fact]
    public void Build_ItemOfNoMember_OwnerAndDueFollowTheTextOnItsLine_AndNeverBreakInsideADate()
    {
        var card = SummaryCard.Build(CardSamples.Meeting, [], [CardSamples.Items[1] with { Due = new DateOnly(2023, 8, 31) }], CardSamples.Context(Language.Nl));

        var line = CardValidationTests.Descendants(card).Single(n => n["type"]?.GetValue<string>() == "RichTextBlock"
            && n["inlines"]![0]!["text"]!.GetValue<string>().StartsWith("Presentatie", StringComparison.Ordinal));
        var aside = line["inlines"]![1]!;
        Assert.Equal("  ·\u00A0Programmabureau\u00A0(geen\u00A0teamlid) ·\u00A0uiterlijk\u00A0do\u00A031\u00A0aug", aside["text"]!.GetValue<string>());
        Assert.True(aside["isSubtle"]!.GetValue<bool>());
        // Nobody to mention, so no line of its own under the text.
        Assert.Single(CardNodes.Words(card), w => w.Contains("Programmabureau", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Sections_AreHeadingsOnceAboveTheirItems_NotRepeatedUnderEachQuote()
    {
        var words = CardNodes.Words(Build(CardSamples.Viewers));

        Assert.Equal(1, words.Count(w => w == "1. Opening en welkom"));
        Assert.Equal(1, words.Count(w => w == "3. Presentatie Preventie met Gezag"));
        // a3 has no section and follows a2's: it stands under "Overige punten", not under a2's heading.
        Assert.True(words.IndexOf("Overige punten") > words.IndexOf("3. Presentatie Preventie met Gezag"));
        Assert.DoesNotContain(words, w => w.StartsWith("Uit: ", StringComparison.Ordinal));
    }
}
