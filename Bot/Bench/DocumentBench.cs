using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TeamsBot.Extraction;
using TeamsBot.Minutes;

namespace TeamsBot.Bench;

/// <summary>
/// <c>bench documents</c>: peak working set and time of reading and extracting each of <see cref="BenchDocuments"/>,
/// each in a fresh process (the peak of a process is only its own in a process of its own). <c>--measure FILE</c> is that
/// child: one read + extract, then one line.
/// </summary>
internal static class DocumentBench
{
    public static Command Create()
    {
        var folder = new Option<DirectoryInfo>("--out") { Description = "Where the documents are written.", DefaultValueFactory = _ => new DirectoryInfo("bench-documents") };
        var measure = new Option<FileInfo?>("--measure") { Description = "Measure this one file in this process (what each child does)." };
        var command = new Command("documents", "Peak memory and time of extract for hostile documents and 300 pages per format, each in its own process.") { folder, measure };
        command.SetAction(parse => parse.GetValue(measure) is { } file ? Measure(file) : Run(parse.GetValue(folder)!));
        return command;
    }

    private static int Run(DirectoryInfo folder)
    {
        folder.Create();
        Console.WriteLine($"{"input",-20} {"size",9} {"peak RSS",9} {"time",8}  outcome");
        foreach (var (fileName, create) in BenchDocuments.All())
        {
            var path = Path.Combine(folder.FullName, fileName);
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, create());
            }

            Console.WriteLine($"{fileName,-20} {MinutesReader.Size(new FileInfo(path).Length),9} {Child(path)}");
        }

        return 0;
    }

    private static string Child(string path)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(DocumentBench).Assembly.Location);
        }

        foreach (var argument in new[] { "bench", "documents", "--measure", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        return line;
    }

    private static int Measure(FileInfo file)
    {
        var started = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            var document = new MinutesReader(MinutesReaderOptions.FromConfiguration()).ReadFile(file.FullName);
            var result = MinutesExtractor.Extract(document);
            outcome = $"read: {document.Blocks.Count} blocks, {result.Decisions.Count} decisions, {result.ActionItems.Count} action items";
        }
        catch (UnreadableMinutesException ex)
        {
            outcome = "refused: " + ex.Message;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{process.PeakWorkingSet64 / 1048576.0,6:0} MB {elapsed.TotalSeconds,6:0.0} s  {outcome}"));
        return 0;
    }
}
