using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Storage;

namespace TeamsBot.Teams;

/// <summary>
/// Remembers the activities already taken, so that one Teams re-sends (same id, after ~15 s, or again ~30 s later)
/// is handled once. Memory is the fast path for one instance; with a store, the activity is also claimed there by a
/// conditional create (<c>dedup/{5-minute bucket}/{hash}</c>), so that a re-send that reaches another instance, or
/// this one after a restart, is recognised too. A claim says "handling" until <see cref="CompleteAsync"/> marks it
/// done; a re-send that finds a "handling" claim older than <see cref="TakeoverAfter"/> takes it over, because the
/// instance that made it most likely died before it acknowledged the activity (and Teams re-sends only unacknowledged
/// activities). When the store does not answer, memory decides alone. Registered with the store only when the store
/// is shared (Azure Blob). The file-system store serves one process: there a <see cref="HandledIdLog"/> keeps the
/// handled messages and invokes across a restart (one appended line each, written when handling finished), and the
/// new process starts with them in memory.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time, IDocumentStore? store = null, ILogger<ActivityDeduplicator>? logger = null, HandledIdLog? handled = null)
{
    public static readonly StorageKey Prefix = StorageKey.Of("dedup");
    public static readonly TimeSpan TakeoverAfter = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan BucketWidth = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(2);
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<ActivityDeduplicator>.Instance;

    // What the handled-id log kept from before a restart, by hash; empty without a log and once it has expired.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _restored = Restore(handled);
    private int _sinceSweep;
    private long _sweptBucket;

    /// <summary>True the first time an activity is seen by this instance (handle it); false for a re-send. Activities without id always pass.</summary>
    public bool TryBegin(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _sinceSweep) >= SweepEvery)
        {
            Interlocked.Exchange(ref _sinceSweep, 0);
            Sweep(now);
        }

        var key = $"{activity.Conversation?.Id}|{activity.Id}";
        if (_seen.TryAdd(key, now))
        {
            return _restored.IsEmpty || !_restored.TryGetValue(HandledId(activity), out var handledAt) || now - handledAt > Retention;
        }

        if (_seen.TryGetValue(key, out var seenAt) && now - seenAt > Retention)
        {
            return _seen.TryUpdate(key, now, seenAt);
        }

        return false;
    }

    /// <summary>
    /// True the first time an activity is seen by any instance sharing the store (handle it); false for a re-send.
    /// Call <see cref="CompleteAsync"/> once it is handled.
    /// </summary>
    public async Task<bool> TryBeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TryBegin(activity))
        {
            return false;
        }

        return store is null || string.IsNullOrEmpty(activity.Id) || !HasEffects(activity) || await TryClaimAsync(activity, cancellationToken);
    }

    /// <summary>
    /// Messages and invokes change state or post; typing, membership updates (recorded idempotently) and the like are
    /// cheaper handled twice than claimed in the store on every arrival.
    /// </summary>
    private static bool HasEffects(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;

    /// <summary>Marks the activity handled, so that a late re-send is not taken over. Best effort.</summary>
    public async Task CompleteAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || !HasEffects(activity))
        {
            return;
        }

        if (handled is not null)
        {
            try
            {
                handled.Append(HandledId(activity));
            }
            catch (IOException ex)
            {
                Log.DeduplicationStoreFailed(_logger, ex.GetType().Name, activity.Id);
            }
        }

        if (store is null)
        {
            return;
        }

        await WithStoreAsync(activity, async token =>
        {
            await store.TryWriteAsync(ClaimKey(activity), Mark(new DedupMark(time.GetUtcNow(), Done: true)), WriteCondition.None, token);
            return true;
        }, cancellationToken);
    }

    private async Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = ClaimKey(activity);
        SweepOldBuckets();
        return await WithStoreAsync(activity, async token =>
        {
            var now = time.GetUtcNow();
            if (await store!.TryWriteAsync(key, Mark(new DedupMark(now, Done: false)), WriteCondition.Absent, token) is not null)
            {
                return true;
            }

            if (await store.ReadAsync(key, token) is not { } existing
                || JsonSerializer.Deserialize(existing.Content.Span, DedupJson.Default.DedupMark) is not { Done: false } mark
                || now - mark.At <= TakeoverAfter)
            {
                return false;
            }

            // The instance that claimed it went quiet before acknowledging: this re-send takes over.
            return await store.TryWriteAsync(key, Mark(new DedupMark(now, Done: false)), WriteCondition.Match(existing.ETag), token) is not null;
        }, cancellationToken);
    }

    private async Task<bool> WithStoreAsync(Activity activity, Func<CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StoreTimeout);
        try
        {
            return await operation(timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.DeduplicationStoreFailed(_logger, ex.GetType().Name, activity.Id);
            return true;
        }
    }

    /// <summary>Deletes the buckets two and three widths back (a re-send comes within a minute), once per bucket, in the background.</summary>
    private void SweepOldBuckets()
    {
        var current = Bucket(time.GetUtcNow());
        var swept = Interlocked.Read(ref _sweptBucket);
        if (swept == current || Interlocked.CompareExchange(ref _sweptBucket, current, swept) != swept)
        {
            return;
        }

        // Not bound by the request's storage limit (RequestStorage): the sweep outlives the request that starts it.
        using var unbound = ExecutionContext.SuppressFlow();
        _ = Task.Run(async () =>
        {
            foreach (var old in new[] { current - 2, current - 3 })
            {
                try
                {
                    await store!.DeleteAllAsync(Prefix.Child(old.ToString(CultureInfo.InvariantCulture)), CancellationToken.None);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Log.DeduplicationStoreFailed(_logger, ex.GetType().Name, null);
                }
            }
        });
    }

    /// <summary>The bucket follows the activity's own timestamp (the same in every re-send) unless that is far off this clock.</summary>
    private StorageKey ClaimKey(Activity activity)
    {
        var now = time.GetUtcNow();
        var at = activity.Timestamp is { } sent && (sent - now).Duration() < TimeSpan.FromMinutes(2) ? sent : now;
        return Prefix.Child(Bucket(at).ToString(CultureInfo.InvariantCulture), HandledId(activity));
    }

    private static string HandledId(Activity activity) => TenantKeys.Hash("activity", activity.Conversation?.Id ?? string.Empty, activity.Id ?? string.Empty);

    private static ConcurrentDictionary<string, DateTimeOffset> Restore(HandledIdLog? handled)
    {
        var restored = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (id, at) in handled?.Recent() ?? [])
        {
            restored[id] = at;
        }

        return restored;
    }

    private static long Bucket(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)BucketWidth.TotalSeconds;

    private static byte[] Mark(DedupMark mark) => JsonSerializer.SerializeToUtf8Bytes(mark, DedupJson.Default.DedupMark);

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, seenAt) in _seen)
        {
            if (now - seenAt > Retention)
            {
                _seen.TryRemove(key, out _);
            }
        }

        foreach (var (id, handledAt) in _restored)
        {
            if (now - handledAt > Retention)
            {
                _restored.TryRemove(id, out _);
            }
        }
    }
}

/// <summary>A stored claim on an activity: when it was taken, and whether its handling finished.</summary>
public sealed record DedupMark(DateTimeOffset At, bool Done);

/// <summary>The claims' JSON: the options the durable work records use, so that stored claims read and write as before.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DedupMark))]
internal sealed partial class DedupJson : JsonSerializerContext;
