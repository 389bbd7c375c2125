using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public class NameMatchingTests
{
    [Theory]
    [InlineData("Kaçar", "kacar")]
    [InlineData("Michaëla", "michaela")]
    [InlineData("Øberg", "oberg")]
    [InlineData("Straßer", "strasser")]
    [InlineData("IJsselmuiden", "ijsselmuiden")]
    [InlineData("Ольга", "ольга")]
    public void Fold_RemovesCaseAndDiacritics(string word, string expected) =>
        Assert.Equal(expected, NameMatching.Fold(word));

    [Fact]
    public void Tokenize_SplitsOnHyphensApostrophesAndPunctuation()
    {
        var tokens = NameMatching.Tokenize("Sanne de Wit-van Leeuwen's plan: C.L.");

        Assert.Equal(["sanne", "de", "wit", "van", "leeuwen", "s", "plan", "c", "l"], tokens.Select(t => t.Folded));
        Assert.True(tokens[0].Capitalised);
        Assert.False(tokens[1].Capitalised);
    }

    [Fact]
    public void Tokenize_MarksAllCapitalWords()
    {
        var tokens = NameMatching.Tokenize("BZK en Rijkswaterstaat");

        Assert.True(tokens[0].AllUpper);
        Assert.False(tokens[2].AllUpper);
    }

    [Theory]
    [InlineData("Hendrik van den Broek", true)]
    [InlineData("Wit-van", true)]
    [InlineData("J. Smit", true)]
    [InlineData("Lotte, Mees", false)]
    [InlineData("Lotte\nMees", false)]
    [InlineData("Ab. Mees", false)]
    public void Adjacent_AcceptsOnlyGapsInsideAName(string text, bool expected)
    {
        var tokens = NameMatching.Tokenize(text);

        Assert.Equal(expected, NameMatching.Adjacent(text, tokens[0], tokens[1]));
    }

    [Theory]
    [InlineData("lamers", "lammers", 1)]
    [InlineData("ouwehand", "ouwehnad", 1)]
    [InlineData("verhoeven", "verhoeven", 0)]
    [InlineData("kranenburg", "kranenberg", 1)]
    [InlineData("jansen", "pietersen", 3)]
    public void Distance_CountsEditsUpToTheLimit(string a, string b, int expected) =>
        Assert.Equal(expected, NameMatching.Distance(a, b, max: 2));

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    public void TyposAllowed_GrowsWithNameLength(int length, int expected) =>
        Assert.Equal(expected, NameMatching.TyposAllowed(length));
}
