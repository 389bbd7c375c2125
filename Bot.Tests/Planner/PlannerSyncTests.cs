using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Planner;
using TeamsBot.Storage;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Planner;

/// <summary>"Acties ook in Planner" against Planner as Graph answers it (<see cref="FakePlanner"/>), on a temp folder with a fake clock.</summary>
public sealed class PlannerSyncTests : IDisposable
{
    private static readonly DateOnly June30 = new(2023, 6, 30);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamsbot-planner-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = Clock();
    private readonly FakePlanner _planner = new();
    private readonly FollowupService _followup;
    private readonly Installations _installations;

    public PlannerSyncTests()
    {
        var store = new FileSystemDocumentStore(_folder);
        _followup = Service(store, _clock);
        _installations = new Installations(store);
    }

    [Fact]
    public async Task Sync_PublishedMeeting_CreatesATaskPerItemWithAssigneeDueAndDetails()
    {
        var meeting = await PublishAsync();

        var outcome = await SyncAsync();

        Assert.Equal(PlannerSyncOutcome.Synced, outcome);
        Assert.Equal(2, _planner.Tasks.Count);
        var olgas = Assert.Single(_planner.Tasks, t => t["title"]!.GetValue<string>() == "Olga belt de wethouder over de subsidie");
        Assert.Equal(["aad-olga"], FakePlanner.Assignees(olgas));
        Assert.StartsWith("2023-06-30", olgas["dueDateTime"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Stuurgroep Stadspartners"], _planner.BucketNames);
        var description = _planner.Description(olgas["id"]!.GetValue<string>());
        Assert.Contains("Olga belt de wethouder over de subsidie", description, StringComparison.Ordinal);
        Assert.Contains("Onderdeel: Actiepunten", description, StringComparison.Ordinal);
        Assert.Contains("https://contoso.sharepoint.com/notulen.docx", description, StringComparison.Ordinal);
        var nobodys = Assert.Single(_planner.Tasks, t => t["title"]!.GetValue<string>() == "Zaal reserveren voor juli");
        Assert.Empty(FakePlanner.Assignees(nobodys));
        var stored = await MeetingAsync(meeting.Id);
        Assert.Equal(olgas["id"]!.GetValue<string>(), stored.Items.Single(i => i.Owners.Count > 0).Planner?.TaskId);
    }

    [Fact]
    public async Task Sync_Again_AndANewVersionOfTheMinutes_MakeNoSecondTask()
    {
        await PublishAsync();
        await SyncAsync();

        await SyncAsync();
        var changed = await _followup.IngestAsync(Upload("v2", fileName: "notulen.docx") with { Link = "https://contoso.sharepoint.com/notulen.docx" },
            Minutes(Item("Cor stuurt de planning rond", "Cor Lamers")), Members, CancellationToken.None);
        await SyncAsync();

        Assert.Equal(IngestResult.Updated, changed.Result);
        Assert.Equal(3, _planner.Tasks.Count);
        Assert.Equal(3, _planner.Posts("/planner/tasks"));
    }

    [Fact]
    public async Task Sync_CreateWhoseAnswerWasLost_IsFoundByItsMarkerAndNotCreatedAgain()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        _planner.LoseAnswer = r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/planner/tasks", StringComparison.Ordinal);
        var first = await SyncAsync();
        _planner.LoseAnswer = null;

        var early = await SyncAsync();
        _clock.Advance(PlannerSync.PendingLease + TimeSpan.FromSeconds(1));
        var retried = await SyncAsync();

        Assert.Equal((PlannerSyncOutcome.Failed, PlannerSyncOutcome.Synced, PlannerSyncOutcome.Synced), (first, early, retried));
        var task = Assert.Single(_planner.Tasks);
        Assert.Equal(1, _planner.Posts("/planner/tasks"));
        var item = Assert.Single((await OnlyMeetingAsync()).Items);
        Assert.Equal(task["id"]!.GetValue<string>(), item.Planner?.TaskId);
    }

    [Fact]
    public async Task Sync_DoneHandoverAndNewDateInTheBot_UpdateTheTaskWithIfMatch()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        var address = new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id);

