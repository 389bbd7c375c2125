using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

/// <summary>Minutes written by someone who wants the bot's cards to carry their markup.</summary>
internal static class HostileCards
{
    public static IReadOnlyList<string> Texts { get; } =
    [
        "[klik hier](https://evil.example/login) om je wachtwoord te bevestigen",
        "![pixel](https://evil.example/track.png)",
        "**Vet** en _schuin_ en `code` en ~~weg~~ en <b>html</b>",
        "<at>Cor Lamers</at> betaalt de rekening",
        "&lt;at&gt;Cor Lamers&lt;/at&gt; en &#60;at&#62;Olga Boot&#60;/at&#62;",
        "<img src=x onerror=alert(1)><script>alert(1)</script>",
        "# Kop\n- lijstpunt\n1. genummerd\n> citaat",
        "Zie https://evil.example/phish en www.evil.example en mail jan@evil.example",
        "\u202Egnp.exe\u202C met\u200B verborgen\u0000 tekens\r\nen regels",
        "\"}],\"actions\":[{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}],\"x\":[{\"a\":\"",
        "1. Eerst dit | tabel | kolom |",
    ];

    public static IReadOnlyList<CardPerson> Owners { get; } =
    [
        new("<at>Cor Lamers</at>"),
        new("[Roos](https://evil.example)", "29:1roos-wilhelm"),
        new("**Olga** <img src=x>"),
    ];

    public static CardMeeting Meeting { get; } = new("m-hostile", "[Stuurgroep](https://evil.example) <at>Cor</at> **!!**", new DateOnly(2023, 5, 24), CardSamples.NextMeeting);

    public static IReadOnlyList<CardItem> Items { get; } =
        [.. Texts.Select((t, i) => new CardItem($"a{i + 1}", t, [Owners[i % Owners.Count]], new DateOnly(2023, 6, 9), CardItemStatus.Open, t, t))];

    public static IReadOnlyList<CardDecision> Decisions { get; } = [.. Texts.Select((t, i) => new CardDecision($"d{i + 1}", t, t))];

    public static JsonObject Summary() => SummaryCard.Build(Meeting, Decisions, Items, CardSamples.Context(Language.Nl));

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var context = CardSamples.Context(Language.En);
        var groups = new[] { new CardMeetingItems(Meeting, Items) };
        var members = Owners.Select((o, i) => new CardMember($"aad-{i}", o.Name)).ToList();
        yield return ("summary", Summary());
        yield return ("review", ReviewCard.Build(Meeting, Decisions, Items, members, 0, context));
        yield return ("my-actions", MyActionsCard.Build(groups, context));
        yield return ("team-items", TeamItemsCard.Build(groups, context));
        yield return ("reminder", ReminderCard.Build(CardSamples.NextMeeting, groups, context));
        yield return ("carry-over", CarryOverCard.Build(CardSamples.NextMeeting, groups, context));
        yield return ("decisions", DecisionsCard.Build(Texts[0], [.. Decisions.Select(d => new CardDecisionHit(Meeting, d))], context));
        yield return ("picker", MemberPickerCard.Build(Meeting, Items[0], members, CardView.Summary, context, ownerIndex: 0));
        yield return ("notice", NoticeCard.Build(NoticeKind.Error, Texts[3] + Texts[0], context));
    }
}
