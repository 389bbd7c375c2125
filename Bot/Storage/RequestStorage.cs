using System.Diagnostics;
using System.Runtime.CompilerServices;
using Azure;

namespace TeamsBot.Storage;

/// <summary>
/// How long one inbound request may wait on the store, the time of all its storage calls together
/// (<see cref="StorageOptions.RequestTimeout"/>). <c>POST /api/messages</c> opens a limit with <see cref="Limit"/>;
/// every call through the registered store (<see cref="RequestBoundDocumentStore"/>) made in that request then ends
/// by the deadline, and once a call was cut or the store failed, the request's later calls fail at once. Teams gets
/// its acknowledgement in time and the request answers from memory; background work, which opens no limit, keeps the
/// storage client's retries. Ambient (it flows with the request's async calls) so that the features need no second
/// token for "storage only".
/// </summary>
public static class RequestStorage
{
    private static readonly AsyncLocal<RequestStorageLimit?> Current = new();

    /// <summary>Opens the limit for the calls that follow in this async flow; disposing it ends it (work the request started and left running is not bound).</summary>
    public static IDisposable Limit(TimeSpan timeout)
    {
        var limit = new RequestStorageLimit(timeout);
        Current.Value = limit;
        return limit;
    }

    internal static RequestStorageLimit? Active => Current.Value is { Ended: false } limit ? limit : null;

    /// <summary>Whether the exception says the store did not answer (as opposed to a refused condition or a bug).</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        StorageUnavailableException or TimeoutException or IOException or HttpRequestException => true,
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsOutage),
        _ => false,
    };
}

/// <summary>
/// One request's storage budget: the time its storage calls took together, on the monotonic clock (a timeout is wall
/// time, not the domain's time). Time the request spends elsewhere, such as fetching a roster from the connector, is
/// not the store's and is not counted; calls made side by side are each counted whole.
/// </summary>
internal sealed class RequestStorageLimit(TimeSpan timeout) : IDisposable
{
    private long _waitedTicks;
    private volatile bool _spent;

    public TimeSpan Timeout { get; } = timeout;

    public bool Ended { get; private set; }

    /// <summary>How long this request's storage calls have taken so far (finished calls).</summary>
    public TimeSpan Waited => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waitedTicks));

    /// <summary>What is left of the budget; zero once a call was cut or the store failed in this request.</summary>
    public TimeSpan Remaining => _spent || Waited >= Timeout ? TimeSpan.Zero : Timeout - Waited;

    public void Spend() => _spent = true;

    /// <summary>Counts a storage call (or one step of a listing) that began at <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Charge(long started) => Interlocked.Add(ref _waitedTicks, Stopwatch.GetTimestamp() - started);

    public void Dispose() => Ended = true;
}

/// <summary>The store did not answer within the request's storage timeout, or failed: answer without it.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("The store did not answer within the request's storage timeout.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The registered <see cref="IDocumentStore"/>: passes every call to the real store, bound by the request's limit when
/// one is open (<see cref="RequestStorage.Limit"/>). A call cut by the deadline, or failing because the store is down,
/// throws <see cref="StorageUnavailableException"/> and opens the <see cref="StorageOutageBreaker"/>: while it is open a
/// request's call is not tried at all but throws at once. A refused condition and the caller's own cancellation stay as
/// they are; every answer of the store, inside a request or not, closes the breaker.
/// </summary>
public sealed partial class RequestBoundDocumentStore(IDocumentStore inner, StorageOutageBreaker breaker, ILogger<RequestBoundDocumentStore> logger) : IDocumentStore
{
    public IDocumentStore Inner => inner;