        await _followup.CompleteAsync(address, Cor, CancellationToken.None);
        await _followup.ReassignAsync(address, Cor, [Owner.Member("aad-dino", "Dino van Dal")], CancellationToken.None);
        await _followup.EditAsync(address, Cor, new ItemEdit(Due: new DateOnly(2023, 7, 14)), CancellationToken.None);
        await SyncAsync();

        var task = Assert.Single(_planner.Tasks);
        Assert.Equal(100, task["percentComplete"]!.GetValue<int>());
        Assert.Equal(["aad-dino"], FakePlanner.Assignees(task));
        Assert.StartsWith("2023-07-14", task["dueDateTime"]!.GetValue<string>(), StringComparison.Ordinal);
        var patch = Assert.Single(_planner.Requests, r => r.Method == "PATCH" && r.Path.StartsWith("/planner/tasks/", StringComparison.Ordinal) && !r.Path.EndsWith("/details", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, patch.Status);
        Assert.NotNull(patch.IfMatch);
    }

    [Fact]
    public async Task Sync_TaskChangedInPlannerMeanwhile_412IsAnsweredByReadingAgain()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        await _followup.CompleteAsync(new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id), Cor, CancellationToken.None);
        var touched = false;
        _planner.Before = r =>
        {
            if (r.Method == HttpMethod.Patch && !touched)
            {
                touched = true;
                _planner.Touch(_planner.Tasks[0]["id"]!.GetValue<string>());
            }
        };

        await SyncAsync();

        var patches = _planner.Requests.Where(r => r.Method == "PATCH" && !r.Path.EndsWith("/details", StringComparison.Ordinal)).Select(r => r.Status).ToList();
        Assert.Equal([HttpStatusCode.PreconditionFailed, HttpStatusCode.OK], patches);
        Assert.Equal(100, Assert.Single(_planner.Tasks)["percentComplete"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sync_CompletedInPlanner_IsDoneInTheBotWithHistoryFromPlanner()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        _planner.Complete(_planner.Tasks[0]["id"]!.GetValue<string>());

        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Equal(ItemStatus.Done, item.Status);
        var change = item.History[^1];
        Assert.Equal((ChangeKind.Completed, "Planner", FollowupService.FromPlanner), (change.Kind, change.By.Name, change.Detail));
        Assert.Empty(await _followup.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.DoesNotContain(_planner.Requests, r => r.Method == "PATCH" && !r.Path.EndsWith("/details", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_ReassignedInPlanner_IsTheNewOwnersItem()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        _planner.Reassign(_planner.Tasks[0]["id"]!.GetValue<string>(), "aad-dino");

        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Equal("aad-dino", Assert.Single(item.Owners).MemberId);
        Assert.Single(await _followup.ListMyOpenItemsAsync(Tenant, "aad-dino", false, CancellationToken.None));
        Assert.Empty(await _followup.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
    }

    [Fact]
    public async Task Sync_TaskDeletedInPlanner_UnlinksTheItemWhichStaysAndGetsNoNewTask()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        _planner.Delete(_planner.Tasks[0]["id"]!.GetValue<string>());

        await SyncAsync();
        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Equal(ItemStatus.Open, item.Status);
        Assert.True(item.Planner?.Deleted);
        Assert.Empty(_planner.Tasks);
        Assert.Equal(1, _planner.Posts("/planner/tasks"));
    }

    [Fact]
    public async Task Sync_WithoutPermission_403_SaysSoInTheSettingAndChangesNoItem_UntilItIsGranted()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        _planner.Fault = _ => FakePlanner.Error(HttpStatusCode.Forbidden, "error-403-planner.json");

        var refused = await SyncAsync();
        var denied = (await _followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Planner;
        var untouched = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        _planner.Fault = null;
        var granted = await SyncAsync();

        Assert.Equal((PlannerSyncOutcome.AccessDenied, PlannerSyncOutcome.Synced), (refused, granted));
        Assert.True(denied?.AccessDenied);
        Assert.Null(untouched.Planner);
        Assert.False((await _followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Planner?.AccessDenied);
        Assert.Single(_planner.Tasks);
    }

    [Fact]
    public async Task Sync_Throttled429WithRetryAfter_IsRetriedByTheSdkAndCreatesOneTask()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        var throttled = 0;
        _planner.Fault = r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/planner/tasks", StringComparison.Ordinal) && throttled++ == 0
            ? FakePlanner.Error(HttpStatusCode.TooManyRequests, "error-429.json", TimeSpan.Zero)
            : null;

        var outcome = await SyncAsync(sdkHandlers: true);

        Assert.Equal(PlannerSyncOutcome.Synced, outcome);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.Created],
            _planner.Requests.Where(r => r.Method == "POST" && r.Path == "/planner/tasks").Select(r => r.Status));
        Assert.Single(_planner.Tasks);
    }

    [Fact]
    public async Task Sync_ThrottledPastTheRetries_FailsQuietlyAndTheNextRoundCreatesTheTask()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        _planner.Fault = _ => FakePlanner.Error(HttpStatusCode.TooManyRequests, "error-429.json", TimeSpan.Zero);

        var throttled = await SyncAsync(sdkHandlers: true);
        _planner.Fault = null;
        var later = await SyncAsync(sdkHandlers: true);

        Assert.Equal((PlannerSyncOutcome.Failed, PlannerSyncOutcome.Synced), (throttled, later));
        Assert.Single(_planner.Tasks);
    }

    [Fact]
    public async Task Sync_SettingOff_AsksNothingOfGraph()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await _followup.UpdateSettingsAsync(Tenant, Team, s => s with { Planner = s.Planner! with { Enabled = false } }, CancellationToken.None);

        var outcome = await SyncAsync();

        Assert.Equal(PlannerSyncOutcome.Off, outcome);
        Assert.Empty(_planner.Requests);
    }

    [Fact]
    public async Task Sync_NoPlanChosen_CreatesTheBotsPlanOnce()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await _followup.UpdateSettingsAsync(Tenant, Team, s => s with { Planner = new PlannerSettings(true) }, CancellationToken.None);

        await SyncAsync();
        await SyncAsync();

        Assert.Equal(1, _planner.Posts("/planner/plans"));
        var settings = (await _followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Planner!;
        Assert.Equal("Acties uit de notulen", settings.PlanTitle);
        Assert.Equal(settings.PlanId, Assert.Single(_planner.Tasks)["planId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sync_TitleAndDueChangedInPlanner_AreTheItemsTextAndDateWithHistoryByPlanner()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        var taskId = _planner.Tasks[0]["id"]!.GetValue<string>();
        _planner.Retitle(taskId, "Olga belt de wethouder over de subsidie en de zaal");
        _planner.Redate(taskId, new DateOnly(2023, 7, 7));

        await SyncAsync();
        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Equal(("Olga belt de wethouder over de subsidie en de zaal", new DateOnly(2023, 7, 7)), (item.Text, item.Due));
        Assert.Equal([(ChangeKind.TextEdited, "Planner", item.Text), (ChangeKind.DueChanged, "Planner", "2023-07-07")],
            item.History.Skip(1).Select(c => (c.Kind, c.By.Name, c.Detail)));
        var mine = Assert.Single(await _followup.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Equal((item.Text, item.Due), (mine.Text, mine.Due));
        Assert.DoesNotContain(_planner.Requests, r => r.Method == "PATCH" && !r.Path.EndsWith("/details", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_DueRemovedInPlanner_TheItemHasNoDueDateEither()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        _planner.Redate(_planner.Tasks[0]["id"]!.GetValue<string>(), null);

        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Null(item.Due);
        Assert.Equal((ChangeKind.DueChanged, "Planner", (string?)null), (item.History[^1].Kind, item.History[^1].By.Name, item.History[^1].Detail));
    }

    [Fact]
    public async Task Sync_DueMovedInTheBotAndInPlannerSinceTheLastSync_TheBotsDateWinsOnBothSides()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        await _followup.EditAsync(new ItemAddress(Tenant, Team, meeting.Id, meeting.Items[0].Id), Cor, new ItemEdit(Due: new DateOnly(2023, 7, 14)), CancellationToken.None);
        _planner.Redate(_planner.Tasks[0]["id"]!.GetValue<string>(), new DateOnly(2023, 7, 7));

        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Equal(new DateOnly(2023, 7, 14), item.Due);
        Assert.DoesNotContain(item.History, c => c.By.Name == "Planner");
        Assert.StartsWith("2023-07-14", Assert.Single(_planner.Tasks)["dueDateTime"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_ItemWithSeveralMemberOwners_AssignsTheTaskToEveryOne()
    {
        await PublishAsync(Item("Olga en Dino schrijven samen het voorstel", "Olga", "Dino van Dal"));

        await SyncAsync();
        await SyncAsync();

        var task = Assert.Single(_planner.Tasks);
        Assert.Equal(["aad-dino", "aad-olga"], FakePlanner.Assignees(task).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(_planner.Requests, r => r.Method == "PATCH" && !r.Path.EndsWith("/details", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_SecondAssigneeAddedInPlanner_BothHaveTheItemInTheirActions()
    {
        var meeting = await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        _planner.Reassign(_planner.Tasks[0]["id"]!.GetValue<string>(), "aad-olga", "aad-dino");

        await SyncAsync();

        var item = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        Assert.Equal(["aad-dino", "aad-olga"], item.Owners.Select(o => o.MemberId).Order(StringComparer.Ordinal));
        Assert.Single(await _followup.ListMyOpenItemsAsync(Tenant, "aad-dino", false, CancellationToken.None));
        Assert.Single(await _followup.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
    }

    [Fact]
    public async Task Sync_OneOfTwoAssigneesRemovedInPlanner_OnlyTheOtherKeepsTheItem_AndABotHandoverWritesAllAssignees()
    {
        var meeting = await PublishAsync(Item("Olga en Dino schrijven samen het voorstel", "Olga", "Dino van Dal"));
        await SyncAsync();
        var taskId = _planner.Tasks[0]["id"]!.GetValue<string>();
        _planner.Reassign(taskId, "aad-dino");

        await SyncAsync();
        var afterPlanner = Assert.Single((await MeetingAsync(meeting.Id)).Items);
        await _followup.ReassignAsync(new ItemAddress(Tenant, Team, meeting.Id, afterPlanner.Id), Cor,
            [Owner.Member("aad-cor", "Cor Lamers"), Owner.Member("aad-marilyn", "Marilyn Louisville")], CancellationToken.None);
        await SyncAsync();

        Assert.Equal(["aad-dino"], afterPlanner.Owners.Select(o => o.MemberId));
        Assert.Empty(await _followup.ListMyOpenItemsAsync(Tenant, "aad-olga", false, CancellationToken.None));
        Assert.Equal(["aad-cor", "aad-marilyn"], FakePlanner.Assignees(Assert.Single(_planner.Tasks)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sync_ItemDroppedByANewVersion_ItsUntouchedTaskIsDeleted_AndATaskWorkedOnInPlannerStays()
    {
        await PublishAsync();
        await SyncAsync();
        var olgas = TaskId("Olga belt de wethouder over de subsidie");
        var room = TaskId("Zaal reserveren voor juli");
        _planner.AddNote(room, "Zaal 3 is al gevraagd");
        await _followup.IngestAsync(Upload("v2", fileName: "notulen.docx") with { Link = "https://contoso.sharepoint.com/notulen.docx" },
            MinutesOf("Stuurgroep Stadspartners 24 mei 2023", new DateOnly(2023, 5, 24), [Item("Cor stuurt de planning rond", "Cor Lamers")]), Members, CancellationToken.None);

        await SyncAsync();
        await SyncAsync();

        Assert.DoesNotContain(_planner.Tasks, t => t["id"]!.GetValue<string>() == olgas);
        Assert.Contains(_planner.Tasks, t => t["id"]!.GetValue<string>() == room);
        Assert.Contains(_planner.Tasks, t => t["title"]!.GetValue<string>() == "Cor stuurt de planning rond");
        Assert.Single(_planner.Requests, r => r.Method == "DELETE");
        Assert.DoesNotContain(room, (await _followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Planner!.Tasks.Keys);
    }

    [Fact]
    public async Task Sync_TaskCompletedInPlannerAndReadBack_StaysInPlannerWhenANewVersionDropsItsItem()
    {
        await PublishAsync();
        await SyncAsync();
        var olgas = TaskId("Olga belt de wethouder over de subsidie");
        _planner.Complete(olgas);
        await SyncAsync();
        await _followup.IngestAsync(Upload("v2", fileName: "notulen.docx") with { Link = "https://contoso.sharepoint.com/notulen.docx" },
            MinutesOf("Stuurgroep Stadspartners 24 mei 2023", new DateOnly(2023, 5, 24), [Item("Zaal reserveren voor juli")]), Members, CancellationToken.None);

        await SyncAsync();

        Assert.Contains(_planner.Tasks, t => t["id"]!.GetValue<string>() == olgas && t["percentComplete"]!.GetValue<int>() == 100);
        Assert.DoesNotContain(_planner.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Sync_ForgottenMeeting_ItsTasksGoUnlessChangedInPlanner()
    {
        var meeting = await PublishAsync();
        await SyncAsync();
        var room = TaskId("Zaal reserveren voor juli");
        _planner.Retitle(room, "Zaal reserveren voor juli (zaal 3)");

        await _followup.ForgetMeetingAsync(Tenant, Team, meeting.Id, CancellationToken.None);
        await SyncAsync();

        var left = Assert.Single(_planner.Tasks);
        Assert.Equal(room, left["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sync_ItemsStillThere_NoTaskIsDeleted()
    {
        await PublishAsync();
        await SyncAsync();
        await _followup.IngestAsync(Upload("v2", fileName: "notulen.docx") with { Link = "https://contoso.sharepoint.com/notulen.docx" },
            Minutes(Item("Cor stuurt de planning rond", "Cor Lamers")), Members, CancellationToken.None);

        await SyncAsync();
        await SyncAsync();

        Assert.Equal(3, _planner.Tasks.Count);
        Assert.DoesNotContain(_planner.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Sync_BucketDeletedInPlanner_ANewItemGetsItsSeriesBucketAgain()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await SyncAsync();
        _planner.DeleteBucket("Stuurgroep Stadspartners");
        await _followup.IngestAsync(Upload("v2", fileName: "notulen.docx") with { Link = "https://contoso.sharepoint.com/notulen.docx" },
            MinutesOf("Stuurgroep Stadspartners 24 mei 2023", new DateOnly(2023, 5, 24),
                [Item("Olga belt de wethouder over de subsidie", "Olga") with { Due = June30 }, Item("Cor stuurt de planning rond", "Cor Lamers")]), Members, CancellationToken.None);

        var outcome = await SyncAsync();
        var again = await SyncAsync();

        Assert.Equal((PlannerSyncOutcome.Synced, PlannerSyncOutcome.Synced), (outcome, again));
        Assert.Equal(["Stuurgroep Stadspartners"], _planner.BucketNames);
        var task = Assert.Single(_planner.Tasks);
        Assert.Equal("Cor stuurt de planning rond", task["title"]!.GetValue<string>());
        var settings = (await _followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Planner!;
        Assert.Equal(task["bucketId"]!.GetValue<string>(), settings.Buckets["Stuurgroep Stadspartners"]);
    }

    [Fact]
    public async Task Sync_TwoSyncsCreatingTheBotsPlanAtOnce_ConvergeOnOnePlan()
    {
        await PublishAsync(Item("Olga belt de wethouder over de subsidie", "Olga"));
        await _followup.UpdateSettingsAsync(Tenant, Team, s => s with { Planner = new PlannerSettings(true) }, CancellationToken.None);
        var other = false;
        _planner.BeforeAsync = async r =>
        {
            if (r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/planner/plans", StringComparison.Ordinal) && !other)
            {
                other = true;   // another instance, which listed the plans at the same moment, creates its plan and stores it first
                var theirs = await _planner.Client().CreatePlanAsync(FakePlanner.GroupId, "Acties uit de notulen", CancellationToken.None);
                await _followup.UpdateSettingsAsync(Tenant, Team, s => s with { Planner = s.Planner! with { PlanId = theirs.Id, PlanTitle = theirs.Title } }, CancellationToken.None);
            }
        };

        await SyncAsync();
        await SyncAsync();

        var settings = (await _followup.GetSettingsAsync(Tenant, Team, CancellationToken.None)).Planner!;
        Assert.Single(_planner.PlanTitles, t => t == "Acties uit de notulen");
        Assert.Contains(settings.PlanId, _planner.PlanIds);
        Assert.Equal(settings.PlanId, Assert.Single(_planner.Tasks)["planId"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _planner.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ExtractionResult Minutes(params ExtractedAction[] extra) =>
        MinutesOf("Stuurgroep Stadspartners 24 mei 2023", new DateOnly(2023, 5, 24),
            [Item("Olga belt de wethouder over de subsidie", "Olga") with { Due = June30 }, Item("Zaal reserveren voor juli"), .. extra]);

    /// <summary>Published minutes of the team with the setting on and the group's plan chosen; with <paramref name="items"/>, only those.</summary>
    private async Task<Meeting> PublishAsync(params ExtractedAction[] items)
    {
        var now = _clock.GetUtcNow();
        await _installations.RecordTeamAsync(new TeamInstallation(Tenant, Team, FakePlanner.GroupId, "Stuurgroep", "https://smba.trafficmanager.net/emea/", "19:general@thread.tacv2", now), CancellationToken.None);
        await _installations.SaveRosterAsync(Tenant, Team, new TeamRoster([.. Members.Select(m => new RosterMember(m.Id, "29:" + m.Id, m.DisplayName, m.Email))], now), CancellationToken.None);
        await _followup.UpdateSettingsAsync(Tenant, Team, s => s with { Planner = new PlannerSettings(true, FakePlanner.PlanId, "Stuurgroep: jaarplanning") }, CancellationToken.None);
        var extraction = items.Length == 0
            ? Minutes()
            : MinutesOf("Stuurgroep Stadspartners 24 mei 2023", new DateOnly(2023, 5, 24), [.. items.Select(i => i with { Due = i.Due ?? June30 })]);
        var ingested = await _followup.IngestAsync(Upload("v1", fileName: "notulen.docx") with { Link = "https://contoso.sharepoint.com/notulen.docx" }, extraction, Members, CancellationToken.None);
        return ingested.Meeting;
    }

    private Task<PlannerSyncOutcome> SyncAsync(bool sdkHandlers = false) =>
        new PlannerSync(new GraphAccess(_planner.Client(sdkHandlers)), _followup, _installations, _clock, NullLogger<PlannerSync>.Instance)
            .SyncTeamAsync(Tenant, Team, null, CancellationToken.None);

    private string TaskId(string title) => _planner.Tasks.Single(t => t["title"]!.GetValue<string>() == title)["id"]!.GetValue<string>();

    private async Task<Meeting> MeetingAsync(string id) => (await _followup.GetMeetingAsync(Tenant, Team, id, CancellationToken.None))!;

    private async Task<Meeting> OnlyMeetingAsync() => Assert.Single(await _followup.ListPublishedMeetingsAsync(Tenant, Team, CancellationToken.None));
}
