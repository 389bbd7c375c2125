using TeamsBot.Followup;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Followup;

public sealed class ItemMatcherTests
{
    private static ActionItem Existing(string text) =>
        new(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), text, text, null, [], null, ItemStatus.Done, null, []);

    [Fact]
    public void Match_RewordedAndReorderedItems_PairsEachWithItsOriginal()
    {
        var existing = new[] { Existing("Olga stuurt de begroting rond"), Existing("Dino plant de werksessie met alle partners") };
        var fresh = new[] { Item("Dino plant de werksessie met de partners"), Item("Olga stuurt de begróting rond vóór 1 juni"), Item("Cor nodigt de wethouder uit") };

        var matches = ItemMatcher.Match(existing, fresh);

        Assert.Same(existing[1], matches[0]);
        Assert.Same(existing[0], matches[1]);
        Assert.False(matches.ContainsKey(2));
    }

    [Fact]
    public void Match_TwoFreshItemsLikeOneExisting_OnlyTheCloserOneContinuesIt()
    {
        var existing = new[] { Existing("Olga belt de wethouder over de subsidie") };
        var fresh = new[] { Item("Olga belt de wethouder"), Item("Olga belt de wethouder over de subsidie") };

        var matches = ItemMatcher.Match(existing, fresh);

        Assert.Equal([1], matches.Keys);
    }
}
