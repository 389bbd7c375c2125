using Microsoft.Extensions.Options;
using TeamsBot.Storage;
using TeamsBot.Teams;

namespace TeamsBot.Work;

/// <summary>
/// Consumes the <see cref="DurableBackgroundWorkQueue"/>: a poller that lists the stored work on start and every poll
/// interval and releases retries that came due, and a few workers. A worker leases a record (conditional write) before
/// it runs it, deletes it after success, and after a failure writes the attempt count and the next attempt time
/// (exponential backoff); after the last attempt it moves the record to <c>work/dead</c> and sends one apology.
/// Nothing here throws out of the service: a store that does not answer means "try again later".
/// </summary>
internal sealed class DurableWorkService(
    DurableBackgroundWorkQueue queue,
    IDocumentStore store,
    IServiceProvider services,
    IOptions<DurableWorkOptions> options,
    TimeProvider time,
    ILogger<DurableWorkService> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);
    private readonly DurableWorkOptions _options = options.Value;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([PollAsync(stoppingToken), .. Enumerable.Range(0, _options.Workers).Select(_ => DrainAsync(stoppingToken))]);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (queue.UnsavedCount is > 0 and var unsaved)
        {
            Log.WorkLostAtStop(logger, unsaved);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var lastScan = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (time.GetUtcNow() - lastScan >= _options.PollInterval)
                {
                    lastScan = time.GetUtcNow();
                    await TryScanAsync(stoppingToken);
                }

                queue.ReleaseDue(time.GetUtcNow());
                await Task.Delay(_options.PollInterval < Tick ? _options.PollInterval : Tick, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; stored work waits for the next start.
        }
    }

    private async Task TryScanAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await queue.ScanAsync(stoppingToken) is > 0 and var found)
            {
                Log.WorkFound(logger, found);
            }

            await queue.PurgeDeadAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Log.WorkStoreFailed(logger, ex.GetType().Name, "(listing)");
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var ticket in queue.Ready.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(ticket, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.WorkStoreFailed(logger, ex.GetType().Name, ticket.Id);
                    queue.Later(ticket, _options.PollInterval);
                }
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what ran keeps its record for the next start (its lease was given back).
        }
    }

    private async Task RunAsync(WorkTicket ticket, CancellationToken stoppingToken)
    {
        if (ticket.Unsaved is { } unsaved)
        {
            if (!await queue.TryCreateAsync(unsaved, _options.EnqueueTimeout, stoppingToken))
            {
                await RunInMemoryAsync(ticket, unsaved, stoppingToken);
                return;
            }

            Log.WorkSaved(logger, unsaved.Id);
            ticket = ticket with { Unsaved = null };
        }

        await RunStoredAsync(ticket, stoppingToken);
    }

    /// <summary>The store is down: run the work anyway (it may not need the store); a failure waits its backoff in memory.</summary>
    private async Task RunInMemoryAsync(WorkTicket ticket, DurableWorkRecord record, CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(record.Item, stoppingToken);
            queue.Forget(ticket.Id);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            var wait = _options.BackoffAfter(record.Attempts + 1);
            var failed = record.Failed(ex, time.GetUtcNow() + wait);
            Log.WorkAttemptFailed(logger, LoggedException.Of(ex), record.Item.Kind, record.Id, failed.Attempts, wait.TotalMilliseconds);
            if (failed.Attempts >= _options.MaxAttempts)
            {
                Log.WorkGaveUp(logger, record.Item.Kind, record.Id, failed.Attempts);
                queue.Forget(ticket.Id);
                await ApologizeAsync(record.Item, stoppingToken);
                return;
            }

            queue.Later(ticket with { Unsaved = failed }, wait);
        }
    }

    private async Task RunStoredAsync(WorkTicket ticket, CancellationToken stoppingToken)
    {
        var key = DurableBackgroundWorkQueue.KeyOf(ticket.Id);
        var document = await store.ReadAsync(key, stoppingToken);
        if (document is null || DurableBackgroundWorkQueue.Deserialize(document.Content) is not { } record)
        {
            // Done by another instance meanwhile (or not a record at all: left for inspection, never run).
            queue.Forget(ticket.Id);
            return;
        }

        var now = time.GetUtcNow();
        if (record.NextAttemptAt > now || record.IsLeasedByOther(queue.InstanceId, now))
        {
            queue.Later(ticket, (record.NextAttemptAt > now ? record.NextAttemptAt : record.LeaseUntil!.Value) - now);
            return;
        }

        var leased = record.Leased(queue.InstanceId, now + _options.LeaseDuration);
        if (await store.TryWriteAsync(key, DurableBackgroundWorkQueue.Serialize(leased), WriteCondition.Match(document.ETag), stoppingToken) is not { } etag)
        {
            // Another instance leased it first: look again later; it is gone by then if that run succeeded.
            queue.Later(ticket, _options.PollInterval);
            return;
        }

        await RunLeasedAsync(ticket, new WorkLease(store, time, _options.LeaseDuration, queue.InstanceId, leased, etag), stoppingToken);
    }

    private async Task RunLeasedAsync(WorkTicket ticket, WorkLease lease, CancellationToken stoppingToken)
    {
        Exception? failure = null;
        var stopped = false;
        using (var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            var keeping = lease.KeepAsync(running.Token);
            try
            {
                await ProcessAsync(lease.Record.Item, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                failure = ex;
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                stopped = true;
            }
            finally
            {
                await running.CancelAsync();
                await keeping;
            }
        }

        if (stopped)
        {
            await TryReleaseAsync(lease);
            return;
        }

        if (failure is null)
        {
            await store.DeleteAsync(DurableBackgroundWorkQueue.KeyOf(ticket.Id), stoppingToken);
            queue.Forget(ticket.Id);
            Log.WorkDone(logger, lease.Record.Item.Kind, ticket.Id, lease.Record.Attempts + 1);
            return;
        }

        await FailedAsync(ticket, lease, failure, stoppingToken);
    }

    private async Task FailedAsync(WorkTicket ticket, WorkLease lease, Exception failure, CancellationToken stoppingToken)
    {
        var wait = _options.BackoffAfter(lease.Record.Attempts + 1);
        var failed = lease.Record.Failed(failure, time.GetUtcNow() + wait);
        Log.WorkAttemptFailed(logger, LoggedException.Of(failure), failed.Item.Kind, ticket.Id, failed.Attempts, wait.TotalMilliseconds);
        if (failed.Attempts < _options.MaxAttempts)
        {
            // If this write fails, the lease (ours) runs out and the next look runs the work again.
            await store.TryWriteAsync(DurableBackgroundWorkQueue.KeyOf(ticket.Id), DurableBackgroundWorkQueue.Serialize(failed), WriteCondition.Match(lease.ETag), stoppingToken);
            queue.Later(ticket, wait);
            return;
        }

        // Kept for inspection under work/dead; removed from the pending work before the user hears of it, so that a
        // crash in between gives one more attempt rather than a second apology.
        await store.TryWriteAsync(DurableBackgroundWorkQueue.DeadKeyOf(ticket.Id), DurableBackgroundWorkQueue.Serialize(failed), WriteCondition.None, stoppingToken);
        await store.DeleteAsync(DurableBackgroundWorkQueue.KeyOf(ticket.Id), stoppingToken);
        queue.Forget(ticket.Id);
        Log.WorkGaveUp(logger, failed.Item.Kind, ticket.Id, failed.Attempts);
        await ApologizeAsync(failed.Item, stoppingToken);
    }

    /// <summary>Gives the lease back at shutdown, so that the next start (or another instance) need not wait for it to run out.</summary>
    private async Task TryReleaseAsync(WorkLease lease)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await store.TryWriteAsync(
                DurableBackgroundWorkQueue.KeyOf(lease.Record.Id), DurableBackgroundWorkQueue.Serialize(lease.Record.Released()), WriteCondition.Match(lease.ETag), timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.WorkStoreFailed(logger, ex.GetType().Name, lease.Record.Id);
        }
    }

    private async Task ProcessAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BackgroundWorkProcessor>().RunAsync(item, cancellationToken);
    }

    private async Task ApologizeAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BackgroundWorkProcessor>().ApologizeAsync(item, cancellationToken);
    }
}
