using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TeamsBot.Bench;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Samples;

namespace TeamsBot.Cli;

/// <summary>
/// <c>bench</c>: how fast the bot reads and extracts minutes, on the bundled sample in each format and on a
/// 1 MB document made of the sample repeated. Prints medians after warm-up, and memory.
/// </summary>
internal static class BenchCommand
{
    private const int WarmUpRuns = 50;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);
    private const int SettleWindow = 20;
    private const double SettledShare = 0.97;
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(10);

    public static Command Create()
    {
        var iterations = new Option<int>("--iterations") { Description = "Timed runs per measurement (after warm-up).", DefaultValueFactory = _ => 50 };
        var command = new Command("bench", "Measure reading and extraction speed and memory on the bundled sample minutes.") { iterations };
        command.SetAction(parse => Run(Math.Max(3, parse.GetValue(iterations))));
        command.Subcommands.Add(StoreBench.Create());
        command.Subcommands.Add(MessagesBench.Create());
        command.Subcommands.Add(FanOutBench.Create());
        command.Subcommands.Add(LoadBench.Create());
        command.Subcommands.Add(DocumentBench.Create());
        return command;
    }

    private static int Run(int iterations)
    {
        var reader = new MinutesReader();
        var markdown = SampleMinutes.Bytes(".md");

        // The learned judgement is loaded once per process; its load is timed cold, on the first use.
        var load = Stopwatch.StartNew();
        var model = Extraction.Learning.ItemModel.Default;
        load.Stop();
        long modelBytes;
        using (var resource = typeof(Extraction.Learning.ItemModel).Assembly.GetManifestResourceStream(Extraction.Learning.ItemModel.ResourceName))
        {
            modelBytes = resource?.Length ?? 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"item model: {modelBytes / 1024.0:0} KB, {model}; loaded in {load.Elapsed.TotalMilliseconds:0.0} ms"));
        Console.WriteLine($"{"measurement",-44} {"size",9} {"median",10} {"p90",10}");
        foreach (var extension in new[] { ".md", ".docx", ".pdf" })
        {
            var bytes = SampleMinutes.Bytes(extension);
            try
            {
                Report($"read {extension}", bytes.Length, Time(iterations, () => reader.Read(bytes, SampleMinutes.Name + extension)));
            }
            catch (UnreadableMinutesException ex)
            {
                Console.WriteLine($"read {extension}: {ex.Message}");
            }
        }

        var sample = reader.Read(markdown, SampleMinutes.FileName);
        var first = Stopwatch.StartNew();
        MinutesExtractor.Extract(sample);
        Report("extract (sample, first in the process)", markdown.Length, [first.Elapsed.TotalMilliseconds]);
        Report("extract (sample, already read)", markdown.Length, Time(iterations, () => MinutesExtractor.Extract(sample)));

        foreach (var kilobytes in new[] { 256, 512, 1024 })
        {
            var large = Repeated(markdown, kilobytes * 1024);
            Report($"read + extract ({kilobytes} KB)", large.Length, Time(Math.Max(3, iterations / 10), () => MinutesExtractor.Extract(reader.Read(large, "large.md"))));
        }

        var oneMegabyte = Repeated(markdown, 1024 * 1024);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = MinutesExtractor.Extract(reader.Read(oneMegabyte, "large.md"));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine();
        Console.WriteLine($"1 MB document: {result.Decisions.Count} decisions, {result.ActionItems.Count} action items; " +
            $"allocated {allocated / 1048576.0:0.0} MB during one read + extract; process peak working set {process.PeakWorkingSet64 / 1048576.0:0.0} MB; " +
            $"managed heap after {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:0.0} MB");
        return 0;
    }

    private static byte[] Repeated(byte[] sample, int size)
    {
        var text = new StringBuilder();
        var one = Encoding.UTF8.GetString(sample);
        while (text.Length < size)
        {
            text.Append(one).Append("\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static double[] Time(int iterations, Action action)
    {
        // Warm up until the JIT has settled: tiered compilation promotes hot code to optimised code in the background, and
        // for the sample extract that takes a hundred calls or more. After the first runs, windows of runs are timed until
        // a window is no faster than the one before (within 3%), as long as another window fits in the warm-up time.
        var warmUp = Stopwatch.GetTimestamp();
        var runs = 0;
        for (; runs < WarmUpRuns && Stopwatch.GetElapsedTime(warmUp) < WarmUpTime; runs++)
        {
            action();
        }

        var previous = double.MaxValue;
        var window = new double[SettleWindow];
        while (true)
        {
            var spent = Stopwatch.GetElapsedTime(warmUp);
            if (spent + (spent / runs * SettleWindow) > SettleTime)
            {
                break;
            }

            var median = Run(action, window);
            runs += SettleWindow;
            if (median >= previous * SettledShare)
            {
                break;
            }

            previous = median;
        }

        var times = new double[iterations];
        Run(action, times);
        return times;
    }

    /// <summary>Times <paramref name="action"/> once per slot of <paramref name="times"/>, sorts them and returns the median.</summary>
    private static double Run(Action action, double[] times)
    {
        for (var i = 0; i < times.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[times.Length / 2];
    }

    private static void Report(string name, int bytes, double[] sorted)
    {
        var size = bytes >= 1024 * 1024 ? $"{bytes / 1048576.0:0.0} MB" : $"{bytes / 1024.0:0.0} KB";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} {size,9} {sorted[sorted.Length / 2],7:0.00} ms {sorted[(int)(sorted.Length * 0.9)],7:0.00} ms"));
    }
}
