using System.Collections.Concurrent;

namespace TeamsBot.Teams;

/// <summary>
/// Remembers the activities already taken, so that one Teams re-sends (same id, after ~15 s, or again ~30 s later)
/// is handled once. In memory: enough for one instance; several instances need a shared store.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _sinceSweep;

    /// <summary>True the first time an activity is seen (handle it); false for a re-send. Activities without id always pass.</summary>
    public bool TryBegin(Activity activity)
    {
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
            return true;
        }

        if (_seen.TryGetValue(key, out var seenAt) && now - seenAt > Retention)
        {
            return _seen.TryUpdate(key, now, seenAt);
        }

        return false;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, seenAt) in _seen)
        {
            if (now - seenAt > Retention)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
