using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Storage;

/// <summary>
/// The breaker of the request path's storage (Hardening II): once a request's call failed, requests go straight to their
/// fallback for the break instead of each waiting out Storage:RequestTimeout; then one request tries; an answer closes
/// it. On a fake clock: nothing here sleeps, and the store fails or answers at once (or when the test lets it).
/// </summary>
public sealed class StorageOutageBreakerTests : IDisposable
{
    private static readonly StorageKey Key = StorageKey.Of("tenant", "settings.json");
    private static readonly TimeSpan Break = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedStore _inner = new();
    private readonly StorageOutageBreaker _breaker;
    private readonly RequestBoundDocumentStore _store;

    public StorageOutageBreakerTests()
    {
        _breaker = new StorageOutageBreaker(Break, _time);
        _store = new RequestBoundDocumentStore(_inner, _breaker, NullLogger<RequestBoundDocumentStore>.Instance);
    }

    [Fact]
    public async Task RequestCall_StoreDown_OpensTheBreaker_LaterRequestsAreNotTriedUntilTheBreakIsOver()
    {
        _inner.Down = true;

        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _time.Advance(Break - TimeSpan.FromMilliseconds(1));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());

        Assert.Equal(1, _inner.Calls);
        Assert.True(_breaker.IsOpen);
    }

    [Fact]
    public async Task AfterTheBreak_OneRequestTries_AndTheStoreAnsweringClosesIt()
    {
        _inner.Down = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _inner.Down = false;
        _time.Advance(Break);

        await RequestReadAsync();
        await RequestReadAsync();

        Assert.Equal(3, _inner.Calls);
        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public async Task FailedProbe_OpensTheBreakerForAnotherBreak()
    {
        _inner.Down = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _time.Advance(Break);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _time.Advance(Break - TimeSpan.FromMilliseconds(1));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        Assert.Equal(2, _inner.Calls);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        Assert.Equal(3, _inner.Calls);
    }

    [Fact]
    public async Task WhileTheProbeWaits_OtherRequestsAreNotTried()
    {
        _inner.Down = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _inner.Down = false;
        _time.Advance(Break);
        var answer = new TaskCompletionSource<StoredDocument?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inner.Next = answer.Task;

        var probe = RequestReadAsync();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        answer.SetResult(null);
        await probe;
        await RequestReadAsync();

        Assert.Equal(3, _inner.Calls);
        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public async Task AbandonedProbe_LetsTheNextRequestTry()
    {
        _inner.Down = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _inner.Down = false;
        _time.Advance(Break);
        _inner.Next = Task.FromCanceled<StoredDocument?>(new CancellationToken(canceled: true));
        using var caller = new CancellationTokenSource();
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RequestReadAsync(caller.Token));
        await RequestReadAsync();

        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public async Task BackgroundWorkReachingTheStore_ClosesTheBreaker()
    {
        _inner.Down = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _inner.Down = false;

        await _store.ReadAsync(Key, CancellationToken.None);
        await RequestReadAsync();

        Assert.Equal(3, _inner.Calls);
        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public async Task Opening_CutsTheCallsOfOtherRequestsStillWaiting()
    {
        var hanging = new TaskCompletionSource<StoredDocument?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inner.Next = hanging.Task;
        var waiting = RequestReadAsync();
        _inner.Down = true;

        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());

        await Assert.ThrowsAsync<StorageUnavailableException>(() => waiting);
        Assert.False(hanging.Task.IsCompleted);
    }

    [Fact]
    public async Task RefusedCondition_IsAnAnswer_AndClosesTheBreaker()
    {
        _inner.Down = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => RequestReadAsync());
        _inner.Down = false;
        _inner.Refuse = true;
        _time.Advance(Break);

        await Assert.ThrowsAsync<InvalidOperationException>(() => RequestReadAsync());

        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public async Task ZeroBreak_EveryRequestTriesTheStore()
    {
        using var breaker = new StorageOutageBreaker(TimeSpan.Zero, _time);
        var store = new RequestBoundDocumentStore(_inner, breaker, NullLogger<RequestBoundDocumentStore>.Instance);
        _inner.Down = true;

        for (var i = 0; i < 3; i++)
        {
            using (RequestStorage.Limit(TimeSpan.FromSeconds(1.5)))
            {
                await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync(Key, CancellationToken.None));
            }
        }

        Assert.Equal(3, _inner.Calls);
    }

    [Fact]
    public async Task TimeTheRequestSpendsElsewhere_IsNotTheStores()
    {
        // A request that first waits on something else (a roster fetched from the connector) longer than its storage
        // budget still gets its storage calls: only the time of the calls themselves is counted.
        using var limit = RequestStorage.Limit(TimeSpan.FromMilliseconds(300));
        await _store.ReadAsync(Key, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        await _store.ReadAsync(Key, CancellationToken.None);

        Assert.Equal(2, _inner.Calls);
        Assert.False(_breaker.IsOpen);
    }

    public void Dispose() => _breaker.Dispose();

    /// <summary>One request's read: its own storage limit (an async method, so the limit stays in this flow).</summary>
    private async Task RequestReadAsync(CancellationToken cancellationToken = default)
    {
        using var limit = RequestStorage.Limit(TimeSpan.FromSeconds(1.5));
        await _store.ReadAsync(Key, cancellationToken);
    }

    /// <summary>A store that is down (fails at once as a refused connection does), answers, refuses, or returns what the test hands it.</summary>
    private sealed class ScriptedStore : IDocumentStore
    {
        private int _calls;

        public bool Down { get; set; }

        public bool Refuse { get; set; }

        /// <summary>The answer of the next read, once (a task the test completes, or one that never completes).</summary>
        public Task<StoredDocument?>? Next { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        public async Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            if (Next is { } next)
            {
                Next = null;
                return await next.WaitAsync(cancellationToken);
            }

            return Down ? throw new HttpRequestException("Connection refused")
                : Refuse ? throw new InvalidOperationException("condition refused")
                : null;
        }

        public Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
