using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TeamsBot.Storage;
using TeamsBot.Teams;
using TeamsBot.Telemetry;

namespace TeamsBot.Work;

/// <summary>
/// The background-work queue that survives a crash: <see cref="EnqueueAsync"/> writes the item to the store
/// (<c>work/pending/{id}</c>) before the activity is acknowledged, then wakes the in-process consumer
/// (<see cref="DurableWorkService"/>), which removes the record only after the work succeeded. On start, and every
/// poll interval, the consumer lists the pending records again: work of a crashed instance or of an earlier run is
/// picked up, and retries that came due are run. When the store itself does not answer at enqueue time, the item is
/// kept in memory (and logged) and the consumer keeps trying to store and run it: the minutes are not lost while the
/// process lives.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue of work items; the name says what it does.")]
public sealed class DurableBackgroundWorkQueue : IBackgroundWorkQueue
{
    public static readonly StorageKey PendingPrefix = StorageKey.Of("work", "pending");
    public static readonly StorageKey DeadPrefix = StorageKey.Of("work", "dead");

    private readonly IDocumentStore _store;
    private readonly DurableWorkOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DurableBackgroundWorkQueue> _logger;
    private readonly Channel<WorkTicket> _ready = Channel.CreateUnbounded<WorkTicket>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, WorkTicket> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (WorkTicket Ticket, DateTimeOffset Due)> _later = new(StringComparer.Ordinal);

