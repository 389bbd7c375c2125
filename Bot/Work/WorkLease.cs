using TeamsBot.Storage;

namespace TeamsBot.Work;

/// <summary>
/// The hold of one instance on one stored work record while it runs the work: renewed (conditional write on the
/// last ETag) every third of its duration, so that a long run keeps it and a crashed process loses it soon. When a
/// renewal finds the record changed, another instance has taken over; the run goes on (its work is idempotent) and
/// <see cref="Lost"/> says so.
/// </summary>
internal sealed class WorkLease(IDocumentStore store, TimeProvider time, TimeSpan duration, string instanceId, DurableWorkRecord record, string etag)
{
    public DurableWorkRecord Record { get; private set; } = record;

    public string ETag { get; private set; } = etag;

    public bool Lost { get; private set; }

    /// <summary>Renews until cancelled or lost; a store that does not answer is tried again at the next turn.</summary>
    public async Task KeepAsync(CancellationToken cancellationToken)
    {
        var key = DurableBackgroundWorkQueue.KeyOf(Record.Id);
        try
        {
            while (!Lost)
            {
                await Task.Delay(duration / 3, time, cancellationToken);
                var renewed = Record.Leased(instanceId, time.GetUtcNow() + duration);
                try
                {
                    var next = await store.TryWriteAsync(key, DurableBackgroundWorkQueue.Serialize(renewed), WriteCondition.Match(ETag), cancellationToken);
                    (Record, ETag, Lost) = next is null ? (Record, ETag, true) : (renewed, next, false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The store is away for a moment: the lease still runs; the next turn tries again.
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
    }
}
