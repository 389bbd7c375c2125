using System.Text;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Minutes;
using TeamsBot.Storage;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Followup;

/// <summary>
/// The next minutes of a series read against the open items of the earlier ones, as the review proposes and publishing
/// applies it: never a status without the sentence that says so, nothing for an item settled by hand, and "leave as
/// is" leaves it.
/// </summary>
public sealed class FollowupReconcileTests : IDisposable
{
    private const string English = """
        # Neighbourhood fund working group 4 November 2026

        Date: 4 November 2026
        Present: Cor Lamers (minutes), Olga Boot

        ## Actions

        - Olga Boot asks three printers for quotes by 13 November 2026.
        - Cor Lamers books a hall for the residents' evening by 20 November 2026.
        - Olga Boot checks the invoices of the community centre.
        """;

    private const string EnglishNext = """
        # Neighbourhood fund working group 18 November 2026

        Date: 18 November 2026
        Present: Cor Lamers (minutes), Olga Boot

        ## Actions from the last meeting

        - Quotes from three printers (Olga Boot): done.
        - Hall for the residents' evening (Cor Lamers): still open.

        ## Residents' evening

        Olga Boot presents the programme of the evening.
        """;

    private const string Dutch = """
        # Verslag werkgroep Wijkbudget 4 november 2026

        Datum: 4 november 2026
        Aanwezig: Cor Lamers (notulist), Olga Boot

        ## Actiepunten

        - Olga Boot vraagt offertes op bij drie drukkerijen voor 13 november 2026.
        - Cor Lamers reserveert een zaal voor de bewonersavond voor 20 november 2026.
        - Olga Boot schrijft een artikel voor de wijkkrant.
        """;

    private const string DutchNext = """
        # Verslag werkgroep Wijkbudget 18 november 2026

        Datum: 18 november 2026
        Aanwezig: Cor Lamers (notulist), Olga Boot

        ## Actiepunten vorige vergadering

        - Offertes bij drie drukkerijen opvragen (Olga Boot): is afgerond.
        - Cor Lamers reserveert een zaal voor de bewonersavond: wordt doorgeschoven naar 4 december 2026.
        - Artikel voor de wijkkrant: vervalt, de wijkkrant verschijnt niet meer.
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamsbot-reconcile-" + Guid.NewGuid().ToString("N"));
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Clock();
    private readonly FollowupService _service;

    public FollowupReconcileTests() => _service = Service(new FileSystemDocumentStore(_folder), _clock);

    [Fact]
    public async Task Reconcile_EnglishNextMinutes_ProposeDoneAndStillOpen_EachWithItsSentence_AndCountTheUnmentioned()
    {
        var earlier = await PublishAsync(English);

        var next = await ReadNextAsync(EnglishNext);

        Assert.Equal(
            [("asks three printers", FollowupOutcome.Done, "Quotes from three printers (Olga Boot): done."),
             ("books a hall", FollowupOutcome.Open, "Hall for the residents' evening (Cor Lamers): still open.")],
            next.Followups.Select(f => (Words(f.ItemText, "asks three printers", "books a hall"), f.Proposed, f.Evidence)));
        Assert.All(next.Followups, f => Assert.Equal(earlier.Id, f.MeetingId));
        Assert.Equal(1, next.FollowupsUnmentioned);
    }

    [Fact]
    public async Task Reconcile_DutchNextMinutes_ProposeDoneAPostponementWithItsNewDateAndDropped()
    {
        await PublishAsync(Dutch);

        var next = await ReadNextAsync(DutchNext);

        Assert.Equal(
            [(FollowupOutcome.Done, (DateOnly?)null), (FollowupOutcome.Open, new DateOnly(2026, 12, 4)), (FollowupOutcome.Dropped, null)],
            next.Followups.Select(f => (f.Proposed, f.Due)));
        Assert.All(next.Followups, f => Assert.Contains(f.Evidence, DutchNext, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconcile_NextMinutesThatDoNotSpeakOfTheItems_ProposeNothing()
    {
        await PublishAsync(English);

        var next = await ReadNextAsync("""
            # Neighbourhood fund working group 18 November 2026

            Date: 18 November 2026
            Present: Cor Lamers (minutes), Olga Boot

            ## Playground

