using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Tests.Teams;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

/// <summary>The size rule: at most 25 items (15 decisions) per card, fewer when they would pass the budget, the rest counted.</summary>
public sealed class CardSizeTests
{
    private static readonly CardContext Context = CardSamples.Context(Language.Nl, [.. Enumerable.Range(1, 60).Select(i => $"29:1user-{i:D3}-abcdefghijklmnopqrstuvwxyz")]);

    public static TheoryData<int, int> Meetings => new()
    {
        { 1, 200 }, { 25, 200 }, { 26, 200 }, { 60, 200 }, { 60, 1500 }, { 200, 5000 },
    };

    [Theory]
    [MemberData(nameof(Meetings))]
    public void SummaryCard_AnyMeeting_StaysUnderTheBudgetAndCountsWhatItLeavesOut(int count, int quoteLength)
    {
        var (meeting, decisions, items) = CardSamples.Large(count, quoteLength);
        var card = SummaryCard.Build(meeting, decisions, items, Context);

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.CardBudgetBytes);
        var shown = ItemContainers(card);
        Assert.InRange(shown, 1, CardLimits.ListedItems);
        var more = Texts(card).SingleOrDefault(t => t.StartsWith("En nog", StringComparison.Ordinal) && t.Contains("acties", StringComparison.Ordinal));
        if (shown < count)
        {
            Assert.Equal($"En nog {count - shown} acties: vraag 'acties'.", more);
        }
        else
        {
            Assert.Null(more);
        }

