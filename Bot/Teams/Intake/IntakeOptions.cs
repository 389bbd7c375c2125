using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Teams.Intake;

/// <summary>How minutes come in (section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>How often each team's Files tab is swept for new minutes (Graph delta).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest a download may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The memory that reading minutes may take at once, over all queued work (default 1 GB); each file counts with an
    /// estimate from its size and type, and work that does not fit waits its turn.
    /// </summary>
    [Range(16L * 1024 * 1024, 1L << 40)]
    public long ReadingMemoryBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>A pasted message counts as minutes from this many characters on (and a few lines).</summary>
    [Range(1, 100_000)]
    public int PastedMinimumLength { get; set; } = 400;
}
