namespace TeamsBot.Teams;

/// <summary>Drains the in-process work queue with a few concurrent workers.</summary>
internal sealed class BackgroundWorkService(ChannelBackgroundWorkQueue queue, IServiceProvider services) : BackgroundService
{
    private const int Workers = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => DrainAsync(stoppingToken)));

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                using var scope = services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<BackgroundWorkProcessor>().ProcessAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: items still queued are lost with the process; a durable queue would keep them.
        }
    }
}
