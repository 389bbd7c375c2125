using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Intake;

namespace TeamsBot.Tests.Followup;

/// <summary>
/// The whole bot closing the loop: Annet sends the minutes of a working group to the bot, they land in her team, she
/// publishes them; a member marks one item done by hand; the next minutes of the same group say what became of the
/// others, the review proposes that with the sentences, and publishing makes the team's lists and the carry-over agree.
/// </summary>
public sealed class ReconcileAppTests
{
    private const string Chat = "a:annet-own-chat";

    private const string First = """
        # Verslag werkgroep Wijkbudget 4 november 2026

        Datum: 4 november 2026
        Aanwezig: Annet de Groot (notulist), Stef Fleischeuer

        ## 1. Begroting

        Stef Fleischeuer licht de begroting van het wijkbudget toe. De werkgroep stemt in.

        ## Actiepunten

        - Stef Fleischeuer vraagt offertes op bij drie drukkerijen voor 13 november 2026.
        - Annet de Groot reserveert een zaal voor de bewonersavond voor 20 november 2026.
        - Stef Fleischeuer schrijft een artikel voor de wijkkrant.
        - Annet de Groot stuurt de jaarplanning rond aan de bewoners.
        - Stef Fleischeuer controleert de facturen van het buurthuis.
        """;

    private const string Next = """
        # Verslag werkgroep Wijkbudget 18 november 2026

        Datum: 18 november 2026
        Aanwezig: Annet de Groot (notulist), Stef Fleischeuer
        Volgende vergadering: 2 december 2026

        ## 1. Actiepunten vorige vergadering

        - Offertes bij drie drukkerijen opvragen (Stef Fleischeuer): is afgerond.
        - Annet de Groot reserveert een zaal voor de bewonersavond: wordt doorgeschoven naar 4 december 2026.
        - Artikel voor de wijkkrant: vervalt, de wijkkrant verschijnt niet meer.
        - Jaarplanning rondsturen aan de bewoners (Annet de Groot): is afgerond.

        ## 2. Bewonersavond

        Annet de Groot licht het programma van de bewonersavond toe.

        ## Actiepunten

        - Stef Fleischeuer maakt een flyer voor de bewonersavond voor 27 november 2026.
        """;

