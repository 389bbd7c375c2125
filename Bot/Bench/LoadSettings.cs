namespace TeamsBot.Bench;

/// <summary>How hard and how long <c>bench load</c> pushes; the defaults are the goals of the Hardening issue.</summary>
internal sealed record LoadSettings
{
    /// <summary>Requests per second of the mixed traffic (phase 1).</summary>
    public double Rate { get; init; } = 200;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Unmeasured traffic at the same rate first, so that the JIT and the pools have settled: on a busy 2-core machine
    /// the tiered compiler was still taking a third of the process's CPU 20-40 s after start.
    /// </summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Minutes uploads (phase 2), spread evenly over <see cref="UploadWindow"/>.</summary>
    public int Uploads { get; init; } = 50;

    public TimeSpan UploadWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long after the last upload a missing review card still counts as late rather than lost.</summary>
    public TimeSpan CardTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Meetings stored for each team before the traffic starts (their items get the button clicks).</summary>
    public int MeetingsPerTeam { get; init; } = 3;
}
