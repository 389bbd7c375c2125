using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Tests.Teams.Intake;
using TeamsBot.Tests.Teams;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Text from the minutes is data, never markup, through the whole app (issue 9): hostile minutes pasted into the
/// personal chat, reviewed and published; every connector call and every invoke answer carries no link or image the
/// bot did not make, mentions only the uploader (the one roster member who owns an item), and goes nowhere but the
/// conversation the minutes came from.
/// </summary>
public sealed class HostileMinutesAppTests
{
    private const string Tenant = "7d7d7d7d-0000-4000-8000-000000000007";
    private const string User = "aad-olga";
    private const string Conversation = "a:personal-hostile";

    private const string Minutes = """
        # Notulen werkgroep [Veiligheid](https://evil.example/titel)

        Datum: dinsdag 12 maart 2024
        Aanwezig: Olga Boot, Karel Nietinrooster, jan@evil.example
        Notulist: Olga Boot

        ## 1. Besluiten

        - Besluit: de werkgroep kiest [de link](https://evil.example/besluit) en <at>Iedereen</at> stemt in.

        ## 2. Acties

        - Actie: Olga Boot bevestigt het wachtwoord via [klik hier](https://evil.example/login) vóór 22 maart 2024.
        - Actie: Olga Boot zet ![i](https://evil.example/p.png) in de nieuwsbrief.
        - Actie: <at>Someone</at> betaalt de rekening van de zaal.
        - Actie: Olga Boot test het formulier met <script>alert(1)</script> en <img src=x onerror=alert(1)>.
        - Actie: Olga Boot plant de sessie op {{DATE(2030-01-01T00:00:00Z, SHORT)}} in.
        - Actie: Karel Nietinrooster schrijft het plan voor de buurt.
        - Actie: jan@evil.example stuurt de factuur naar www.evil.example/factuur.

        Volgende vergadering: dinsdag 2 april 2024
        """;

    [Fact]
    public async Task HostileMinutes_ReviewedAndPublished_CarryNoForeignMarkupMentionOrRecipient()
    {
        await using var app = new PrivacyApp();
        var paste = app.Personal(Minutes, User, Tenant, "nl-NL", Conversation);
        paste["from"]!["name"] = "Olga Boot";

        await app.AnswerAsync(paste);
        var sent = await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        var review = sent.Last(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body!;
        var (status, answer) = await app.AnswerAsync(app.Invoke(CardVerbs.ReviewPublish, IntakeApp.Submitted(review, CardVerbs.ReviewPublish), User, Tenant, null, Conversation));
        var all = await app.WaitForAsync(s => s.Count(x => x.Body?["attachments"] is not null) >= 2);

        Assert.Equal(200, status);
        Assert.True(all.Count(x => x.Body?["attachments"] is not null) >= 2, "the review card and the published summary");
        Assert.Contains(all, x => x.Body!.ToJsonString().Contains("Karel", StringComparison.Ordinal));
        foreach (var (method, path, body) in all)
        {
            Assert.StartsWith($"/_connector/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", Uri.EscapeDataString(Uri.UnescapeDataString(path)).Replace("%2F", "/", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal("POST", method);
            AssertInert(body!);
        }

        AssertInert(JsonNode.Parse(answer)!);
    }

    private static void AssertInert(JsonNode activity)
    {
        var nodes = CardNodes.Descendants(activity).ToList();
        var mentions = nodes.OfType<JsonObject>().Where(o => (string?)o["type"] == "mention").ToList();
        Assert.All(mentions, m => Assert.Contains((string?)m["mentioned"]?["id"], new[] { User, "29:" + User }));
        var ours = mentions.Select(m => (string?)m["text"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(nodes.OfType<JsonObject>(), o => (string?)o["type"] is "Image" or "Action.OpenUrl" or "Media" or "ImageSet");
        Assert.All(nodes.OfType<JsonObject>(), o => Assert.Null(o["url"]));
        var texts = nodes.OfType<JsonObject>()
            .SelectMany(o => new[] { o["text"], o["title"], o["value"], o["label"], o["placeholder"] })
            .OfType<JsonValue>()
            .Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String)
            .Select(v => v.GetValue<string>());
        foreach (var text in texts)
        {
            var withoutOurs = TeamsBot.Tests.Cards.HostileTextTests.AtTag().Replace(text, m => ours.Contains(m.Value) ? string.Empty : m.Value);
            Assert.DoesNotMatch(TeamsBot.Tests.Cards.HostileTextTests.HtmlTagOrEntity(), withoutOurs);
            Assert.DoesNotMatch(TeamsBot.Tests.Cards.HostileTextTests.BareLink(), text);
            Assert.DoesNotContain("](", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        }
    }
}
