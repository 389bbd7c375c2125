using System.Diagnostics.Metrics;
using TeamsBot.Texts;

namespace TeamsBot.Telemetry;

/// <summary>
/// The bot's counters. Tags are limited to a few closed sets (file format, language, card kind, failure reason),
/// so that no file name, person, team or text can reach the telemetry.
/// </summary>
public sealed class BotMetrics
{
    private static readonly string[] Formats = ["docx", "pdf", "md", "txt", "html", "htm"];
    private static readonly string[] Languages = [.. TextTables.BuiltIn.Select(t => t.Code)];

    private readonly Counter<long> _minutesRead;
    private readonly Counter<long> _itemsExtracted;
    private readonly Counter<long> _cardsSent;
    private readonly Counter<long> _remindersSent;
    private readonly Counter<long> _remindersFailed;
    private readonly Counter<long> _connectorThrottled;
    private Func<long> _queueDepth = () => 0;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(BotTelemetry.MeterName);
        _minutesRead = meter.CreateCounter<long>("teamsbot.minutes.read", "{file}", "Minutes files read");
        _itemsExtracted = meter.CreateCounter<long>("teamsbot.items.extracted", "{item}", "Decisions and action items extracted");
        _cardsSent = meter.CreateCounter<long>("teamsbot.cards.sent", "{card}", "Adaptive Cards sent to Teams");
        _remindersSent = meter.CreateCounter<long>("teamsbot.reminders.sent", "{reminder}", "Reminders delivered");
        _remindersFailed = meter.CreateCounter<long>("teamsbot.reminders.failed", "{reminder}", "Reminders that could not be delivered");
        _connectorThrottled = meter.CreateCounter<long>("teamsbot.connector.throttled", "{response}", "429 responses from the Bot Connector service");
        meter.CreateObservableGauge("teamsbot.queue.depth", () => _queueDepth(), "{item}", "Work waiting to be done (reminders, files to read)");
    }

    /// <summary>The callback the queue-depth gauge reads when metrics are collected.</summary>
    public void ObserveQueueDepth(Func<long> depth) => _queueDepth = depth ?? throw new ArgumentNullException(nameof(depth));

    /// <summary>One minutes file read; only its extension is kept, and only if it is a known format.</summary>
    public void MinutesRead(string fileName, string language) =>
        _minutesRead.Add(1, new("format", Format(fileName)), new("language", Language(language)));

    public void ItemsExtracted(int decisions, int actionItems, string language)
    {
        _itemsExtracted.Add(decisions, new("kind", "decision"), new("language", Language(language)));
        _itemsExtracted.Add(actionItems, new("kind", "action"), new("language", Language(language)));
    }

    public void CardSent(CardKind kind) => _cardsSent.Add(1, new KeyValuePair<string, object?>("card", kind.ToString()));

    public void ReminderSent() => _remindersSent.Add(1);

    public void ReminderFailed(ReminderFailure reason) => _remindersFailed.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void ConnectorThrottled() => _connectorThrottled.Add(1);

    private static string Format(string fileName) => Known(Formats, Path.GetExtension(fileName).TrimStart('.'));

    private static string Language(string language) => Known(Languages, language);

    /// <summary>The value as spelled in the closed set, or "other": never the caller's own text.</summary>
    private static string Known(string[] values, string value) =>
        values.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ?? "other";
}

/// <summary>The kinds of card the bot sends, as a metric tag.</summary>
public enum CardKind
{
    Summary,
    MyActions,
    TeamActions,
    Reminder,
    Help,
    Settings,
}

/// <summary>Why a reminder was not delivered, as a metric tag.</summary>
public enum ReminderFailure
{
    Throttled,
    BotRemoved,
    ConnectorError,
    Other,
}
