using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Tests.Teams;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

/// <summary>The review card's help with items nobody owns: suggested members one tap away, and the question before publishing.</summary>
public sealed class ReviewCardTests
{
    private static JsonObject Build(IReadOnlyList<CardItem> items, bool asked = false, Language? language = null) =>
        ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, items, CardSamples.Members, 0, CardSamples.Context(language ?? Language.Nl), asked);

    private static List<JsonObject> Executes(JsonObject card, string verb) =>
        [.. CardValidationTests.Descendants(card).Where(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == verb)];

    [Fact]
    public void Build_ItemNobodyOwns_OffersItsSuggestedMembersAsOneTap_NotAGroupOutsideTheTeam()
    {
        var taps = Executes(Build(CardSamples.Items), CardVerbs.ReviewAssign);

        var tap = Assert.Single(taps);
        Assert.Equal("Barbara Vermaat", tap["title"]!.GetValue<string>());
        Assert.Equal(("a4", "aad-barbara"), (tap["data"]![CardVerbs.ItemId]!.GetValue<string>(), tap["data"]![CardVerbs.MemberId]!.GetValue<string>()));
        Assert.Equal("a1 a2 a3 a4 a5", tap["data"]![CardVerbs.Items]!.GetValue<string>());
    }

    [Fact]
    public void Build_ItemWithAnOwner_OffersNoSuggestion_EvenWhenTheMinutesImplySomeone()
    {
        var owned = CardSamples.Items[3] with { Owners = [CardSamples.Roos] };

        var card = Build([owned]);

        Assert.Empty(Executes(card, CardVerbs.ReviewAssign));
        Assert.DoesNotContain(CardNodes.Words(card), w => w.StartsWith("Voorgesteld", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Asked_SaysHowManyItemsNobodyOwns_AndEveryButtonRemembersTheAnswer()
    {
        var second = CardSamples.Items[1] with { Id = "a6", Owners = [] };

        var card = Build([.. CardSamples.Items, second], asked: true);

        Assert.Contains("2 acties hebben nog geen eigenaar — toewijzen of zo publiceren?", CardNodes.Words(card));
        Assert.Equal("Zo publiceren", Assert.Single(Executes(card, CardVerbs.ReviewPublish))["title"]!.GetValue<string>());
        var buttons = new[] { CardVerbs.ReviewPublish, CardVerbs.ReviewAdd, CardVerbs.ReviewAssign }.SelectMany(v => Executes(card, v)).ToList();
        Assert.All(buttons, b => Assert.Equal("true", b["data"]![CardVerbs.Confirmed]!.GetValue<string>()));
    }

    [Fact]
    public void Build_NotAsked_HasNoQuestion_AndPublishAsksFirst()
    {
        var card = Build(CardSamples.Items, language: Language.En);

        Assert.DoesNotContain(CardNodes.Words(card), w => w.Contains("no owner yet", StringComparison.Ordinal));
        var publish = Assert.Single(Executes(card, CardVerbs.ReviewPublish));
        Assert.Equal(("Publish", null), (publish["title"]!.GetValue<string>(), publish["data"]![CardVerbs.Confirmed]));
    }

    [Fact]
    public void Build_AskedWhenEveryItemHasAnOwner_PublishesWithoutAQuestion()
    {
        var card = Build([CardSamples.Items[0]], asked: true, language: Language.En);

        Assert.DoesNotContain(CardNodes.Words(card), w => w.Contains("no owner yet", StringComparison.Ordinal));
        Assert.Equal("Publish", Assert.Single(Executes(card, CardVerbs.ReviewPublish))["title"]!.GetValue<string>());
    }

    [Fact]
    public void FirstUnownedPage_IsThePageThatShowsTheFirstItemNobodyOwns()
    {
        var owned = Enumerable.Range(1, 20).Select(i => CardSamples.Items[0] with { Id = $"o{i}" });
        var items = owned.Append(CardSamples.Items[3]).ToList();
        var context = CardSamples.Context(Language.Nl);

        var page = ReviewCard.FirstUnownedPage(CardSamples.Meeting, CardSamples.Decisions, items, CardSamples.Members, context);

        var card = ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, items, CardSamples.Members, page, context, asked: true);
        Assert.True(page > 0);
        Assert.Contains(CardValidationTests.Descendants(card), n => n["id"]?.GetValue<string>() == "review-a4");
    }

    [Fact]
    public void TeamList_ItemNobodyOwns_CanBeTakenOrAssigned_AnOwnedOneHandedOver()
    {
        var card = TeamItemsCard.Build([new(CardSamples.Meeting, [CardSamples.Items[0], CardSamples.Items[3]])], CardSamples.Context(Language.En));

        var take = Assert.Single(Executes(card, CardVerbs.ItemTake));
        Assert.Equal(("I'll take it", "a4"), (take["title"]!.GetValue<string>(), take["data"]![CardVerbs.ItemId]!.GetValue<string>()));
        var picks = Executes(card, CardVerbs.ItemHandOverPick).Select(p => (p["data"]![CardVerbs.ItemId]!.GetValue<string>(), p["title"]!.GetValue<string>()));
        Assert.Equal([("a1", "Hand over"), ("a4", "Assign")], picks);
    }
    [Fact]
    public void Build_OwnerBox_ChoicesAreShortNames_NoteOutsideTheBox_LongNameCutAfterAWholeWord()
    {
        const string longName = "Anna-Maria van den Heuvel-Schimmelpenninck de Jong";
        var members = CardSamples.Members.Append(new CardMember("aad-anna", longName)).ToList();
        var card = ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, [CardSamples.Items[2]], members, 0, CardSamples.Context(Language.En));

        var box = CardValidationTests.Descendants(card).First(n => n["id"]?.GetValue<string>() == CardVerbs.ItemOwnerInput("a3"));
        var titles = box["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();

        Assert.Equal("Cor Lamers, Peter van der Gugten", titles[0]);
        Assert.Contains("Anna-Maria van den…", titles);
        Assert.All(titles, t => Assert.True(t.Length <= CardLimits.OwnerChoiceLength, t));
        Assert.DoesNotContain(titles, t => t.Contains("not a team member", StringComparison.Ordinal));
        // The note is on the item's line, in full.
        Assert.Contains(CardNodes.Words(card), w => w.Contains("Peter van der Gugten (not a team member)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithProposalsOfTheLastMeeting_ShowsEachWithItsQuoteAndAChoiceSetToTheProposal_OnTheFirstPageOnly()
    {
        var items = Enumerable.Range(1, 25).Select(i => CardSamples.Items[0] with { Id = $"a{i}" }).ToList();
        var context = CardSamples.Context(Language.Nl);

        var first = ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, items, CardSamples.Members, 0, context, followups: CardSamples.Followups);
        var second = ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, items, CardSamples.Members, 1, context, followups: CardSamples.Followups);

        var words = CardNodes.Words(first);
        Assert.Contains("Uit de vorige vergadering", words);
        Assert.Contains("“De subsidieaanvraag wordt doorgeschoven naar 30 juni, omdat de provincie de regeling later opent.”", words);
        Assert.Contains("Nieuwe datum: vr 30 jun", words);
        Assert.Contains("2 open acties worden in deze notulen niet genoemd en blijven open.", words);
        Assert.Equal(new[] { "done", "open", "dropped" }, Choices(first).Select(c => c["value"]!.GetValue<string>()));
        Assert.All(Executes(first, CardVerbs.ReviewPublish), e => Assert.Equal(3, e["data"]![CardVerbs.Followups]!.GetValue<int>()));

        Assert.DoesNotContain("Uit de vorige vergadering", CardNodes.Words(second));
        Assert.Empty(Choices(second));
        Assert.All(Executes(second, CardVerbs.ReviewPublish), e => Assert.Null(e["data"]![CardVerbs.Followups]));
    }

    [Fact]
    public void Build_ProposalWithoutASentence_IsNotShown_NorAnsweredFor()
    {
        var followups = new CardFollowups([CardSamples.Followups.Proposals[0] with { Evidence = " " }, CardSamples.Followups.Proposals[2]], 0);

        var card = ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, CardSamples.Items, CardSamples.Members, 0, CardSamples.Context(Language.En), followups: followups);

        var choice = Assert.Single(Choices(card));
        Assert.Equal("followup.1", choice["id"]!.GetValue<string>());
        Assert.DoesNotContain(CardNodes.Words(card), w => w.Contains("Samenstelling werkgroep", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AnAnswerGivenBefore_IsWhatTheChoiceShows()
    {
        var followups = new CardFollowups([CardSamples.Followups.Proposals[0] with { Chosen = CardFollowupStatus.Unchanged }], 0);

        var card = ReviewCard.Build(CardSamples.Meeting, CardSamples.Decisions, CardSamples.Items, CardSamples.Members, 0, CardSamples.Context(Language.En), followups: followups);

        Assert.Equal("keep", Assert.Single(Choices(card))["value"]!.GetValue<string>());
    }

    private static List<JsonObject> Choices(JsonObject card) =>
        [.. CardValidationTests.Descendants(card).Where(n => n["type"]?.GetValue<string>() == "Input.ChoiceSet" && n["id"]!.GetValue<string>().StartsWith("followup.", StringComparison.Ordinal))];
}
