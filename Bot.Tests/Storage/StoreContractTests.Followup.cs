using TeamsBot.Followup;
using TeamsBot.Storage;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Storage;

/// <summary>The follow-up use cases on each store: what must hold whichever store the bot runs on.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Ingest_SameMinutesTwice_CreatesNothingNew()
    {
        var service = Service(Store, Clock());
        var minutes = MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), TwentyItems(), "De begroting 2024 is vastgesteld.");

        var first = await service.IngestAsync(Upload("version 1"), minutes, Members, CancellationToken.None);
        var keysBefore = await AllKeysAsync();
        var again = await service.IngestAsync(Upload("version 1"), minutes, Members, CancellationToken.None);

        Assert.Equal(IngestResult.Created, first.Result);
        Assert.Equal(IngestResult.Unchanged, again.Result);
        Assert.Equal(first.Meeting.Id, again.Meeting.Id);
        Assert.Equal(first.Meeting.Items.Select(i => i.Id), again.Meeting.Items.Select(i => i.Id));
        Assert.Equal(keysBefore, await AllKeysAsync());
        Assert.Equal(10, (await service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Ingest_EditedMinutes_KeepsDoneItemsDoneAndAddsNewOnes()
    {
        var service = Service(Store, Clock());
        var date = new DateOnly(2023, 5, 24);
        var v1 = await service.IngestAsync(Upload("version 1"), MinutesOf("Stuurgroep", date,
            [Item("Olga stuurt de begroting rond voor 1 juni", "Olga"), Item("Dino plant de werksessie met de partners", "Dino van Dal")]), Members, CancellationToken.None);
        var budget = v1.Meeting.Items[0];
        await service.CompleteAsync(new ItemAddress(Tenant, Team, v1.Meeting.Id, budget.Id), Cor, CancellationToken.None);

        var v2 = await service.IngestAsync(Upload("version 2", fileName: "notulen-stuurgroep-v2.md"), MinutesOf("Stuurgroep", date,
            [Item("Olga stuurt de begroting rond voor 1 juni aan alle partners", "Olga"), Item("Dino plant de werksessie met de partners", "Dino van Dal"), Item("Cor nodigt de wethouder uit", "Cor")]),
            Members, CancellationToken.None);

        Assert.Equal(IngestResult.Updated, v2.Result);
        Assert.Equal(v1.Meeting.Id, v2.Meeting.Id);
        var kept = Assert.Single(v2.Meeting.Items, i => i.Id == budget.Id);
        Assert.Equal(ItemStatus.Done, kept.Status);
        Assert.Equal("Olga stuurt de begroting rond voor 1 juni aan alle partners", kept.Text);
        Assert.Equal([ChangeKind.Created, ChangeKind.Completed], kept.History.Select(h => h.Kind));
        Assert.Equal(ItemStatus.Open, Assert.Single(v2.Meeting.Items, i => i.Text.StartsWith("Cor", StringComparison.Ordinal)).Status);
        Assert.Empty(await service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Single(await service.ListMyOpenItemsAsync(Tenant, "aad-cor", false, CancellationToken.None));
        Assert.Equal("version 2"u8.ToArray(), (await service.GetMinutesAsync(Tenant, Team, v2.Meeting.Id, CancellationToken.None))!.Value.ToArray());
    }

    [Fact]
    public async Task ChangeItems_TwentyConcurrentChangesToOneMeeting_LoseNothing()
    {
        var service = Service(Store, Clock());
        var meeting = (await service.IngestAsync(Upload("twenty"), MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), TwentyItems()), Members, CancellationToken.None)).Meeting;

        await Task.WhenAll(meeting.Items.Select((item, k) => Task.Run(() => k % 2 == 0
            ? service.CompleteAsync(new ItemAddress(Tenant, Team, meeting.Id, item.Id), Cor, CancellationToken.None)
            : service.EditAsync(new ItemAddress(Tenant, Team, meeting.Id, item.Id), Cor, new ItemEdit(Due: new DateOnly(2023, 6, k)), CancellationToken.None))));

        var stored = await service.GetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None);
        Assert.Equal(10, stored!.Items.Count(i => i.Status == ItemStatus.Done));
        Assert.Equal(10, stored.Items.Count(i => i.Due is not null));
        Assert.Equal(21, stored.Revision);
        Assert.All(stored.Items, i => Assert.Equal(2, i.History.Count));
        var olgaItems = await service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None);
        Assert.Equal(10, olgaItems.Count);
        Assert.All(olgaItems, i => Assert.NotNull(i.Due));
        Assert.Empty(await service.ListMyOpenItemsAsync(Tenant, "aad-dino", false, CancellationToken.None));
    }

    [Fact]
    public async Task ChangeItem_TwentyConcurrentChangesToOneItem_AllRecordedInHistory()
    {
        var service = Service(Store, Clock());
        var meeting = (await service.IngestAsync(Upload("one"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder", "Olga")]), Members, CancellationToken.None)).Meeting;
        var address = new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(day => Task.Run(() =>
            service.EditAsync(address, new Actor($"aad-{day}", $"User {day}"), new ItemEdit(Due: new DateOnly(2023, 7, day)), CancellationToken.None))));

        var item = (await service.GetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None))!.Items[0];
        // The first of them gives the item its first due date (DueSet), the others move it.
        Assert.Equal(20, item.History.Count(h => h.Kind is ChangeKind.DueChanged or ChangeKind.DueSet));
        Assert.Equal(Enumerable.Range(1, 20).Select(d => $"aad-{d}").Order(), item.History.Skip(1).Select(h => h.By.UserId).Order());
        var listed = Assert.Single(await service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Equal(item.Due, listed.Due);
    }

    [Fact]
    public async Task EveryOperation_AnotherTenant_FindsAndChangesNothing()
    {
        var service = Service(Store, Clock());
        var meeting = (await service.IngestAsync(Upload("tenant a"), MinutesOf("Stuurgroep", null, TwentyItems(), "De begroting is vastgesteld."), Members, CancellationToken.None)).Meeting;
        const string other = "tenant-b";
        var address = new ItemAddress(other, Team, meeting.Id, meeting.Items[0].Id);

        Assert.Null(await service.GetMeetingAsync(other, Team, meeting.Id, CancellationToken.None));
        Assert.Null(await service.GetMinutesAsync(other, Team, meeting.Id, CancellationToken.None));
        Assert.Null(await service.CompleteAsync(address, Cor, CancellationToken.None));
        Assert.Null(await service.ReassignAsync(address, Cor, [Owner.Group("iedereen")], CancellationToken.None));
        Assert.Empty(await service.ListMyOpenItemsAsync(other, "aad-olga", true, CancellationToken.None));
        Assert.Empty(await service.ListTeamOpenItemsAsync(other, Team, true, CancellationToken.None));
        Assert.Empty(await service.SearchDecisionsAsync(other, Team, "begroting", CancellationToken.None));
        Assert.False(await service.ForgetMeetingAsync(other, Team, meeting.Id, CancellationToken.None));
        Assert.Equal(0, await service.ForgetTeamAsync(other, Team, CancellationToken.None));
        Assert.Null(await service.GetMeetingAsync(Tenant, "19:another-team@thread.tacv2", meeting.Id, CancellationToken.None));

        var intact = await service.GetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None);
        Assert.All(intact!.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.Equal(10, (await service.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("../../catalogue")]
    [InlineData("..%2F..%2Fcatalogue")]
    [InlineData("%2F")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("meetings/../../settings")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaa/")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task EveryOperation_MalformedId_FindsNothingAndWritesNothing(string id)
    {
        var service = Service(Store, Clock());
        var meeting = (await service.IngestAsync(Upload("paths"), MinutesOf("Stuurgroep", null, TwentyItems()), Members, CancellationToken.None)).Meeting;
        var keys = await AllKeysAsync();

        Assert.Null(await service.GetMeetingAsync(Tenant, Team, id, CancellationToken.None));
        Assert.Null(await service.CompleteAsync(new ItemAddress(Tenant, Team, id, meeting.Items[0].Id), Cor, CancellationToken.None));
        Assert.Null(await service.CompleteAsync(new ItemAddress(Tenant, Team, meeting.Id, id), Cor, CancellationToken.None));
        Assert.False(await service.ForgetMeetingAsync(Tenant, Team, id, CancellationToken.None));
        Assert.Null(await service.GetMinutesAsync(Tenant, Team, id + new string('x', 10_000), CancellationToken.None));
        Assert.Equal(keys, await AllKeysAsync());
    }

    [Fact]
    public async Task TeamAndUserIds_WithPathCharacters_StayInsideTheirTenant()
    {
        var service = Service(Store, Clock());
        var outcome = await service.IngestAsync(Upload("odd ids", team: "../../tenants/%2F.."), MinutesOf("Stuurgroep", null, TwentyItems()), Members, CancellationToken.None);

        Assert.Equal(IngestResult.Created, outcome.Result);
        Assert.NotNull(await service.GetMeetingAsync(Tenant, "../../tenants/%2F..", outcome.Meeting.Id, CancellationToken.None));
        Assert.Empty(await service.ListMyOpenItemsAsync(Tenant, "../" + "aad-olga", false, CancellationToken.None));
        Assert.All(await AllKeysAsync(), key => Assert.StartsWith("tenants/", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_EveryChange_RecordsWhoAndWhen()
    {
        var clock = Clock();
        var service = Service(Store, clock);
        var meeting = (await service.IngestAsync(Upload("history"), MinutesOf("Stuurgroep", null, [Item("Olga belt de wethouder", "Olga")]), Members, CancellationToken.None)).Meeting;
        var address = new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id);
        var olga = new Actor("aad-olga", "Olga Boot");

        clock.Advance(TimeSpan.FromHours(1));
        await service.CompleteAsync(address, olga, CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await service.ReopenAsync(address, Cor, CancellationToken.None);
        await service.ReassignAsync(address, Cor, [Owner.Member("aad-dino", "Dino van Dal")], CancellationToken.None);
        await service.SnoozeAsync(address, Cor, clock.GetUtcNow().AddDays(3), CancellationToken.None);
        await service.EditAsync(address, olga, new ItemEdit("Dino belt de wethouder", new DateOnly(2023, 6, 1)), CancellationToken.None);
        var last = await service.DropAsync(address, olga, CancellationToken.None);

        var history = last!.Item.History;
        Assert.Equal(
            [ChangeKind.Created, ChangeKind.Completed, ChangeKind.Reopened, ChangeKind.Reassigned, ChangeKind.Snoozed, ChangeKind.TextEdited, ChangeKind.DueSet, ChangeKind.Dropped],
            history.Select(h => h.Kind));
        Assert.Equal(["aad-marilyn", "aad-olga", "aad-cor", "aad-cor", "aad-cor", "aad-olga", "aad-olga", "aad-olga"], history.Select(h => h.By.UserId));
        Assert.Equal("Olga Boot", history[1].By.Name);
        Assert.Equal(Clock().GetUtcNow().AddHours(1), history[1].At);
        Assert.Equal("Dino van Dal", history[3].Detail);
        Assert.Equal("2023-06-01", history[6].Detail);
    }

    [Fact]
    public async Task ForgetTeam_DeletesTheTeamsDataAndItsItemsFromEveryIndex()
    {
        var service = Service(Store, Clock());
        var kept = await service.IngestAsync(Upload("other team", team: "19:other@thread.tacv2"), MinutesOf("Werkgroep", null, TwentyItems()), Members, CancellationToken.None);
        await service.IngestAsync(Upload("first"), MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), TwentyItems()), Members, CancellationToken.None);
        await service.IngestAsync(Upload("second"), MinutesOf("Stuurgroep", new DateOnly(2023, 6, 21), TwentyItems()), Members, CancellationToken.None);
        await service.UpdateSettingsAsync(Tenant, Team, s => s with { ReminderLeadDays = 5 }, CancellationToken.None);

        Assert.Equal(2, await service.ForgetTeamAsync(Tenant, Team, CancellationToken.None));

        Assert.Empty(await service.ListTeamOpenItemsAsync(Tenant, Team, true, CancellationToken.None));
        var olga = await service.ListMyOpenItemsAsync(Tenant, "aad-olga", true, CancellationToken.None);
        Assert.Equal(10, olga.Count);
        Assert.All(olga, i => Assert.Equal(kept.Meeting.Id, i.MeetingId));
        Assert.Equal(new TeamSettings().ReminderLeadDays, (await service.GetSettingsAsync(Tenant, Team, CancellationToken.None)).ReminderLeadDays);
        Assert.DoesNotContain(await AllKeysAsync(), k => k.Contains("/teams/" + TenantKeys.Hash("team", Tenant, Team), StringComparison.Ordinal));
    }

    private async Task<List<string>> AllKeysAsync()
    {
        var keys = new List<string>();
        await foreach (var key in Store.ListAsync(StorageKey.Of("tenants"), CancellationToken.None))
        {
            keys.Add(key.Path);
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
