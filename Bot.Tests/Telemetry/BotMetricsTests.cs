using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Telemetry;

namespace TeamsBot.Tests.Telemetry;

public sealed class BotMetricsTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, long Value, Dictionary<string, string?> Tags)> _measurements = [];

    public BotMetricsTests()
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        _services = services.BuildServiceProvider();
        Metrics = _services.GetRequiredService<BotMetrics>();
        var factory = _services.GetRequiredService<IMeterFactory>();

        // Only this test's meter: other tests may create their own BotMetrics at the same time.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
    }

    private BotMetrics Metrics { get; }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    [Fact]
    public void MinutesRead_CountsOneFile_TaggedWithFormatAndLanguageOnly()
    {
        Metrics.MinutesRead("Notulen stuurgroep Jan de Vries 2024-03-12.DOCX", "nl");

        var (_, value, tags) = Assert.Single(_measurements, m => m.Instrument == "teamsbot.minutes.read");
        Assert.Equal(1, value);
        Assert.Equal(new Dictionary<string, string?> { ["format"] = "docx", ["language"] = "nl" }, tags);
    }

    [Fact]
    public void Tags_NeverCarryTheCallersText()
    {
        Metrics.MinutesRead("Verslag van Anna Jansen.odt", "Anna Jansen");
        Metrics.ItemsExtracted(3, 5, "pieter@example.org");

        var values = _measurements.SelectMany(m => m.Tags.Values).ToList();
        Assert.All(values, v => Assert.Contains(v, new[] { "other", "decision", "action" }));
        Assert.Equal([3, 5], _measurements.Where(m => m.Instrument == "teamsbot.items.extracted").Select(m => m.Value));
    }

    [Fact]
    public void Counters_ForCardsRemindersAndThrottling_Increment()
    {
        Metrics.CardSent(CardKind.Reminder);
        Metrics.ReminderSent();
        Metrics.ReminderSent();
        Metrics.ReminderFailed(ReminderFailure.BotRemoved);
        Metrics.ConnectorThrottled();

        long Total(string name) => _measurements.Where(m => m.Instrument == name).Sum(m => m.Value);
        Assert.Equal(1, Total("teamsbot.cards.sent"));
        Assert.Equal(2, Total("teamsbot.reminders.sent"));
        Assert.Equal(1, Total("teamsbot.reminders.failed"));
        Assert.Equal(1, Total("teamsbot.connector.throttled"));
        Assert.Contains(_measurements, m => m.Tags.GetValueOrDefault("reason") == "BotRemoved");
    }

    [Fact]
    public void QueueDepth_ReadsTheCallbackWhenCollected()
    {
        var depth = 0L;
        Metrics.ObserveQueueDepth(() => depth);
        depth = 42;

        _listener.RecordObservableInstruments();

        Assert.Equal(42, Assert.Single(_measurements, m => m.Instrument == "teamsbot.queue.depth").Value);
    }
}