    [Fact]
    public async Task NextMinutesOfTheSeries_ReviewProposesWithQuotes_PublishSettlesTheEarlierItemsAsAnswered_AndTheSameMinutesAgainChangeNothing()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 4, 16, 0, 0, TimeSpan.Zero));
        await using var app = new IntakeApp(
            settings: new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await app.InstallTeamAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, "Werkgroep Wijkbudget", IntakeApp.Channel,
            new RosterMember(ChannelIntakeTests.Uploader, "29:1annet-user", "Annet de Groot", "annet@contoso.nl"),
            new RosterMember(IntakeApp.Stef, "29:2stef-user", "Stef Fleischeuer", "stef@contoso.nl"));

        // Meeting N, published as it is.
        var firstReview = await SendMinutesAsync(app, First, "4 november");
        Assert.DoesNotContain("Uit de vorige vergadering", CardNodes.Words(firstReview));
        await PublishAsync(app, firstReview);
        var earlier = Assert.Single(await Followup(app).ListPublishedMeetingsAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, CancellationToken.None));
        string Id(string words) => earlier.Items.Single(i => i.Text.Contains(words, StringComparison.Ordinal)).Id;

        // Stef sent the year plan round already: done by hand in the channel.
        await app.InvokeAsync(CardVerbs.ItemDone, new JsonObject { [CardVerbs.MeetingId] = earlier.Id, [CardVerbs.ItemId] = Id("jaarplanning") },
            IntakeApp.Stef, IntakeApp.Channel, IntakeApp.TeamId);

        // Meeting N+1: the review says what became of the other items, each with its sentence.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 16, 0, 0, TimeSpan.Zero));
        var review = await SendMinutesAsync(app, Next, "18 november");
        var words = CardNodes.Words(review);
        Assert.Contains("Uit de vorige vergadering", words);
        Assert.Contains("“Offertes bij drie drukkerijen opvragen (Stef Fleischeuer): is afgerond.”", words);
        Assert.Contains("“Annet de Groot reserveert een zaal voor de bewonersavond: wordt doorgeschoven naar 4 december 2026.”", words);
        Assert.Contains("“Artikel voor de wijkkrant: vervalt, de wijkkrant verschijnt niet meer.”", words);
        Assert.Contains("Nieuwe datum: vr 4 dec", words);
        Assert.Contains("1 open actie wordt in deze notulen niet genoemd en blijft open.", words);
        // Done by hand already: nothing to propose.
        Assert.DoesNotContain("“Jaarplanning rondsturen aan de bewoners (Annet de Groot): is afgerond.”", words);
        Assert.Equal(["done", "open", "dropped"], Choices(review));
        // The postponed item is the earlier one carried over, not a new item of these minutes: the flyer, and the year
        // plan these minutes call done, are theirs.
        Assert.Contains("Acties (2)", words);

        // Annet keeps the article as it is for now: one tap on its choice; the others as proposed.
        await PublishAsync(app, review, data => data[CardVerbs.FollowupInput(2)] = CardVerbs.FollowupKeep);

        // The team's actions: the done item gone, the postponed one with its new date, the article kept as it was.
        var team = CardNodes.Words(await app.AskInChannelAsync("acties", IntakeApp.Stef, "Open acties van het team"));
        Assert.DoesNotContain(team, w => w.Contains("offertes", StringComparison.Ordinal) || w.Contains("jaarplanning", StringComparison.Ordinal));
        Assert.Contains(team, w => w.Contains("artikel voor de wijkkrant", StringComparison.Ordinal));
        Assert.Single(team, w => w.Contains("reserveert een zaal", StringComparison.Ordinal));
        Assert.Contains(team, w => w.Contains("uiterlijk vr 4 dec", StringComparison.Ordinal));
        Assert.Contains(team, w => w.Contains("facturen van het buurthuis", StringComparison.Ordinal));
        Assert.Contains(team, w => w.Contains("maakt een flyer", StringComparison.Ordinal));

        var settled = await MeetingAsync(app, earlier.Id);
        var done = settled.Items.Single(i => i.Id == Id("offertes"));
        Assert.Equal((ItemStatus.Done, ChangeKind.Completed, "minutes 2026-11-18", ChannelIntakeTests.Uploader),
            (done.Status, done.History[^1].Kind, done.History[^1].Detail, done.History[^1].By.UserId));
        var kept = settled.Items.Single(i => i.Id == Id("wijkkrant"));
        Assert.Equal((ItemStatus.Open, earlier.Items.Single(i => i.Id == kept.Id).History.Count), (kept.Status, kept.History.Count));

        // The carry-over before the next meeting lists what is really open.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 8, 10, 0, TimeSpan.Zero));
        await app.Services.GetRequiredService<ReminderRound>().RunAsync(CancellationToken.None);
        var carry = app.Sent().Where(x => IntakeApp.HasCardWith(x.Body, "Openstaande acties voor")).Select(x => CardNodes.Words(IntakeApp.Card(x.Body))).ToList();
        var carried = Assert.Single(carry);
        Assert.DoesNotContain(carried, w => w.Contains("offertes", StringComparison.Ordinal));
        Assert.Contains(carried, w => w.Contains("artikel voor de wijkkrant", StringComparison.Ordinal));
        Assert.Contains(carried, w => w.Contains("reserveert een zaal", StringComparison.Ordinal));
        Assert.Contains(carried, w => w.Contains("vr 4 dec", StringComparison.Ordinal));

        // The same minutes again: already known, no second review, no second slip or history line.
        var sent = app.Sent().Count;
        await SendAsync(app, Next);
        var again = await app.WaitForAsync(s => s.Skip(sent).Any(x => IntakeApp.Text(x.Body).StartsWith("Deze notulen ken ik al", StringComparison.Ordinal)));
        Assert.DoesNotContain(again.Skip(sent), x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        Assert.Equal(settled.Items.Select(i => i.History.Count), (await MeetingAsync(app, earlier.Id)).Items.Select(i => i.History.Count));
        var postponed = (await MeetingAsync(app, earlier.Id)).Items.Single(i => i.Id == Id("reserveert"));
        Assert.Equal((new DateOnly(2026, 12, 4), 1), (postponed.Due, postponed.History.Count(c => c.Kind == ChangeKind.DueChanged)));
    }

    private static FollowupService Followup(IntakeApp app) => app.Services.GetRequiredService<FollowupService>();

    private static async Task<Meeting> MeetingAsync(IntakeApp app, string id) =>
        (await Followup(app).GetMeetingAsync(ChannelIntakeTests.Tenant, IntakeApp.TeamId, id, CancellationToken.None))!;

    private static List<string> Choices(JsonNode card) =>
        [.. Inputs(card).Where(i => i["id"]!.GetValue<string>().StartsWith("followup.", StringComparison.Ordinal)).Select(i => i["value"]!.GetValue<string>())];

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Input.ChoiceSet" => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    /// <summary>Annet presses Publish, after <paramref name="change"/> of the card's inputs (and once more when the card asks about items nobody owns).</summary>
    private static async Task PublishAsync(IntakeApp app, JsonNode review, Action<JsonObject>? change = null)
    {
        var data = IntakeApp.Submitted(review, CardVerbs.ReviewPublish);
        change?.Invoke(data);
        var answer = await app.InvokeAsync(CardVerbs.ReviewPublish, data, ChannelIntakeTests.Uploader, Chat);
        if (CardNodes.FindAction(answer, CardVerbs.ReviewPublish) is not null)
        {
            await app.InvokeAsync(CardVerbs.ReviewPublish, IntakeApp.Submitted(answer, CardVerbs.ReviewPublish), ChannelIntakeTests.Uploader, Chat);
        }

        await app.WaitUntilIdleAsync();
    }

    /// <summary>Annet pastes minutes into her chat with the bot; the review card of those minutes.</summary>
    private static async Task<JsonNode> SendMinutesAsync(IntakeApp app, string minutes, string dated)
    {
        var before = app.Sent().Count;
        await SendAsync(app, minutes);
        var sent = await app.WaitForAsync(s => s.Skip(before).Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null && IntakeApp.HasCardWith(x.Body, dated)));
        await app.WaitUntilIdleAsync();
        return IntakeApp.Card(sent.Skip(before).Last(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null).Body);
    }

    private static async Task SendAsync(IntakeApp app, string minutes)
    {
        var pasted = app.Activity("personal-message.json", ChannelIntakeTests.Tenant, Chat, "nl-NL");
        pasted["from"] = new JsonObject { ["id"] = "29:1annet-user", ["name"] = "Annet de Groot", ["aadObjectId"] = ChannelIntakeTests.Uploader };
        pasted["text"] = minutes;
        await app.PostAsync(pasted);
    }
}