    public Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken) =>
        BoundAsync(token => inner.ReadAsync(key, token), "read", cancellationToken);

    public Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken) =>
        BoundAsync(token => inner.TryWriteAsync(key, content, condition, token), "write", cancellationToken);

    public Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken) =>
        BoundAsync(token => inner.DeleteAsync(key, token), "delete", cancellationToken);

    public async IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (RequestStorage.Active is not { } limit)
        {
            await foreach (var key in inner.ListAsync(prefix, cancellationToken))
            {
                yield return key;
            }

            Answered();
            yield break;
        }

        var probe = Enter(limit, "list");
        var outcome = false;
        try
        {
            using var deadline = Deadline(limit, "list", cancellationToken);
            var keys = inner.ListAsync(prefix, deadline.Token).GetAsyncEnumerator(deadline.Token);
            try
            {
                while (true)
                {
                    bool more;
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        more = await keys.MoveNextAsync();
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (deadline.IsCancellationRequested || RequestStorage.IsOutage(ex)))
                    {
                        outcome = true;
                        throw Unavailable(limit, "list", started, ex);
                    }
                    finally
                    {
                        limit.Charge(started);
                    }

                    if (!outcome)
                    {
                        outcome = true;
                        Answered();
                    }

                    if (!more)
                    {
                        yield break;
                    }

                    yield return keys.Current;
                }
            }
            finally
            {
                await keys.DisposeAsync();
            }
        }
        finally
        {
            if (probe && !outcome)
            {
                breaker.ProbeAbandoned();
            }
        }
    }

    private async Task<T> BoundAsync<T>(Func<CancellationToken, Task<T>> call, string operation, CancellationToken cancellationToken)
    {
        if (RequestStorage.Active is not { } limit)
        {
            var result = await call(cancellationToken);
            Answered();
            return result;
        }

        var probe = Enter(limit, operation);
        var outcome = false;
        try
        {
            using var deadline = Deadline(limit, operation, cancellationToken);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await call(deadline.Token);
                outcome = true;
                Answered();
                return result;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (deadline.IsCancellationRequested || RequestStorage.IsOutage(ex)))
            {
                outcome = true;
                throw Unavailable(limit, operation, started, ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A refused condition or a bug: the store answered.
                outcome = true;
                Answered();
                throw;
            }
            finally
            {
                limit.Charge(started);
            }
        }
        finally
        {
            if (probe && !outcome)
            {
                breaker.ProbeAbandoned();
            }
        }
    }

    /// <summary>Passes the breaker or throws at once; true when this call is the breaker's probe.</summary>
    private bool Enter(RequestStorageLimit limit, string operation)
    {
        if (breaker.TryEnter(out var probe))
        {
            return probe;
        }

        limit.Spend();
        RequestCallSkipped(logger, operation);
        throw new StorageUnavailableException($"The store failed a request moments ago; this request's {operation} is not tried (Storage:OutageBreak).");
    }

    private CancellationTokenSource Deadline(RequestStorageLimit limit, string operation, CancellationToken cancellationToken)
    {
        var remaining = limit.Remaining;
        if (remaining <= TimeSpan.Zero)
        {
            // The deadline passed, or the store already failed in this request: don't wait on it again.
            throw new StorageUnavailableException($"The store did not answer within this request's {limit.Timeout.TotalMilliseconds:0} ms ({operation} not tried).");
        }

        // Cut by the deadline, and at once when another request's call opens the breaker.
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, breaker.Tripped);
        deadline.CancelAfter(remaining);
        return deadline;
    }

    private void Answered()
    {
        if (breaker.Answered())
        {
            BreakerClosed(logger);
        }
    }

    private StorageUnavailableException Unavailable(RequestStorageLimit limit, string operation, long started, Exception ex)
    {
        limit.Spend();
        RequestCallCut(logger, operation, (limit.Waited + Stopwatch.GetElapsedTime(started)).TotalMilliseconds, ex.GetType().Name);
        if (breaker.Failed())
        {
            BreakerOpened(logger);
        }

        return new StorageUnavailableException($"The store did not answer a {operation} within this request's {limit.Timeout.TotalMilliseconds:0} ms.", ex);
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning,
        Message = "A storage {Operation} of a request ran out of time or failed after {ElapsedMs:0} ms of storage calls ({Error}); the request answers without the store (Storage:RequestTimeout)")]
    private static partial void RequestCallCut(ILogger logger, string operation, double elapsedMs, string error);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning,
        Message = "The store failed a request: requests answer without it until it answers again, trying it once per break (Storage:OutageBreak)")]
    private static partial void BreakerOpened(ILogger logger);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "The store answers again: requests use it")]
    private static partial void BreakerClosed(ILogger logger);

    [LoggerMessage(EventId = 304, Level = LogLevel.Debug, Message = "A storage {Operation} of a request was not tried: the store failed a request moments ago (Storage:OutageBreak)")]
    private static partial void RequestCallSkipped(ILogger logger, string operation);
}
