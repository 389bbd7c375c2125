using System.Threading.Channels;
using TeamsBot.Telemetry;

namespace TeamsBot.Teams;

/// <summary>An in-process, bounded queue of background work; full means callers wait (back-pressure, nothing dropped).</summary>
internal sealed class ChannelBackgroundWorkQueue : IBackgroundWorkQueue
{
    private readonly Channel<BackgroundWorkItem> _channel =
        Channel.CreateBounded<BackgroundWorkItem>(new BoundedChannelOptions(1000) { SingleReader = false, FullMode = BoundedChannelFullMode.Wait });

    public ChannelBackgroundWorkQueue(BotMetrics? metrics = null) => metrics?.ObserveQueueDepth(() => _channel.Reader.Count);

    public ChannelReader<BackgroundWorkItem> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(BackgroundWorkItem item, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(item, cancellationToken);
}
