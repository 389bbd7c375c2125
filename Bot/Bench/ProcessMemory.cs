using System.Diagnostics;

namespace TeamsBot.Bench;

/// <summary>
/// This process's memory as the system counts it, for the benchmarks: the working set now, and its high-water mark,
/// which Linux can reset (<c>/proc/self/clear_refs</c>), so that a benchmark measures the peak of its own phase only.
/// </summary>
internal static class ProcessMemory
{
    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>The highest working set since the start, or since the last successful <see cref="ResetPeak"/>.</summary>
    public static long Peak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Sets the high-water mark to the working set now; false where the system does not allow it.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }
}
