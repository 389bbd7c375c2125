using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Samples;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

/// <summary>Realistic card inputs (a Dutch steering group, and the bundled sample minutes) and every card built from them.</summary>
internal static class CardSamples
{
    public static readonly DateOnly Today = new(2023, 6, 14);
    public static readonly DateTime NextMeeting = new(2023, 6, 21, 13, 30, 0);

    public static readonly CardPerson Roos = new("Roos Wilhelm", "29:1roos-wilhelm");
    public static readonly CardPerson Cor = new("Cor Lamers", "29:1cor-lamers");
    public static readonly CardPerson Olga = new("Olga Boot", "29:1olga-boot");
    public static readonly CardPerson Peter = new("Peter van der Gugten");
    public static readonly CardPerson Bureau = new("Programmabureau");

    public static readonly CardMeeting Meeting = new("m-2023-05-24", "Stuurgroep Stadspartners", new DateOnly(2023, 5, 24), NextMeeting);
    public static readonly CardMeeting EarlierMeeting = new("m-2023-04-12", "Stuurgroep Stadspartners", new DateOnly(2023, 4, 12), NextMeeting);

    public static readonly IReadOnlyList<CardMember> Members =
    [
        new("aad-roos", "Roos Wilhelm"), new("aad-cor", "Cor Lamers"), new("aad-olga", "Olga Boot"),
        new("aad-barbara", "Barbara Vermaat"), new("aad-marilyn", "Marilyn Louisville"),
    ];

    public static readonly IReadOnlyList<string> Viewers = ["29:1roos-wilhelm", "29:1cor-lamers", "29:1olga-boot", "29:1marilyn"];

    public static IReadOnlyList<CardDecision> Decisions { get; } =
    [
        new("d1", "Het uitvoeringsprogramma 2023-2026 wordt unaniem vastgesteld.", "Het uitvoeringsprogramma wordt zonder opmerkingen unaniem vastgesteld."),
        new("d2", "De werkgroepen worden een vast agendapunt van de stuurgroep."),
    ];

    public static IReadOnlyList<CardItem> Items { get; } =
    [
        new("a1", "Nieuwe begroting voor de komende jaren opstellen en voorleggen aan de gemeente.", [Roos], new DateOnly(2023, 6, 9), CardItemStatus.Open,
            "Om de benodigde inzet te kunnen realiseren wordt een nieuwe begroting voor de komende jaren gemaakt en voorgelegd aan de gemeente en overige partners.",
            "1. Opening en welkom", TimesPostponed: 2),
        new("a2", "Presentatie Preventie met Gezag als bijlage bij het verslag voegen.", [Bureau], null, CardItemStatus.Open,
            "De presentatie wordt als bijlage bij het verslag gevoegd.", "3. Presentatie Preventie met Gezag"),
        new("a3", "Vervolggesprek plannen met Facilicom en Justitie en Veiligheid.", [Cor, Peter], new DateOnly(2023, 6, 30), CardItemStatus.Open,
            "Vervolggesprekken volgen met de collega van Tarik Topcu, Facilicom en Justitie en Veiligheid.", SnoozedUntil: new DateOnly(2023, 6, 20)),
        new("a4", "Kaartsessie organiseren voor de werkgroep Wonen.", [], null, CardItemStatus.Open, "Ook deze werkgroep heeft een kaartsessie nodig.")
        {
            Suggestions = [new(new CardPerson("Barbara Vermaat", "aad-barbara"), "programmamanager Wonen"), new(new CardPerson("werkgroep Wonen"), "de groep van dit punt")],
        },
        new("a5", "Afscheid nemen van Marijke Bergh.", [Olga], new DateOnly(2023, 6, 1), CardItemStatus.Done, "Er wordt nog gepast afscheid genomen van Marijke Bergh."),
    ];

    public static CardContext Context(Language language, IReadOnlyList<string>? viewers = null) => new(language, Today, viewers ?? Viewers);

