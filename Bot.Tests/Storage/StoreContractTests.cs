using System.Text;
using TeamsBot.Followup;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Storage;

/// <summary>
/// What every <see cref="IDocumentStore"/> must do, run against the file system (<see cref="FileSystemStoreTests"/>) and
/// Azurite (<see cref="AzureBlobStoreTests"/>): conditional writes, listing, deleting, claims, and the follow-up use
/// cases on top (<c>StoreContractTests.Followup.cs</c>).
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly StorageKey Prefix = StorageKey.Of("tests", "contract");

    private protected abstract IDocumentStore Store { get; }

    [Fact]
    public async Task Read_MissingDocument_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync(Prefix.Child("missing"), CancellationToken.None));
    }

    [Fact]
    public async Task TryWrite_IfAbsentTwice_SecondWriterLosesAndFirstContentStays()
    {
        var key = Prefix.Child("absent");
        Assert.NotNull(await Store.TryWriteAsync(key, Bytes("first"), WriteCondition.Absent, CancellationToken.None));
        Assert.Null(await Store.TryWriteAsync(key, Bytes("second"), WriteCondition.Absent, CancellationToken.None));
        Assert.Equal("first", Text(await Store.ReadAsync(key, CancellationToken.None)));
    }

    [Fact]
    public async Task TryWrite_StaleETag_ConflictsAndCurrentETagWins()
    {
        var key = Prefix.Child("match");
        var first = await Store.TryWriteAsync(key, Bytes("v1"), WriteCondition.None, CancellationToken.None);
        var second = await Store.TryWriteAsync(key, Bytes("v2"), WriteCondition.Match(first!), CancellationToken.None);

        Assert.NotNull(second);
        Assert.Null(await Store.TryWriteAsync(key, Bytes("stale"), WriteCondition.Match(first!), CancellationToken.None));
        var read = await Store.ReadAsync(key, CancellationToken.None);
        Assert.Equal("v2", Text(read));
        Assert.Equal(second, read!.ETag);
        Assert.Null(await Store.TryWriteAsync(Prefix.Child("never-written"), Bytes("x"), WriteCondition.Match(second!), CancellationToken.None));
    }

    [Fact]
    public async Task ListAndDeleteAll_Prefix_TouchOnlyDocumentsUnderIt()
    {
        var inside = Prefix.Child("team-a");
        await Store.TryWriteAsync(inside.Child("one"), Bytes("1"), WriteCondition.None, CancellationToken.None);
        await Store.TryWriteAsync(inside.Child("deep", "two"), Bytes("2"), WriteCondition.None, CancellationToken.None);
        await Store.TryWriteAsync(Prefix.Child("team-ab"), Bytes("3"), WriteCondition.None, CancellationToken.None);

        var listed = await ToListAsync(Store.ListAsync(inside, CancellationToken.None));
        Assert.Equal(["tests/contract/team-a/deep/two", "tests/contract/team-a/one"], listed.Select(k => k.Path).Order(StringComparer.Ordinal));

        Assert.Equal(2, await Store.DeleteAllAsync(inside, CancellationToken.None));
        Assert.Empty(await ToListAsync(Store.ListAsync(inside, CancellationToken.None)));
        Assert.NotNull(await Store.ReadAsync(Prefix.Child("team-ab"), CancellationToken.None));
        Assert.False(await Store.DeleteAsync(inside.Child("one"), CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_TwentyConcurrentIncrements_LoseNone()
    {
        var key = Prefix.Child("counter");
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            Store.UpdateAsync(key, FollowupJson.Default.TeamSettings,
                s => (s ?? new TeamSettings(ReminderLeadDays: 0)) with { ReminderLeadDays = (s?.ReminderLeadDays ?? 0) + 1 },
                CancellationToken.None))));

        var final = await Store.ReadAsync(key, FollowupJson.Default.TeamSettings, CancellationToken.None);
        Assert.Equal(20, final!.ReminderLeadDays);
    }

    [Fact]
    public async Task TryClaim_TenConcurrentCallers_ExactlyOneWinsPerTenant()
    {
        var claims = new ClaimRegistry(Store);
        var name = "reminder/19:team@thread/meeting/aad-olga/2023-06-21";
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(k => Task.Run(() =>
            claims.TryClaimAsync("tenant-claims", name, Bytes($"instance {k}"), CancellationToken.None))));

        Assert.Single(results, won => won);
        Assert.True(await claims.TryClaimAsync("other-tenant", name, Bytes("other"), CancellationToken.None));
        Assert.StartsWith("instance ", Encoding.UTF8.GetString((await claims.ReadAsync("tenant-claims", name, CancellationToken.None))!.Value.Span), StringComparison.Ordinal);
        Assert.True(await claims.ReleaseAsync("tenant-claims", name, CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("tenant-claims", name, Bytes("again"), CancellationToken.None));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Text(StoredDocument? document) => document is null ? null : Encoding.UTF8.GetString(document.Content.Span);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
