using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsBot.Cards;

namespace TeamsBot.Tests.Cards;

/// <summary>Text from the minutes is data, never markup (issue 9): it cannot add links, images, mentions, HTML or card elements.</summary>
public sealed partial class HostileTextTests
{
    public static TheoryData<string> CardNames => [.. HostileCards.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void HostileMinutes_Card_OnlyRealOwnerMembersAreMentioned(string name)
    {
        var card = HostileCards.All().Single(c => c.Name == name).Card;
        var entities = card["msteams"]?["entities"]?.AsArray() ?? [];
        Assert.All(entities, e => Assert.Equal("29:1roos-wilhelm", e!["mentioned"]!["id"]!.GetValue<string>()));
        var mentionTexts = entities.Select(e => e!["text"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var text in Texts(card, "TextBlock"))
        {
            foreach (Match tag in AtTag().Matches(text))
            {
                Assert.Contains(tag.Value, mentionTexts);
            }
        }

        Assert.All(Texts(card, "TextRun"), t => Assert.DoesNotMatch(AtTag(), t));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void HostileMinutes_Card_NoTextCanOpenALinkTagOrEntity(string name)
    {
        var card = HostileCards.All().Single(c => c.Name == name).Card;
        foreach (var text in AllTexts(card))
        {
            var withoutOurMentions = AtTag().Replace(text, string.Empty);
            Assert.DoesNotMatch(HtmlTagOrEntity(), withoutOurMentions);
            Assert.DoesNotMatch(BareLink(), text);
            Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void HostileMinutes_Card_AddsNoElementOrAction(string name)
    {
        var card = HostileCards.All().Single(c => c.Name == name).Card;
        var types = CardValidationTests.Descendants(card).Select(n => n["type"]).OfType<JsonValue>().Select(v => v.GetValue<string>()).ToHashSet();
        Assert.DoesNotContain("Action.OpenUrl", types);
        Assert.DoesNotContain("Image", types);
        Assert.All(CardValidationTests.Descendants(card), n => Assert.Null(n["url"]));
    }

    [Fact]
    public void HostileMinutes_MarkdownTextBlocks_HaveEveryMarkdownCharacterEscaped()
    {
        foreach (var (name, card) in HostileCards.All().Where(c => c.Name != "help"))
        {
            foreach (var text in Texts(card, "TextBlock"))
            {
                Assert.True(!UnescapedMarkdown().IsMatch(text), $"{name}: unescaped Markdown in \"{text}\"");
            }
        }
    }

    [Fact]
    public void HostileMinutes_TextIsStillReadable()
    {
        var runs = Texts(HostileCards.Summary(), "TextRun").ToList();
        Assert.Contains(runs, r => Invisible().Replace(r, string.Empty) == "[klik hier](https://evil.example/login) om je wachtwoord te bevestigen");
        Assert.Contains(runs, r => Invisible().Replace(r, string.Empty) == "<img src=x onerror=alert(1)><script>alert(1)</script>");
    }

    private static IEnumerable<string> Texts(JsonObject card, string type) =>
        CardValidationTests.Descendants(card).Where(n => n["type"]?.GetValue<string>() == type).Select(n => n["text"]!.GetValue<string>());

    private static IEnumerable<string> AllTexts(JsonObject card) =>
        CardValidationTests.Descendants(card)
            .SelectMany(n => new[] { n["text"], n["title"], n["value"], n["label"] })
            .OfType<JsonValue>()
            .Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String)
            .Select(v => v.GetValue<string>());

    [GeneratedRegex("<at>[^<]*</at>")]
    internal static partial Regex AtTag();

    [GeneratedRegex("<[A-Za-z/!?]|&[A-Za-z#]")]
    internal static partial Regex HtmlTagOrEntity();

    [GeneratedRegex(@"[A-Za-z]://|www\.|@evil", RegexOptions.IgnoreCase)]
    internal static partial Regex BareLink();

    [GeneratedRegex(@"(?<!\\)[*_\[\]`~|]")]
    private static partial Regex UnescapedMarkdown();

    [GeneratedRegex("[\u2060]")]
    private static partial Regex Invisible();
}