    /// <summary>What the minutes of 24 May say of the open items of 12 April: done, postponed to a new date, dropped; two not mentioned.</summary>
    public static CardFollowups Followups { get; } = new(
    [
        new("Samenstelling werkgroep Veiligheid voorstellen.", "Roos Wilhelm", EarlierMeeting.Date, CardFollowupStatus.Done,
            "De samenstelling van de werkgroep Veiligheid is afgerond en met de stuurgroep gedeeld.", null),
        new("Subsidieaanvraag bij de provincie indienen.", "Cor Lamers", EarlierMeeting.Date, CardFollowupStatus.Open,
            "De subsidieaanvraag wordt doorgeschoven naar 30 juni, omdat de provincie de regeling later opent.", new DateOnly(2023, 6, 30)),
        new("Nieuwsbrief voor de partners opzetten.", null, EarlierMeeting.Date, CardFollowupStatus.Dropped,
            "De nieuwsbrief vervalt: de partners ontvangen voortaan het verslag.", null),
    ], Unmentioned: 2);

    public static IReadOnlyList<CardMeetingItems> RoosItems { get; } =
    [
        new(Meeting, [Items[0], Items[2] with { Owners = [Roos] }]),
        new(EarlierMeeting, [new CardItem("a7", "Samenstelling werkgroep Veiligheid voorstellen.", [Roos], new DateOnly(2023, 5, 31), CardItemStatus.Open, "Er dient nog goed gekeken te worden naar de samenstelling van de werkgroep.")]),
    ];

    /// <summary>Every card the bot can send, by approved-file name, in Dutch and English.</summary>
    public static IReadOnlyDictionary<string, JsonObject> All()
    {
        var cards = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var suffix = language == Language.Nl ? "nl" : "en";
            var context = Context(language);
            var personal = Context(language, ["29:1roos-wilhelm"]);
            cards[$"summary.{suffix}"] = SummaryCard.Build(Meeting, Decisions, Items, context);
            cards[$"review.{suffix}"] = ReviewCard.Build(Meeting with { Draft = true }, Decisions, Items, Members, 0, personal);
            cards[$"review-followups.{suffix}"] = ReviewCard.Build(Meeting with { Draft = true }, Decisions, Items, Members, 0, personal, followups: Followups);
            cards[$"review-asked.{suffix}"] = ReviewCard.Build(Meeting with { Draft = true }, Decisions, Items, Members, 0, personal, asked: true);
            cards[$"assign.{suffix}"] = MemberPickerCard.Build(Meeting, Items[3], Members, CardView.TeamItems, personal);
            cards[$"my-actions.{suffix}"] = MyActionsCard.Build(RoosItems, personal);
            cards[$"my-actions-empty.{suffix}"] = MyActionsCard.Build([], personal);
            cards[$"team-items.{suffix}"] = TeamItemsCard.Build([new(Meeting, [.. Items.Where(i => i.Status == CardItemStatus.Open)])], context);
            cards[$"decisions.{suffix}"] = DecisionsCard.Build("begroting", [new(Meeting, Decisions[0]), new(EarlierMeeting, Decisions[1])], personal);
            cards[$"decisions-none.{suffix}"] = DecisionsCard.Build("parkeren", [], personal);
            cards[$"settings.{suffix}"] = SettingsCard.Build(new CardSettings(true, 2, "Europe/Amsterdam", language) { Planner = new CardPlanner(false, CardPlanner.NewPlan, [], false) }, personal);
            cards[$"settings-saved.{suffix}"] = SettingsCard.Build(new CardSettings(true, 2, "Europe/Amsterdam", language) { Planner = new CardPlanner(false, CardPlanner.NewPlan, [], false) }, personal, saved: true);
            cards[$"settings-planner.{suffix}"] = SettingsCard.Build(new CardSettings(true, 2, "Europe/Amsterdam", language)
            {
                Planner = new CardPlanner(true, "xqQg5FS2LkCp935s-FIFm2QAFkHM", [new("xqQg5FS2LkCp935s-FIFm2QAFkHM", "Stuurgroep: jaarplanning"), new("mGq3uJp2fUKb1Lx6xYz9oWQAGT0k", "Communicatie")], false),
            }, personal);
            cards[$"settings-planner-no-access.{suffix}"] = SettingsCard.Build(new CardSettings(true, 2, "Europe/Amsterdam", language)
            {
                Planner = new CardPlanner(true, CardPlanner.NewPlan, [], true),
            }, personal);
            cards[$"help.{suffix}"] = HelpCard.Build(personal);
            cards[$"notice.{suffix}"] = NoticeCard.Build(NoticeKind.Error, "verslag-24-mei.docx kon ik niet lezen: het bestand is beschadigd.", personal);
            // A pasted text the bot took for no minutes, kept by its SHA-256 so that "Toch als notulen lezen" can read it.
            cards[$"not-minutes.{suffix}"] = NoticeCard.NotMinutes(language.Texts.Replies.NotMinutesWithButton, "9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f", personal);
            cards[$"reminder.{suffix}"] = ReminderCard.Build(NextMeeting, RoosItems, personal);
            cards[$"reminder-to-assign.{suffix}"] = ReminderCard.Build(NextMeeting, RoosItems, personal, [new(Meeting, [Items[3]])]);
            cards[$"carry-over.{suffix}"] = CarryOverCard.Build(NextMeeting, [new(Meeting, Items), new(EarlierMeeting, RoosItems[1].Items)], context);
            cards[$"hand-over.{suffix}"] = MemberPickerCard.Build(Meeting, Items[0], Members, CardView.Summary, personal);
            cards[$"link-owner.{suffix}"] = MemberPickerCard.Build(Meeting, Items[2], Members, CardView.Summary, personal, ownerIndex: 1);
        }