    public DurableBackgroundWorkQueue(IDocumentStore store, IOptions<DurableWorkOptions> options, TimeProvider time, ILogger<DurableBackgroundWorkQueue> logger, BotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_store, _options, _time, _logger) = (store, options.Value, time, logger);
        metrics?.ObserveQueueDepth(() => _known.Count);
    }

    /// <summary>This process's name in leases: new with every start, so a restarted process waits for its old leases too.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Work this instance knows of and has not finished: stored, or held in memory.</summary>
    public int Depth => _known.Count;

    internal ChannelReader<WorkTicket> Ready => _ready.Reader;

    public async ValueTask EnqueueAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = _time.GetUtcNow();
        var record = new DurableWorkRecord(NewId(now), item, now, 0, now, null, null, 0);
        var stored = await TryCreateAsync(record, _options.EnqueueTimeout, cancellationToken);
        if (!stored)
        {
            Log.WorkKeptInMemory(_logger, record.Id, item.Kind, item.ActivityId);
        }

        Offer(new WorkTicket(record.Id, stored ? null : record));
    }

    /// <summary>Writes a new record; false when the store did not answer in time (the caller keeps the record in memory).</summary>
    internal async Task<bool> TryCreateAsync(DurableWorkRecord record, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            // An existing record of this id (never, with a fresh id) is stored work just the same.
            await _store.TryWriteAsync(KeyOf(record.Id), Serialize(record), WriteCondition.Absent, attempt.Token);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.WorkStoreFailed(_logger, ex.GetType().Name, record.Id);
            return false;
        }
    }

    /// <summary>Lists the pending records and offers those this instance does not know yet; returns how many it offered.</summary>
    internal async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var offered = 0;
        await foreach (var key in _store.ListAsync(PendingPrefix, cancellationToken))
        {
            var id = key.Segments[^1];
            if (_known.TryAdd(id, new WorkTicket(id, null)))
            {
                _ready.Writer.TryWrite(_known[id]);
                offered++;
            }
        }

        return offered;
    }

    /// <summary>Deletes given-up work older than <see cref="DurableWorkOptions.DeadRetention"/>; returns how many went.</summary>
    internal async Task<int> PurgeDeadAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        var cutoff = _time.GetUtcNow() - _options.DeadRetention;
        await foreach (var key in _store.ListAsync(DeadPrefix, cancellationToken))
        {
            var document = await _store.ReadAsync(key, cancellationToken);
            var record = document is null ? null : Deserialize(document.Content);
            if ((record is null || record.EnqueuedAt < cutoff) && await _store.DeleteAsync(key, cancellationToken))
            {
                purged++;
            }
        }

        return purged;
    }

    /// <summary>
    /// Deletes the queued and given-up work of a tenant (or with <paramref name="teamId"/> of one team): a request to
    /// be forgotten covers minutes still waiting to be read. The queue is short (work leaves it once done), so every
    /// record is read; an unreadable record is left alone. Returns how many went.
    /// </summary>
    public static async Task<int> ForgetAsync(IDocumentStore store, string tenantId, string? teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var keys = new List<StorageKey>();
        foreach (var prefix in new[] { PendingPrefix, DeadPrefix })
        {
            await foreach (var key in store.ListAsync(prefix, cancellationToken))
            {
                keys.Add(key);
            }
        }

        var deleted = 0;
        foreach (var key in keys)
        {
            var document = await store.ReadAsync(key, cancellationToken);
            if (document is not null && Deserialize(document.Content) is { } record && Belongs(record.Item, tenantId, teamId)
                && await store.DeleteAsync(key, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }

    Task<int> IBackgroundWorkQueue.ForgetAsync(string tenantId, string? teamId, CancellationToken cancellationToken) =>
        ForgetAsync(_store, tenantId, teamId, cancellationToken);

    /// <summary>Work belongs to the tenant of its conversation or payload, and to the team its payload names.</summary>
    private static bool Belongs(BackgroundWorkItem item, string tenantId, string? teamId)
    {
        var payload = item.Payload is { ValueKind: JsonValueKind.Object } element ? element : (JsonElement?)null;
        if (item.Conversation.Conversation?.TenantId != tenantId && Text(payload, "tenantId") != tenantId)
        {
            return false;
        }

        return teamId is null || Text(payload, "teamId") == teamId;
    }

    private static string? Text(JsonElement? payload, string name) =>
        payload is { } element && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Moves tickets whose wait is over back to the ready queue; returns when the next one falls due.</summary>
    internal DateTimeOffset? ReleaseDue(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var (id, (ticket, due)) in _later)
        {
            if (due <= now)
            {
                if (_later.TryRemove(id, out _))
                {
                    _ready.Writer.TryWrite(ticket);
                }
            }
            else if (next is null || due < next)
            {
                next = due;
            }
        }

        return next;
    }

    internal void Later(WorkTicket ticket, TimeSpan wait)
    {
        _known[ticket.Id] = ticket;
        _later[ticket.Id] = (ticket, _time.GetUtcNow() + (wait < TimeSpan.Zero ? TimeSpan.Zero : wait));
    }

    internal void Forget(string id)
    {
        _later.TryRemove(id, out _);
        _known.TryRemove(id, out _);
    }

    /// <summary>Work held only in memory (the store was down when it came in): lost if the process ends now.</summary>
    internal int UnsavedCount => _known.Values.Count(t => t.Unsaved is not null);

    internal static StorageKey KeyOf(string id) => PendingPrefix.Child(id);

    internal static StorageKey DeadKeyOf(string id) => DeadPrefix.Child(id);

    internal static byte[] Serialize(DurableWorkRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, DurableWorkJson.Default.DurableWorkRecord);

    internal static DurableWorkRecord? Deserialize(ReadOnlyMemory<byte> content)
    {
        try
        {
            return JsonSerializer.Deserialize(content.Span, DurableWorkJson.Default.DurableWorkRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Offer(WorkTicket ticket)
    {
        _known[ticket.Id] = ticket;
        _ready.Writer.TryWrite(ticket);
    }

    /// <summary>Sorts by arrival in a listing; the random part keeps ids of one millisecond apart.</summary>
    private static string NewId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
}

/// <summary>A piece of work this instance is to look at: its id, and the record itself while it exists only in memory.</summary>
internal sealed record WorkTicket(string Id, DurableWorkRecord? Unsaved);
