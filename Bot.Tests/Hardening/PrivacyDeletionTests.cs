using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Followup;
using TeamsBot.Storage;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Work;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Data is deleted when a team removes the bot, and on request with <c>forget --tenant [--team]</c> (issue 9): afterwards
/// no document of the store holds the team's path, ids, meetings or item texts, not even minutes still queued to be read
/// or given up, and other teams and tenants keep theirs.
/// </summary>
public sealed class PrivacyDeletionTests : IDisposable
{
    private const string RemovedTeam = "19:team0123@thread.tacv2";
    private const string KeptTeam = "19:kept-team@thread.tacv2";
    private const string OtherTenant = "5e5e5e5e-0000-4000-8000-000000000005";

    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-forget-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task BotRemovedFromTeam_LeavesNothingOfTheTeamInTheStore()
    {
        await using var app = new PrivacyApp();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var removed = await SeedTeamAsync(store, Tenant, RemovedTeam, "Weg");
        var kept = await SeedTeamAsync(store, Tenant, KeptTeam, "Blijft");
        var removal = app.Channel("", "aad-olga", Tenant, RemovedTeam, mention: false);
        removal["type"] = "conversationUpdate";
        removal["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = PrivacyApp.BotId });
        removal["channelData"]!["eventType"] = "teamMemberRemoved";

        using var response = await app.PostAsync(removal);

        Assert.Equal(200, (int)response.StatusCode);
        var documents = await DocumentsAsync(store);
        AssertNothingOf(documents, Tenant, RemovedTeam, removed);
        AssertStillThere(documents, Tenant, KeptTeam, kept);
    }

    [Fact]
    public async Task ForgetCommand_Team_DeletesOnlyThatTeamFromTheFileSystemStore()
    {
        var store = new FileSystemDocumentStore(_folder);
        var removed = await SeedTeamAsync(store, Tenant, RemovedTeam, "Weg");
        var kept = await SeedTeamAsync(store, Tenant, KeptTeam, "Blijft");

        var (exit, output, error) = await ForgetAsync("--tenant", Tenant, "--team", RemovedTeam);

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("1 team(s), 1 meeting(s)", output, StringComparison.Ordinal);
        var documents = await DocumentsAsync(store);
        AssertNothingOf(documents, Tenant, RemovedTeam, removed);
        AssertStillThere(documents, Tenant, KeptTeam, kept);
        Assert.NotNull(await new Installations(store).GetTeamAsync(Tenant, KeptTeam, CancellationToken.None));
    }

    [Fact]
    public async Task ForgetCommand_Tenant_DeletesEveryDocumentOfTheTenantAndNothingElse()
    {
        var store = new FileSystemDocumentStore(_folder);
        var first = await SeedTeamAsync(store, Tenant, RemovedTeam, "Weg");
        var second = await SeedTeamAsync(store, Tenant, KeptTeam, "Ook weg");
        var other = await SeedTeamAsync(store, OtherTenant, RemovedTeam, "Ander");

        var (exit, output, error) = await ForgetAsync("--tenant", Tenant);

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("2 team(s), 2 meeting(s)", output, StringComparison.Ordinal);
        var documents = await DocumentsAsync(store);
        Assert.DoesNotContain(documents.Keys, k => k.StartsWith(TenantKeys.Tenant(Tenant).Path, StringComparison.Ordinal));
        AssertNothingOf(documents, Tenant, RemovedTeam, first);
        AssertNothingOf(documents, Tenant, KeptTeam, second);
        AssertStillThere(documents, OtherTenant, RemovedTeam, other);
        var teams = await new Installations(store).ListTeamsAsync(CancellationToken.None);
        Assert.Equal([OtherTenant], teams.Select(t => t.TenantId));
        Assert.DoesNotContain(documents.Values, v => v.Contains(Tenant, StringComparison.Ordinal));
    }

    /// <summary>
    /// A text refused as not minutes in a personal chat is kept (tenant/intake/refused/&lt;uploader hash&gt;) for "Toch als
    /// notulen lezen": it is the uploader's, not a team's, so the tenant's forget deletes it and a team's does not.
    /// </summary>
    [Fact]
    public async Task ForgetCommand_Tenant_DeletesTheUploadsKeptForReadAsMinutesAnyway()
    {
        var store = new FileSystemDocumentStore(_folder);
        var intake = new IntakeStore(store);
        var kept = new RefusedUpload("boodschappen.txt", new string('a', 64), Encoding.UTF8.GetBytes("Melk, brood, kaas. Olga Boot belt de bakker."));
        await intake.KeepRefusedAsync(Tenant, "aad-olga", kept, CancellationToken.None);
        await intake.KeepRefusedAsync(OtherTenant, "aad-olga", kept, CancellationToken.None);

        var (exit, _, error) = await ForgetAsync("--tenant", Tenant);

        Assert.Equal((0, ""), (exit, error));
        Assert.Null(await intake.GetRefusedAsync(Tenant, "aad-olga", CancellationToken.None));
        Assert.NotNull(await intake.GetRefusedAsync(OtherTenant, "aad-olga", CancellationToken.None));
    }

    [Theory]
    [InlineData("forget")]
    [InlineData("forget", "--team", "19:x@thread.tacv2")]
    [InlineData("forget", "--tenant", " ")]
    public async Task ForgetCommand_WithoutATenant_IsRefusedAndDeletesNothing(params string[] args)
    {
        var store = new FileSystemDocumentStore(_folder);
        await SeedTeamAsync(store, Tenant, RemovedTeam, "Blijft");
        var before = (await DocumentsAsync(store)).Count;

        var (exit, _, error) = await ProcessRunner.RunBotAsync(args, new Dictionary<string, string> { ["Storage__Folder"] = _folder });

        Assert.NotEqual(0, exit);
        Assert.Contains("--tenant", error, StringComparison.Ordinal);
        Assert.Equal(before, (await DocumentsAsync(store)).Count);
    }

    private Task<(int Exit, string Output, string Error)> ForgetAsync(params string[] args) =>
        ProcessRunner.RunBotAsync(["forget", .. args], new Dictionary<string, string> { ["Storage__Folder"] = _folder, ["Storage__Provider"] = "FileSystem" });

    /// <summary>
    /// What the bot keeps of a team: installation, roster, a meeting with items in the members' indexes, a waiting review,
    /// a sweep state, pasted minutes queued for a retry in an hour, and minutes whose reading was given up.
    /// </summary>
    private static async Task<Meeting> SeedTeamAsync(IDocumentStore store, string tenant, string team, string word)
    {
        var time = Clock();
        var installations = new Installations(store);
        await installations.RecordTeamAsync(new TeamInstallation(tenant, team, null, "Team " + word, "https://smba.example/", team, time.GetUtcNow()), CancellationToken.None);
        await installations.SaveRosterAsync(tenant, team, new TeamRoster([new RosterMember("aad-olga", "29:olga", "Olga Boot", "o.boot@example.org")], time.GetUtcNow()), CancellationToken.None);
        var outcome = await Service(store, time).IngestAsync(
            Upload(word, tenant, team),
            MinutesOf("Overleg " + word, new DateOnly(2023, 5, 24), [Item($"Olga regelt {word} met de partners", "Olga")], $"Besluit {word} genomen"),
            Members,
            CancellationToken.None);
        var intake = new IntakeStore(store);
        await intake.RecordReviewAsync(new PendingReview(tenant, team, outcome.Meeting.Id, "aad-olga"), CancellationToken.None);
        await intake.SaveSweepAsync(tenant, team, new SweepState("https://graph.example/delta"), CancellationToken.None);
        await QueueAsync(store, DurableBackgroundWorkQueue.KeyOf(Guid.NewGuid().ToString("N")), tenant, team, $"Notulen {word}: wachtend op een nieuwe poging");
        await QueueAsync(store, DurableBackgroundWorkQueue.DeadKeyOf(Guid.NewGuid().ToString("N")), tenant, team, $"Notulen {word}: opgegeven");
        return outcome.Meeting;
    }

    private static async Task QueueAsync(IDocumentStore store, StorageKey key, string tenant, string team, string text)
    {
        var work = new MinutesWork(MinutesOrigin.Pasted, tenant, team, team + ";messageid=1", "aad-olga", "Olga Boot", "29:olga", "notulen.txt", Text: text);
        var conversation = new ConversationReference { Conversation = new ConversationAccount { Id = team + ";messageid=1", TenantId = tenant } };
        var queuedAt = Clock().GetUtcNow();
        var record = new DurableWorkRecord(key.Segments[^1], new BackgroundWorkItem(MinutesWork.Kind, conversation, JsonSerializer.SerializeToElement(work, IntakeJson.Default.MinutesWork), "1"),
            queuedAt, 1, queuedAt.AddHours(1), null, null, 1, "HttpRequestException");
        Assert.NotNull(await store.TryWriteAsync(key, DurableBackgroundWorkQueue.Serialize(record), WriteCondition.Absent, CancellationToken.None));
    }

    private static void AssertNothingOf(Dictionary<string, string> documents, string tenant, string team, Meeting meeting)
    {
        Assert.DoesNotContain(documents.Keys, k => k.StartsWith(FollowupKeys.Team(tenant, team).Path, StringComparison.Ordinal));
        var inTenant = documents.Where(d => d.Key.StartsWith(TenantKeys.Tenant(tenant).Path, StringComparison.Ordinal)
            || d.Key.StartsWith("registry", StringComparison.Ordinal)
            || (d.Key.StartsWith("work", StringComparison.Ordinal) && d.Value.Contains(tenant, StringComparison.Ordinal))).ToList();
        // A user's open-items index keeps the forgotten meeting's id with no items (a tombstone against late writes): an opaque id, nothing else.
        Assert.DoesNotContain(documents.Keys, k => k.Contains(meeting.Id, StringComparison.Ordinal));
        foreach (var trace in new[] { team, TenantKeys.Hash("team", tenant, team), meeting.Title, meeting.Items[0].Text, meeting.Decisions[0].Text })
        {
            var left = inTenant.Where(d => d.Key.Contains(trace, StringComparison.Ordinal) || d.Value.Contains(trace, StringComparison.Ordinal)).Select(d => $"{d.Key}: {d.Value}");
            Assert.True(!left.Any(), $"'{trace}' is still stored: {string.Join("; ", left)}");
        }
    }

    private static void AssertStillThere(Dictionary<string, string> documents, string tenant, string team, Meeting meeting)
    {
        Assert.Equal(2, documents.Count(d => d.Key.StartsWith("work", StringComparison.Ordinal) && d.Value.Contains(tenant, StringComparison.Ordinal) && d.Value.Contains(team, StringComparison.Ordinal)));
        Assert.Contains(documents.Keys, k => k.StartsWith(FollowupKeys.Meeting(tenant, team, meeting.Id).Path, StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Value.Contains(meeting.Id, StringComparison.Ordinal) && d.Key.Contains("reviews", StringComparison.Ordinal));
    }

    private static async Task<Dictionary<string, string>> DocumentsAsync(IDocumentStore store)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { "tenants", "registry", "work" })
        {
            await foreach (var key in store.ListAsync(StorageKey.Of(root), CancellationToken.None))
            {
                documents[key.Path] = Encoding.UTF8.GetString((await store.ReadAsync(key, CancellationToken.None))!.Content.Span);
            }
        }

        return documents;
    }
}
