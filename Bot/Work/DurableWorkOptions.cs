using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Work;

/// <summary>
/// The <c>BackgroundWork</c> section: how queued work (reading minutes) is retried and shared between instances.
/// A failed attempt waits <see cref="FirstBackoff"/>, then twice as long each time, at most <see cref="MaxBackoff"/>;
/// after <see cref="MaxAttempts"/> attempts the user gets one apology and the record is kept under <c>work/dead</c>.
/// </summary>
public sealed class DurableWorkOptions
{
    public const string Section = "BackgroundWork";

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "06:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one instance holds an item it runs; renewed while it runs, so a crash frees it after at most this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the store is looked at for work of other (or crashed) instances and for retries that came due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the acknowledgement of an activity waits for the store before it keeps the work in memory instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan EnqueueTimeout { get; set; } = TimeSpan.FromSeconds(4);

    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>How long given-up work (it may hold pasted minutes) stays under <c>work/dead</c> for inspection before it is deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan DeadRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan BackoffAfter(int attempts)
    {
        var exponential = FirstBackoff.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var jitter = 1 + ((Random.Shared.NextDouble() - 0.5) * 0.2);
        return TimeSpan.FromMilliseconds(Math.Min(exponential, MaxBackoff.TotalMilliseconds) * jitter);
    }
}
