using System.Diagnostics;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>Runs a program to its end (the real Bot.dll, the Bicep CLI) and gives back its exit code and output.</summary>
public static class ProcessRunner
{
    public static Task<(int Exit, string Output, string Error)> RunAsync(string fileName, params string[] args) =>
        RunAsync(fileName, args, environment: null);

    public static async Task<(int Exit, string Output, string Error)> RunAsync(string fileName, string[] args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain, wide output, as the tests read it.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The real Bot.dll of this test build, as a user runs it.</summary>
    public static Task<(int Exit, string Output, string Error)> RunBotAsync(params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Bot.dll"), .. args]);

    public static Task<(int Exit, string Output, string Error)> RunBotAsync(string[] args, IReadOnlyDictionary<string, string> environment) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Bot.dll"), .. args], environment);
}