        cards["summary-sample.nl"] = SampleSummary(Language.Nl);
        cards["summary-sample.en"] = SampleSummary(Language.En);
        cards["review-sample.nl"] = SampleReview(Language.Nl);
        cards["review-sample.en"] = SampleReview(Language.En);
        return cards;
    }

    /// <summary>The bundled sample minutes through the reader and the extractor, shown as the lead will map them.</summary>
    public static JsonObject SampleSummary(Language language)
    {
        var result = MinutesExtractor.Extract(SampleMinutes.Read(new MinutesReader()), new ExtractionOptions(new DateOnly(2023, 6, 21)));
        var meeting = new CardMeeting("sample", result.Meeting.Title ?? SampleMinutes.Name, result.Meeting.Date, NextMeeting);
        return SummaryCard.Build(meeting, FromExtraction(result).Decisions, FromExtraction(result).Items, Context(language));
    }

    /// <summary>The first page (ten items) of the review of the bundled sample minutes, as the uploader sees it.</summary>
    public static JsonObject SampleReview(Language language)
    {
        var result = MinutesExtractor.Extract(SampleMinutes.Read(new MinutesReader()), new ExtractionOptions(new DateOnly(2023, 6, 21)));
        var meeting = new CardMeeting("sample", result.Meeting.Title ?? SampleMinutes.Name, result.Meeting.Date, NextMeeting) { Draft = true };
        var (decisions, items) = FromExtraction(result);
        return ReviewCard.Build(meeting, decisions, items, Members, 0, Context(language, ["29:1roos-wilhelm"]));
    }

    public static (IReadOnlyList<CardDecision> Decisions, IReadOnlyList<CardItem> Items) FromExtraction(ExtractionResult result) => (
        [.. result.Decisions.Select(d => new CardDecision(d.Id, d.Text, d.Quote))],
        [.. result.ActionItems.Select(a => new CardItem(
            a.Id, a.Text, [.. a.Owners.Select(o => new CardPerson(o))], a.Due,
            a.Status == ExtractedStatus.Done ? CardItemStatus.Done : CardItemStatus.Open, a.Quote, a.Section))]);

    /// <summary>A meeting with <paramref name="count"/> items whose texts and quotes are as long as minutes ever make them.</summary>
    public static (CardMeeting Meeting, IReadOnlyList<CardDecision> Decisions, IReadOnlyList<CardItem> Items) Large(int count, int quoteLength)
    {
        var sentence = "De werkgroep Gezondheid en Samenleven bespreekt met de gemeente, de corporaties en de zorgpartners hoe de wijkaanpak wordt voortgezet. ";
        string Long(int length) => string.Concat(Enumerable.Repeat(sentence, (length / sentence.Length) + 1))[..length];
        var items = Enumerable.Range(1, count)
            .Select(i => new CardItem($"a{i}", Long(400), [i % 3 == 0 ? Peter : Roos, Cor], new DateOnly(2023, 6, 1 + (i % 28)), CardItemStatus.Open, Long(quoteLength), "4. Stand van zaken werkgroepen", TimesPostponed: i % 4))
            .ToList();
        var decisions = Enumerable.Range(1, 30).Select(i => new CardDecision($"d{i}", Long(350), Long(quoteLength))).ToList();
        return (Meeting with { Title = Long(200) }, decisions, items);
    }
}
