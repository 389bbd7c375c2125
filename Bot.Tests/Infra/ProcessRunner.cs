using System.Diagnostics;

namespace TeamsBot.Tests.Infra;

/// <summary>Runs a program to its end (the real Bot.dll, the Bicep CLI) and gives back its exit code and output.</summary>
public static class ProcessRunner
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
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
}