            The council has approved the new playground. Olga Boot thanks the residents for their letters.
            """);

        Assert.Empty(next.Followups);
        Assert.Equal(3, next.FollowupsUnmentioned);
    }

    [Fact]
    public async Task Reconcile_MinutesOfAnotherSeries_ProposeNothing()
    {
        await PublishAsync(English);

        var next = await ReadNextAsync(EnglishNext.Replace("Neighbourhood fund working group", "Board of the sports club", StringComparison.Ordinal));

        Assert.Empty(next.Followups);
        Assert.Equal(0, next.FollowupsUnmentioned);
    }

    [Fact]
    public async Task Reconcile_ItemDoneByHandAlready_IsNotProposed()
    {
        var earlier = await PublishAsync(English);
        var printers = earlier.Items.Single(i => i.Text.Contains("printers", StringComparison.Ordinal));
        await _service.CompleteAsync(new ItemAddress(Tenant, Team, earlier.Id, printers.Id), Cor, CancellationToken.None);

        var next = await ReadNextAsync(EnglishNext);

        Assert.DoesNotContain(next.Followups, f => f.ItemId == printers.Id);
        Assert.Single(next.Followups, f => f.ItemText.Contains("books a hall", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_AnswerLeaveAsIs_ChangesNothingOfTheEarlierItems()
    {
        var earlier = await PublishAsync(Dutch);
        var next = await ReadNextAsync(DutchNext, draft: true);
        Assert.Equal(3, next.Followups.Count);

        await _service.ChooseFollowupsAsync(Tenant, Team, next.Id, next.Followups.Count,
            Enumerable.Range(0, next.Followups.Count).ToDictionary(i => i, _ => FollowupOutcome.Unchanged), CancellationToken.None);
        var published = await _service.PublishAsync(Tenant, Team, next.Id, CancellationToken.None);
        await _service.ApplyFollowupsAsync(published!, Secretary, reviewed: true, CancellationToken.None);

        var after = await _service.GetMeetingAsync(Tenant, Team, earlier.Id, CancellationToken.None);
        Assert.Equal(
            earlier.Items.Select(i => (i.Status, i.Due, i.History.Count)),
            after!.Items.Select(i => (i.Status, i.Due, i.History.Count)));
    }

    [Fact]
    public async Task Publish_AnswersGiven_AreAppliedOnceAsThePublisher_APostponementIsASlip()
    {
        var earlier = await PublishAsync(Dutch);
        var next = await ReadNextAsync(DutchNext, draft: true);
        await _service.ChooseFollowupsAsync(Tenant, Team, next.Id, next.Followups.Count,
            new Dictionary<int, FollowupOutcome> { [0] = FollowupOutcome.Done, [1] = FollowupOutcome.Open, [2] = FollowupOutcome.Unchanged }, CancellationToken.None);
        var published = await _service.PublishAsync(Tenant, Team, next.Id, CancellationToken.None);

        var applied = await _service.ApplyFollowupsAsync(published!, Secretary, reviewed: true, CancellationToken.None);
        await _service.ApplyFollowupsAsync(applied, Secretary, reviewed: true, CancellationToken.None);

        var items = (await _service.GetMeetingAsync(Tenant, Team, earlier.Id, CancellationToken.None))!.Items;
        var printers = items.Single(i => i.Text.Contains("offertes", StringComparison.Ordinal));
        Assert.Equal((ItemStatus.Done, "minutes 2026-11-18", Secretary), (printers.Status, printers.History[^1].Detail, printers.History[^1].By));
        var hall = items.Single(i => i.Text.Contains("zaal", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2026, 12, 4), 1), (hall.Due, hall.History.Count(c => c.Kind == ChangeKind.DueChanged)));
        Assert.Equal(ItemStatus.Open, items.Single(i => i.Text.Contains("wijkkrant", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public async Task Publish_ProposalNeverAnswered_ChangesNothing()
    {
        var earlier = await PublishAsync(Dutch);
        var next = await ReadNextAsync(DutchNext, draft: true);

        var published = await _service.PublishAsync(Tenant, Team, next.Id, CancellationToken.None);
        await _service.ApplyFollowupsAsync(published!, Secretary, reviewed: true, CancellationToken.None);

        var after = await _service.GetMeetingAsync(Tenant, Team, earlier.Id, CancellationToken.None);
        Assert.All(after!.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Words(string text, params string[] candidates) => candidates.Single(c => text.Contains(c, StringComparison.Ordinal));

    private static (MinutesDocument Document, ExtractionResult Extraction) Read(string minutes)
    {
        var document = new MinutesReader().Read(Encoding.UTF8.GetBytes(minutes), "notulen.md");
        return (document, MinutesExtractor.Extract(document));
    }

    private async Task<Meeting> PublishAsync(string minutes)
    {
        var (_, extraction) = Read(minutes);
        return (await _service.IngestAsync(Upload(minutes), extraction, Members, CancellationToken.None)).Meeting;
    }

    private async Task<Meeting> ReadNextAsync(string minutes, bool draft = false)
    {
        _clock.Advance(TimeSpan.FromDays(14));
        var (document, extraction) = Read(minutes);
        var meeting = (await _service.IngestAsync(Upload(minutes) with { Draft = draft }, extraction, Members, CancellationToken.None)).Meeting;
        return await _service.ReconcileAsync(meeting, document, extraction, CancellationToken.None);
    }
}
