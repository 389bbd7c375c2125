using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TeamsBot.Tests.Hardening;

/// <summary>A logger provider that keeps every entry at every level: the message, its structured values and its exception chain.</summary>
internal sealed class PrivacyLogCapture : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Capturing(PrivacyLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            for (var e = exception; e is not null; e = e.InnerException)
            {
                parts.Add(e.GetType().Name + ": " + e.Message);
            }

            owner.Entries.Enqueue((logLevel, category, string.Join(" | ", parts)));
        }
    }
}