        Assert.Contains($"En nog {decisions.Count - CardLimits.ListedDecisions} besluiten: vraag 'besluiten'.", Texts(card));
    }

    [Fact]
    public void SummaryCard_SixtyShortItems_ShowsTheCapOfTwentyFive()
    {
        var items = Enumerable.Range(1, 60)
            .Select(i => new CardItem($"a{i}", "Agenda rondsturen.", [CardSamples.Roos], null, CardItemStatus.Open))
            .ToList();
        var card = SummaryCard.Build(CardSamples.Meeting, CardSamples.Decisions, items, CardSamples.Context(Language.Nl));
        Assert.Equal(CardLimits.ListedItems, ItemContainers(card));
        Assert.Contains("En nog 35 acties: vraag 'acties'.", Texts(card));
    }

    [Fact]
    public void SummaryCard_SixtyOrdinaryItems_ShowsAsManyAsFitAndCountsTheRest()
    {
        var (_, _, items) = CardSamples.Large(60, 120);
        var ordinary = items.Select(i => i with { Text = "Vervolggesprek plannen met Facilicom en de gemeente over de wijkaanpak." }).ToList();
        var card = SummaryCard.Build(CardSamples.Meeting, CardSamples.Decisions, ordinary, CardSamples.Context(Language.Nl));
        var shown = ItemContainers(card);
        Assert.InRange(shown, 18, CardLimits.ListedItems);
        Assert.Contains($"En nog {60 - shown} acties: vraag 'acties'.", Texts(card));
        Assert.InRange(CardJson.SizeInBytes(card), CardJson.CardBudgetBytes * 8 / 10, CardJson.CardBudgetBytes);
    }

    [Fact]
    public void SummaryCard_VeryLongQuotes_AreCutWithAnEllipsis()
    {
        var (meeting, decisions, items) = CardSamples.Large(3, 20_000);
        var runs = CardValidationTests.Descendants(SummaryCard.Build(meeting, decisions, items, Context))
            .Where(n => n["type"]?.GetValue<string>() == "TextRun").Select(n => n["text"]!.GetValue<string>()).ToList();
        Assert.All(runs, r => Assert.True(r.Length <= CardLimits.QuoteLength + 10, $"{r.Length} characters"));
        Assert.Contains(runs, r => r.EndsWith('…'));
    }

    [Theory]
    [InlineData(60, 1500)]
    [InlineData(200, 5000)]
    public void EveryListCard_LargeInput_StaysUnderTheBudget(int count, int quoteLength)
    {
        var (meeting, decisions, items) = CardSamples.Large(count, quoteLength);
        var groups = new[] { new CardMeetingItems(meeting, items) };
        var members = Enumerable.Range(1, 120).Select(i => new CardMember($"00000000-0000-0000-0000-{i:D12}", $"Teamlid nummer {i} van de gemeente")).ToList();
        JsonObject[] cards =
        [
            ReviewCard.Build(meeting, decisions, items, members, 0, Context),
            ReviewCard.Build(meeting, decisions, items, members, 3, Context),
            MyActionsCard.Build(groups, Context),
            TeamItemsCard.Build(groups, Context),
            ReminderCard.Build(CardSamples.NextMeeting, groups, Context),
            CarryOverCard.Build(CardSamples.NextMeeting, groups, Context),
            DecisionsCard.Build("werkgroep", [.. decisions.Select(d => new CardDecisionHit(meeting, d))], Context),
            MemberPickerCard.Build(meeting, items[0], members, CardView.Summary, Context),
        ];
        Assert.All(cards, c => Assert.InRange(CardJson.SizeInBytes(c), 1, CardJson.CardBudgetBytes));
    }

    [Fact]
    public void ReviewCard_ManyLongProposalsOfTheLastMeeting_ShowsAsManyAsFitAndSaysTheRestStayAsTheyAre()
    {
        var (meeting, decisions, items) = CardSamples.Large(60, 1500);
        var members = Enumerable.Range(1, 120).Select(i => new CardMember($"00000000-0000-0000-0000-{i:D12}", $"Teamlid nummer {i} van de gemeente")).ToList();
        var proposals = Enumerable.Range(1, 40)
            .Select(i => new CardFollowup(new string('x', 400) + i, new string('n', 200), new DateOnly(2023, 5, 10), CardFollowupStatus.Open, new string('q', 2000), new DateOnly(2023, 7, 1)))
            .ToList();

        var card = ReviewCard.Build(meeting, decisions, items, members, 0, Context, followups: new CardFollowups(proposals, 12));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.CardBudgetBytes);
        var shown = CardValidationTests.Descendants(card).Count(n => n["id"]?.GetValue<string>().StartsWith("followup.", StringComparison.Ordinal) == true);
        Assert.InRange(shown, 1, CardLimits.ReviewFollowups);
        Assert.Contains(CardNodes.Words(card), w => w.StartsWith($"Nog {40 - shown} voorstellen", StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewCard_LargeTeam_SplitsIntoMorePagesThatStillCoverEveryItem()
    {
        var (meeting, decisions, items) = CardSamples.Large(30, 600);
        var members = Enumerable.Range(1, 150).Select(i => new CardMember($"00000000-0000-0000-0000-{i:D12}", $"Teamlid {i}")).ToList();
        var pageSize = ReviewCard.PageSize(meeting, decisions, items, members, Context);
        Assert.InRange(pageSize, 1, CardLimits.ReviewItemsPerPage - 1);

        var pages = (items.Count + pageSize - 1) / pageSize;
        var seen = Enumerable.Range(0, pages)
            .SelectMany(p => CardValidationTests.Descendants(ReviewCard.Build(meeting, decisions, items, members, p, Context)))
            .Select(n => n["id"]?.GetValue<string>())
            .Where(id => id?.StartsWith("review-", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(items.Select(i => $"review-{i.Id}"), seen);
    }

    [Fact]
    public void SizeInBytes_CountsUtf16LikeTeams()
    {
        var card = NoticeCard.Build(NoticeKind.Info, "ëëë", Context);
        Assert.Equal(CardJson.Serialize(card).Length * 2, CardJson.SizeInBytes(card));
        Assert.Contains("ëëë", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    private static int ItemContainers(JsonObject card) =>
        card["body"]!.AsArray().Count(e => e!["type"]!.GetValue<string>() == "Container");

    private static List<string> Texts(JsonObject card) =>
        [.. CardValidationTests.Descendants(card).Where(n => n["type"]?.GetValue<string>() == "TextBlock").Select(n => n["text"]!.GetValue<string>())];
}
