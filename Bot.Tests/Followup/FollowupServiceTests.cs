using TeamsBot.Followup;
using TeamsBot.Storage;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Followup;

/// <summary>Use-case rules that do not depend on the store (the store contract covers both stores); on a temp folder.</summary>
public sealed class FollowupServiceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamsbot-followup-" + Guid.NewGuid().ToString("N"));
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Clock();
    private readonly FollowupService _service;

    public FollowupServiceTests() => _service = Service(new FileSystemDocumentStore(_folder), _clock);

    [Fact]
    public async Task Ingest_SameFileNameButAnotherDate_IsAnotherMeeting()
    {
        var may = await _service.IngestAsync(Upload("may", fileName: "notulen.docx"), MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), TwentyItems()), Members, CancellationToken.None);
        var june = await _service.IngestAsync(Upload("june", fileName: "notulen.docx"), MinutesOf("Stuurgroep", new DateOnly(2023, 6, 21), TwentyItems()), Members, CancellationToken.None);

        Assert.Equal(IngestResult.Created, june.Result);
        Assert.NotEqual(may.Meeting.Id, june.Meeting.Id);
        Assert.Equal(20, (await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Ingest_SameTitleAndDateUnderAnotherFileName_UpdatesTheMeeting()
    {
        var first = await _service.IngestAsync(Upload("draft", fileName: "concept.md"), MinutesOf("Stuurgroep Stadspartners", new DateOnly(2023, 5, 24), TwentyItems()), Members, CancellationToken.None);
        var second = await _service.IngestAsync(Upload("final", fileName: "definitief.pdf"), MinutesOf("Stuurgroep  stadspartners", new DateOnly(2023, 5, 24), TwentyItems()), Members, CancellationToken.None);

        Assert.Equal(IngestResult.Updated, second.Result);
        Assert.Equal(first.Meeting.Id, second.Meeting.Id);
        Assert.Equal(first.Meeting.Items.Select(i => i.Id), second.Meeting.Items.Select(i => i.Id));
        Assert.Equal("definitief.pdf", second.Meeting.Source.Name);
    }

    [Fact]
    public async Task Ingest_ChangedFileWithUserEdits_KeepsWhatUsersChanged()
    {
        var first = await _service.IngestAsync(Upload("v1"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder over de subsidie", "Olga")]), Members, CancellationToken.None);
        var address = new ItemAddress(Tenant, Team, first.Meeting.Id, first.Meeting.Items[0].Id);
        await _service.ReassignAsync(address, Cor, [Owner.Member("aad-dino", "Dino van Dal")], CancellationToken.None);
        await _service.EditAsync(address, Cor, new ItemEdit(Due: new DateOnly(2023, 6, 30)), CancellationToken.None);

        var second = await _service.IngestAsync(Upload("v2"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder over de subsidie", "Olga")]), Members, CancellationToken.None);

        var item = Assert.Single(second.Meeting.Items);
        Assert.Equal("aad-dino", Assert.Single(item.Owners).MemberId);
        Assert.Equal(new DateOnly(2023, 6, 30), item.Due);
        Assert.Empty(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
    }

    [Fact]
    public async Task Draft_IsInNoListUntilPublished_ThenInEveryOwnersItems()
    {
        var draft = await _service.IngestAsync(Upload("v1") with { Draft = true }, MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder over de subsidie", "Olga")], "De begroting is vastgesteld."), Members, CancellationToken.None);

        Assert.Empty(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Empty(await _service.ListTeamOpenItemsAsync(Tenant, Team, true, CancellationToken.None));
        Assert.Empty(await _service.SearchDecisionsAsync(Tenant, Team, "begroting", CancellationToken.None));

        var published = await _service.PublishAsync(Tenant, Team, draft.Meeting.Id, CancellationToken.None);

        Assert.False(published!.Draft);
        Assert.Equal(draft.Meeting.Revision + 1, published.Revision);
        Assert.Single(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Single(await _service.ListTeamOpenItemsAsync(Tenant, Team, true, CancellationToken.None));
        Assert.Single(await _service.SearchDecisionsAsync(Tenant, Team, "begroting", CancellationToken.None));
    }

    [Fact]
    public async Task PublishedMinutes_StayPublished_WhenANewVersionComesInForReview()
    {
        var first = await _service.IngestAsync(Upload("v1"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder over de subsidie", "Olga")]), Members, CancellationToken.None);

        var second = await _service.IngestAsync(Upload("v2") with { Draft = true }, MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder over de subsidie", "Olga")]), Members, CancellationToken.None);

        Assert.Equal((first.Meeting.Id, false), (second.Meeting.Id, second.Meeting.Draft));
        Assert.Single(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.False(await _service.DiscardDraftAsync(Tenant, Team, first.Meeting.Id, CancellationToken.None));
        Assert.NotNull(await _service.GetMeetingAsync(Tenant, Team, first.Meeting.Id, CancellationToken.None));
    }

    [Fact]
    public async Task StoredMeetingWithoutADraftField_IsPublished()
    {
        var meeting = await _service.IngestAsync(Upload("v1"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder over de subsidie", "Olga")]), Members, CancellationToken.None);
        var json = System.Text.Json.JsonSerializer.Serialize(meeting.Meeting, FollowupJson.Default.Meeting);
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        old.Remove("draft");
        old.Remove("Draft");

        var read = System.Text.Json.JsonSerializer.Deserialize(old.ToJsonString(), FollowupJson.Default.Meeting)!;

        Assert.False(read.Draft);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("catalogue")]
    public async Task Ingest_CrashBeforeTheStep_TheSameMinutesAgainFinishTheJob(string failingStep)
    {
        var failing = new FailOnceStore(new FileSystemDocumentStore(_folder), failingStep);
        var crashed = Service(failing, _clock);
        var upload = Upload("crash");
        var minutes = MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), [Item("Olga belt de wethouder over de subsidie", "Olga")]);

        await Assert.ThrowsAsync<IOException>(() => crashed.IngestAsync(upload, minutes, Members, CancellationToken.None));
        var again = await _service.IngestAsync(upload, minutes, Members, CancellationToken.None);

        Assert.Equal("Olga belt de wethouder over de subsidie", Assert.Single(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None)).Text);
        Assert.Equal(IngestResult.Unchanged, (await _service.IngestAsync(upload, minutes, Members, CancellationToken.None)).Result);
        Assert.Single(again.Meeting.Items);
    }

    /// <summary>A store whose first write to the open-items index or to the team catalogue fails, as a crash there would.</summary>
    private sealed class FailOnceStore(IDocumentStore inner, string step) : IDocumentStore
    {
        private bool _failed;

        public Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
        {
            var hit = step == "catalogue" ? key.Path.EndsWith("/catalogue", StringComparison.Ordinal) : key.Path.Contains("/users/", StringComparison.Ordinal);
            if (hit && !_failed)
            {
                _failed = true;
                throw new IOException("crash at " + step);
            }

            return inner.TryWriteAsync(key, content, condition, cancellationToken);
        }

        public Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);
    }

    [Fact]
    public async Task ListMyOpenItems_SnoozedItem_HiddenUntilItsTime()
    {
        var meeting = (await _service.IngestAsync(Upload("snooze"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder", "Olga"), Item("Olga mailt de partners", "Olga")]), Members, CancellationToken.None)).Meeting;
        await _service.SnoozeAsync(new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id), new Actor("aad-olga", "Olga Boot"), _clock.GetUtcNow().AddDays(2), CancellationToken.None);

        Assert.Single(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Equal(2, (await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", true, CancellationToken.None)).Count);
        Assert.Single(await _service.ListTeamOpenItemsAsync(Tenant, Team, false, CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, (await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ListMyOpenItems_ItemsInTwoTeams_ListsBothSoonestDueFirst()
    {
        await _service.IngestAsync(Upload("a"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder", "Olga") with { Due = new DateOnly(2023, 7, 1) }]), Members, CancellationToken.None);
        await _service.IngestAsync(Upload("b", team: "19:werkgroep@thread.tacv2"), MinutesOf("Werkgroep", null, [Item("Olga schrijft het plan", "Olga Boot") with { Due = new DateOnly(2023, 6, 1) }]), Members, CancellationToken.None);

        var items = await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None);

        Assert.Equal(["Olga schrijft het plan", "Olga belt de wethouder"], items.Select(i => i.Text));
        Assert.Equal(["19:werkgroep@thread.tacv2", Team], items.Select(i => i.TeamId));
    }

    [Fact]
    public async Task SearchDecisions_BesluitenBegroting_FindsDecisionsAboutTheBudgetOnly()
    {
        await _service.IngestAsync(Upload("decisions"), MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), [],
            "De gemeentebegroting 2024 wordt vastgesteld.", "De BEGRÓTING van het festival gaat omhoog.", "De planning van de werksessie blijft staan."), Members, CancellationToken.None);

        var hits = await _service.SearchDecisionsAsync(Tenant, Team, "besluiten begroting", CancellationToken.None);
        var english = await _service.SearchDecisionsAsync(Tenant, Team, "decisions about the planning", CancellationToken.None);

        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Contains("begr", h.Decision.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("De planning van de werksessie blijft staan.", Assert.Single(english).Decision.Text);
        Assert.Equal(3, (await _service.SearchDecisionsAsync(Tenant, Team, "besluiten", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ForgetMeeting_RemovesItFromListsAndStorage()
    {
        var meeting = (await _service.IngestAsync(Upload("forget"), MinutesOf("Stuurgroep", null, TwentyItems()), Members, CancellationToken.None)).Meeting;

        Assert.True(await _service.ForgetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None));

        Assert.Null(await _service.GetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None));
        Assert.Empty(await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", true, CancellationToken.None));
        Assert.DoesNotContain(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories), f => f.Contains(meeting.Id, StringComparison.Ordinal));
        var again = await _service.IngestAsync(Upload("forget"), MinutesOf("Stuurgroep", null, TwentyItems()), Members, CancellationToken.None);
        Assert.Equal(IngestResult.Created, again.Result);
        Assert.Equal(10, (await _service.ListMyOpenItemsAsync(Tenant, "aad-olga", true, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task UpdateSettings_InvalidValues_RefusedWithReasonAndNothingStored()
    {
        await _service.UpdateSettingsAsync(Tenant, Team, s => s with { ReviewFirst = false, Cadence = "every 4 weeks" }, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _service.UpdateSettingsAsync(Tenant, Team, s => s with { TimeZone = "Mars/Olympus" }, CancellationToken.None));
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
        var stored = await _service.GetSettingsAsync(Tenant, Team, CancellationToken.None);
        Assert.False(stored.ReviewFirst);
        Assert.Equal("every 4 weeks", stored.Cadence);
        Assert.Equal("Europe/Amsterdam", stored.TimeZone);
    }

    [Fact]
    public async Task Ingest_SampleMinutes_LinksAttendeesToMembersAndKeepsEveryItem()
    {
        var sample = Sample();
        var members = new List<TeamMember> { new("aad-cor", "Cor Lamers", null), new("aad-olga", "Olga Boot", null), new("aad-dino", "Dino van Dal", null) };

        var meeting = (await _service.IngestAsync(Upload("sample"), sample, members, CancellationToken.None)).Meeting;

        Assert.Equal(sample.ActionItems.Select(i => i.Text), meeting.Items.Select(i => i.Text));
        Assert.Equal(sample.Decisions.Count, meeting.Decisions.Count);
        Assert.Equal("aad-cor", Assert.Single(meeting.Attendees, a => a.Name == "Cor Lamers").MemberId);
        Assert.Equal("aad-dino", Assert.Single(meeting.Attendees, a => a.Name == "Dino van Dal").MemberId);
        Assert.Null(Assert.Single(meeting.Attendees, a => a.Name == "Wendy Aendekerk").MemberId);
        Assert.Equal(sample.Meeting.Date, meeting.Date);
        Assert.Equal(sample.Meeting.NextMeeting, meeting.NextMeeting);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
