using System.Text;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Storage;

/// <summary>The one retry loop of conditional writes, on the file-system store with another writer slipped in between.</summary>
public sealed class ConditionalUpdateTests : IDisposable
{
    private static readonly StorageKey Key = StorageKey.Of("tenant", "doc.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("conditional-update-").FullName;
    private readonly MeddlingStore _store;

    public ConditionalUpdateTests() => _store = new MeddlingStore(new FileSystemDocumentStore(_folder));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AnotherWriterFirst_ReadsAgainAndDecidesOnItsVersion_AndHearsTheConflict()
    {
        await _store.TryWriteAsync(Key, Bytes("a"), WriteCondition.Absent, CancellationToken.None);
        _store.MeddleTimes = 1;
        var seen = new List<string>();
        var conflicts = new List<int>();

        var (result, written) = await _store.RunAsync(Key, document =>
        {
            var text = Text(document);
            seen.Add(text);
            return ConditionalStep<string>.Write(Bytes(text + "+"), WriteCondition.Match(document!.ETag), text + "+", conflicts.Add);
        }, "gave up", CancellationToken.None);

        Assert.True(written);
        Assert.Equal("meddled+", result);
        Assert.Equal(["a", "meddled"], seen);
        Assert.Equal([1], conflicts);
        Assert.Equal("meddled+", Text(await _store.ReadAsync(Key, CancellationToken.None)));
    }

    [Fact]
    public async Task NothingToWrite_EndsWithTheResult_AndWritesNothing()
    {
        var (result, written) = await _store.RunAsync(Key, document => ConditionalStep<string?>.Done(document is null ? "none" : "some"), "gave up", CancellationToken.None);

        Assert.False(written);
        Assert.Equal("none", result);
        Assert.Equal(0, _store.Writes);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DocumentThatKeepsChanging_GivesUpAfterMaxAttempts(bool retryAtOnce)
    {
        _store.MeddleTimes = int.MaxValue;
        var decisions = 0;
        var conflicts = 0;

        var failure = await Assert.ThrowsAsync<StoreContentionException>(() => _store.RunAsync(Key, document =>
        {
            decisions++;
            return new ConditionalStep<int>(decisions, Bytes("mine"), WriteCondition.Absent, _ => conflicts++, retryAtOnce);
        }, "Doc kept changing.", CancellationToken.None));

        Assert.Equal("Doc kept changing.", failure.Message);
        Assert.Equal(ConditionalUpdate.MaxAttempts, decisions);
        Assert.Equal(retryAtOnce ? 0 : ConditionalUpdate.MaxAttempts, conflicts);
    }

    [Fact]
    public async Task NoMessage_GivesUpNamingTheKey()
    {
        _store.MeddleTimes = int.MaxValue;

        var failure = await Assert.ThrowsAsync<StoreContentionException>(() =>
            _store.RunAsync(Key, _ => ConditionalStep<int>.Write(Bytes("mine"), WriteCondition.Absent, 0), gaveUp: null, CancellationToken.None));

        Assert.Contains(Key.ToString(), failure.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StoredDocument? document) => document is null ? "" : Encoding.UTF8.GetString(document.Content.Span);

    /// <summary>Before each of the next <see cref="MeddleTimes"/> conditional writes, another writer changes the document.</summary>
    private sealed class MeddlingStore(IDocumentStore inner) : IDocumentStore
    {
        public int MeddleTimes { get; set; }

        public int Writes { get; private set; }

        public Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
        {
            Writes++;
            if (condition != WriteCondition.None && MeddleTimes > 0)
            {
                MeddleTimes--;
                await inner.TryWriteAsync(key, Bytes("meddled"), WriteCondition.None, cancellationToken);
            }

            return await inner.TryWriteAsync(key, content, condition, cancellationToken);
        }

        public Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);
    }
}
