using System.Globalization;

namespace TeamsBot.Bench;

/// <summary>One request as measured: milliseconds from its scheduled send time to the end of the response; the error, if any.</summary>
internal readonly record struct LoadSample(LoadKind Kind, double Milliseconds, string? Error);

/// <summary>Latency percentiles and outcomes of one kind of request (or of several together).</summary>
internal sealed record LoadStats(string Name, int Count, int Errors, double P50, double P95, double P99, double Max)
{
    public static LoadStats Of(string name, IEnumerable<LoadSample> samples)
    {
        var list = samples.ToList();
        var sorted = list.Select(s => s.Milliseconds).Order().ToArray();
        return new LoadStats(name, list.Count, list.Count(s => s.Error is not null),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    /// <summary>The nearest-rank percentile (0 for no samples).</summary>
    public static double Percentile(double[] sorted, double quantile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(sorted.Length * quantile) - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>Phase 1: the mixed traffic at a fixed rate.</summary>
internal sealed record LoadTrafficResult(
    IReadOnlyList<LoadStats> Kinds,
    LoadStats Commands,
    LoadStats Overall,
    double AchievedRate,
    long ConnectorPosts,
    long Apologies,
    IReadOnlyList<string> FirstErrors)
{
    public int Errors => Overall.Errors + (int)Apologies;

    public void Print(TextWriter output, LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        output.WriteLine(Invariant($"phase 1: {settings.Rate} requests/s for {settings.Duration.TotalSeconds:0} s, open loop (latency from each request's scheduled send time)"));
        output.WriteLine(Invariant($"  {"kind",-20} {"count",7} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}"));
        foreach (var stats in Kinds.Append(Commands).Append(Overall))
        {
            output.WriteLine(Invariant($"  {stats.Name,-20} {stats.Count,7} {stats.Errors,7} {stats.P50,8:0.0} {stats.P95,8:0.0} {stats.P99,8:0.0} {stats.Max,8:0.0}"));
        }

        output.WriteLine(Invariant($"  achieved {AchievedRate:0.0} requests/s; connector POSTs received {ConnectorPosts}; apologies {Apologies}"));
        foreach (var error in FirstErrors)
        {
            output.WriteLine("  error: " + error);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Phase 2: a burst of uploads and their review cards.</summary>
internal sealed record LoadUploadResult(
    int Uploads,
    int Processed,
    int AckErrors,
    long Apologies,
    double TimeToLastCardSeconds,
    double AckP50,
    double AckP99,
    double CardP50,
    double CardP99)
{
    public int Lost => Uploads - Processed;

    public int Errors => AckErrors + (int)Apologies;

    public void Print(TextWriter output, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Invariant($"phase 2: {Uploads} minutes uploads in {window.TotalSeconds:0} s (pasted and personal files, each a distinct meeting)"));
        output.WriteLine(Invariant($"  uploads {Uploads}, processed {Processed}, lost {Lost}, time to last card {TimeToLastCardSeconds:0.0} s"));
        output.WriteLine(Invariant($"  ack p50 {AckP50:0.0} ms, p99 {AckP99:0.0} ms; time to card p50 {CardP50:0} ms, p99 {CardP99:0} ms; errors {Errors}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Both phases, the goals of the Hardening issue, and the printed report.</summary>
internal sealed record LoadResult(LoadTrafficResult Traffic, LoadUploadResult Uploads)
{
    public const double CommandP99GoalMilliseconds = 100;

    public bool CommandsFastEnough => Traffic.Commands.P99 < CommandP99GoalMilliseconds;

    public int Errors => Traffic.Errors + Uploads.Errors;

    public bool Passed => Errors == 0 && CommandsFastEnough && Uploads.Lost == 0;

    public void PrintGoals(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Verdict(Errors == 0, Invariant($"no errors ({Errors})")));
        output.WriteLine(Verdict(CommandsFastEnough, Invariant($"command p99 {Traffic.Commands.P99:0.0} ms < {CommandP99GoalMilliseconds:0} ms")));
        output.WriteLine(Verdict(Uploads.Lost == 0, Invariant($"every upload processed ({Uploads.Processed}/{Uploads.Uploads}, lost {Uploads.Lost})")));
    }

    private static string Verdict(bool passed, string goal) => (passed ? "PASS " : "FAIL ") + goal;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
