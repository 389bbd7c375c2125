using TeamsBot.Cards;

namespace TeamsBot.Tests.Cards;

public sealed class ApprovedCardTests
{
    public static TheoryData<string> Names => [.. CardSamples.All().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_FromRealisticInput_MatchesApprovedJson(string name) =>
        CardApproval.Verify(name, CardSamples.All()[name]);

    [Fact]
    public void Approved_EveryApprovedFile_BelongsToACardStillBuilt()
    {
        var built = CardSamples.All().Keys.ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(CardApproval.Directory, "*.approved.json")
            .Select(f => Path.GetFileName(f)[..^".approved.json".Length])
            .Where(n => !built.Contains(n))
            .ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public void Cards_DutchAndEnglish_DifferOnlyInWordsNotInShape()
    {
        var cards = CardSamples.All();
        foreach (var name in cards.Keys.Where(k => k.EndsWith(".nl", StringComparison.Ordinal) && cards.ContainsKey(k[..^3] + ".en")))
        {
            var dutch = CardJson.Serialize(cards[name]);
            var english = CardJson.Serialize(cards[name[..^3] + ".en"]);
            Assert.NotEqual(dutch, english);
            Assert.Equal(Shape(dutch), Shape(english));
        }
    }

    // The sequence of element and action types: the same card in both languages has the same structure.
    private static string Shape(string json) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(json, "\"type\":\"([^\"]+)\"").Select(m => m.Groups[1].Value));
}
