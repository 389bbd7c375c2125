using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Followup;
using TeamsBot.Storage;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Intake;
using TeamsBot.Work;

namespace TeamsBot.Tests.Hardening;

/// <summary>Work stored by an instance that died is run by the next one, once; a re-run sends no second card.</summary>
public sealed class DurableQueueTests
{
    [Fact]
    public async Task WorkLeftByACrashedInstance_IsRunByThisOneAfterItsLeaseRunsOut()
    {
        await using var app = new IntakeApp(settings: FaultConnectorTests.FastRetries);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var item = MinutesItem(app, "tenant-restart", out _);
        var now = DateTimeOffset.UtcNow;
        var orphan = new DurableWorkRecord("20250101000000000-orphan", item, now, 0, now, "dead-instance", now.AddSeconds(1), 1);
        await store.TryWriteAsync(DurableBackgroundWorkQueue.KeyOf(orphan.Id), DurableBackgroundWorkQueue.Serialize(orphan), WriteCondition.Absent, CancellationToken.None);

        await app.WaitForAsync(s => FaultConnectorTests.Delivered(app) >= 1);
        Assert.Equal(1, FaultConnectorTests.Delivered(app));
        Assert.True(await WaitUntilAsync(async () => await PendingAsync(store) == 0));
    }

    [Fact]
    public async Task SameWorkRunTwice_SendsTheReviewCardOnce()
    {
        await using var app = new IntakeApp();
        var processor = app.Services.GetRequiredService<BackgroundWorkProcessor>();
        var item = MinutesItem(app, "tenant-twice", out _);

        await processor.RunAsync(item, CancellationToken.None);
        await processor.RunAsync(item, CancellationToken.None);

        Assert.Equal(1, FaultConnectorTests.Delivered(app));
        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("I have already read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MinutesStoredButCardNeverSent_TheRerunSendsTheCard()
    {
        await using var app = new IntakeApp();
        var item = MinutesItem(app, "tenant-halfway", out var work);
        var upload = new MinutesUpload(work.TenantId, work.TeamId, work.ChannelId, "{}", new Actor(work.UploaderId, work.UploaderName), work.FileName!, null,
            Encoding.UTF8.GetBytes(work.Text!));
        var stored = await app.Services.GetRequiredService<MinutesReading>().ReadAsync(upload, [], UploadSource.SentToBot, CancellationToken.None);
        Assert.IsType<ReadingResult.Ingested>(stored);

        await app.Services.GetRequiredService<BackgroundWorkProcessor>().RunAsync(item, CancellationToken.None);

        Assert.Equal(1, FaultConnectorTests.Delivered(app));
    }

    [Fact]
    public async Task WorkThatKeepsFailing_IsGivenUpWithOneApologyAndKeptAsDead()
    {
        var settings = new Dictionary<string, string?>(FaultConnectorTests.FastRetries) { ["BackgroundWork:MaxAttempts"] = "3" };
        await using var app = new IntakeApp(settings: settings);
        app.Connector.Given(WireMock.RequestBuilders.Request.Create().UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*review.publish*")))
            .AtPriority(1).RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(500));
        var store = app.Services.GetRequiredService<IDocumentStore>();

        await app.PostAsync(FaultConnectorTests.Pasted(app, "tenant-dead"));

        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal)));
        await Task.Delay(1500);
        Assert.Single(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(3, app.Sent().Count(x => CardNodes.FindAction(x.Body, "review.publish") is not null));
        Assert.Equal(0, await PendingAsync(store));
        Assert.Single(await KeysAsync(store, DurableBackgroundWorkQueue.DeadPrefix));
    }

    [Fact]
    public async Task GivenUpWork_IsDeletedAfterItsRetention_RecentStays()
    {
        await using var app = new IntakeApp();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var queue = app.Services.GetRequiredService<DurableBackgroundWorkQueue>();
        var item = MinutesItem(app, "tenant-retention", out _);
        var now = DateTimeOffset.UtcNow;
        foreach (var (id, age) in new[] { ("20250101000000000-old", TimeSpan.FromDays(8)), ("20250101000000000-new", TimeSpan.FromDays(1)) })
        {
            var dead = new DurableWorkRecord(id, item, now - age, 10, now, null, null, 11, "HttpRequestException");
            await store.TryWriteAsync(DurableBackgroundWorkQueue.DeadKeyOf(id), DurableBackgroundWorkQueue.Serialize(dead), WriteCondition.Absent, CancellationToken.None);
        }

        var purged = await queue.PurgeDeadAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal("20250101000000000-new", Assert.Single(await KeysAsync(store, DurableBackgroundWorkQueue.DeadPrefix)).Segments[^1]);
    }

    internal static BackgroundWorkItem MinutesItem(IntakeApp app, string tenant, out MinutesWork work)
    {
        var activity = JsonSerializer.Deserialize(FaultConnectorTests.Pasted(app, tenant).ToJsonString(), TeamsBot.Teams.TeamsJsonContext.Default.Activity)!;
        var conversationId = activity.Conversation!.Id!;
        work = new MinutesWork(MinutesOrigin.Pasted, tenant, conversationId, conversationId, "user-aad", "Alex Wilber", activity.From!.Id,
            MinutesUploadHandler.PastedFileName(activity.Text!), Text: activity.Text);
        return new BackgroundWorkItem(MinutesWork.Kind, activity.GetConversationReference(), JsonSerializer.SerializeToElement(work, IntakeJson.Default.MinutesWork), activity.Id);
    }

    internal static async Task<int> PendingAsync(IDocumentStore store) => (await KeysAsync(store, DurableBackgroundWorkQueue.PendingPrefix)).Count;

    internal static async Task<List<StorageKey>> KeysAsync(IDocumentStore store, StorageKey prefix)
    {
        var keys = new List<StorageKey>();
        await foreach (var key in store.ListAsync(prefix, CancellationToken.None))
        {
            keys.Add(key);
        }

        return keys;
    }

    internal static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, int seconds = 20)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
