using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Reminders.ReminderRoundHarness;

namespace TeamsBot.Tests.Reminders;

/// <summary>Several bot instances sharing one store deliver each reminder once: on Azurite and on the file system.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReminderRoundConcurrencyTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string[] Tenants = ["tenant-1", "tenant-2", "tenant-3", "tenant-4"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reminder-concurrency-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public Task ThreeInstances_OnAzurite_DeliverEveryReminderExactlyOnce() =>
        AssertExactlyOnceAsync(new AzureBlobDocumentStore(azurite.NewContainer()));

    [Fact]
    public Task ThreeInstances_OnTheFileSystem_DeliverEveryReminderExactlyOnce() =>
        AssertExactlyOnceAsync(new FileSystemDocumentStore(_folder));

    [Fact]
    public async Task InstanceDiesAfterClaiming_AnotherDeliversAfterTheLeaseAndOnlyOnce()
    {
        var harness = new ReminderRoundHarness(new AzureBlobDocumentStore(azurite.NewContainer()), Amsterdam(2023, 6, 20, 9));
        await harness.AddTeamAsync("tenant-1", "19:team@thread.tacv2");
        var dying = new RecordingSender(harness.Clock) { ThrowOnce = true };
        var survivor = new RecordingSender(harness.Clock);

        await RunAsync(harness.Round(dying, instance: "dies"));
        var beforeLease = await RunAsync(harness.Round(survivor, instance: "survives"));
        harness.Clock.Advance(harness.Options.LeaseDuration + TimeSpan.FromMinutes(1));
        var afterLease = await RunAsync(harness.Round(survivor, instance: "survives"));

        Assert.Equal(3, dying.Sent.Count);
        Assert.Equal(1, beforeLease.HeldByOther);
        var recovered = Assert.Single(survivor.Sent);
        Assert.DoesNotContain(dying.Sent, s => (s.Via, s.Recipient) == (recovered.Via, recovered.Recipient));
        Assert.Equal(1, afterLease.Sent + afterLease.Mentioned);
    }

    [Fact]
    public async Task ReminderClaims_TenRacingInstancesOnAzurite_OneWinsEachStepAndSentStaysSent()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Amsterdam(2023, 6, 20, 9));
        var claims = new TeamsBot.Reminders.ReminderClaims(new ClaimRegistry(new AzureBlobDocumentStore(azurite.NewContainer())), clock);
        var lease = TimeSpan.FromMinutes(10);
        Task<TeamsBot.Reminders.ReminderClaim[]> RaceAsync() =>
            Task.WhenAll(Enumerable.Range(0, 10).Select(k => Task.Run(() => claims.TryClaimAsync("tenant-1", "reminder|x", $"i{k}", lease, CancellationToken.None))));

        var first = await RaceAsync();
        var held = await RaceAsync();
        clock.Advance(lease + TimeSpan.FromSeconds(1));
        var takeover = await RaceAsync();
        Assert.True(await claims.MarkSentAsync(takeover.Single(c => c.Outcome == TeamsBot.Reminders.ClaimOutcome.Claimed), "activity-1", CancellationToken.None));
        clock.Advance(lease * 3);
        var after = await RaceAsync();

        Assert.Single(first, c => c.Outcome == TeamsBot.Reminders.ClaimOutcome.Claimed);
        Assert.All(held, c => Assert.Equal(TeamsBot.Reminders.ClaimOutcome.HeldByOther, c.Outcome));
        Assert.Single(takeover, c => c.Outcome == TeamsBot.Reminders.ClaimOutcome.Claimed);
        Assert.False(await claims.MarkSentAsync(first.Single(c => c.Outcome == TeamsBot.Reminders.ClaimOutcome.Claimed), "late", CancellationToken.None));
        Assert.All(after, c => Assert.Equal(TeamsBot.Reminders.ClaimOutcome.Done, c.Outcome));
    }

    private static async Task AssertExactlyOnceAsync(IDocumentStore store)
    {
        var harness = new ReminderRoundHarness(store, Amsterdam(2023, 6, 20, 9));
        foreach (var tenant in Tenants)
        {
            await harness.AddTeamAsync(tenant, $"19:{tenant}-a@thread.tacv2");
            await harness.AddTeamAsync(tenant, $"19:{tenant}-b@thread.tacv2");
        }

        var sender = new RecordingSender(harness.Clock);
        var rounds = Enumerable.Range(1, 3).Select(k => harness.Round(sender, instance: $"instance-{k}")).ToList();

        await Task.WhenAll(rounds.Select(r => Task.Run(() => RunAsync(r))));
        await Task.WhenAll(rounds.Select(r => Task.Run(() => RunAsync(r))));

        // Per team: Olga, Dino, the minute-taker (the item nobody owns) and the channel's carry-over post.
        var expected = Tenants.SelectMany(t => new[] { $"19:{t}-a@thread.tacv2", $"19:{t}-b@thread.tacv2" })
            .SelectMany(team => new[] { "aad-olga", "aad-dino", "aad-marilyn", "channel" }.Select(r => (team, r)))
            .Order()
            .ToList();
        Assert.Equal(expected, sender.Sent.Select(s => (s.TeamId, s.Recipient)).Order().ToList());
    }
}
