using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.EndToEnd;

/// <summary>
/// The real Bot.dll in local mode (file-system store in a temp folder, loopback) and the Agents Playground pointed at
/// it, kept on loopback by the preload. Disposing kills both process trees and deletes the store.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _storage = Directory.CreateTempSubdirectory("e2e-store-");
    private readonly StringBuilder _botLog = new();
    private readonly StringBuilder _playgroundLog = new();
    private readonly List<Process> _processes = [];

    public Uri PlaygroundUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<PlaygroundSession> StartAsync()
    {
        var session = new PlaygroundSession();
        try
        {
            await session.StartBothAsync();
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public string BotLog
    {
        get
        {
            lock (_botLog)
            {
                return _botLog.ToString();
            }
        }
    }

    public string PlaygroundLog
    {
        get
        {
            lock (_playgroundLog)
            {
                return _playgroundLog.ToString();
            }
        }
    }

    private async Task StartBothAsync()
    {
        var botPort = LoopbackPorts.Free();
        var playgroundPort = LoopbackPorts.Free();
        var bot = Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "Bot.dll"), "--urls", $"http://127.0.0.1:{botPort}"], _botLog, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Bot__Authentication"] = "None",
            ["Bot__AppId"] = "00000000-0000-0000-0000-00000000000b",
            ["Bot__TenantId"] = "00000000-0000-0000-0000-0000000000001",
            ["Storage__Provider"] = "FileSystem",
            ["Storage__Folder"] = _storage.FullName,
        }, AppContext.BaseDirectory);
        await WaitForLogAsync(bot, _botLog, "Now listening on");

        var playground = Start("node",
            [
                "-r", Path.Combine(NodeTools.SourceDirectory, "Tools", "force-localhost.js"),
                NodeTools.PackageFile("@microsoft/m365agentsplayground", "cli.js"),
                "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "--disable-telemetry",
                "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--service-url", $"http://127.0.0.1:{playgroundPort}/_connector",
            ],
            _playgroundLog,
            new Dictionary<string, string>(),
            _storage.FullName); // the Playground writes devTools/m365agentsplayground.log where it runs
        await WaitForLogAsync(playground, _playgroundLog, $"Listening on {playgroundPort}");
        PlaygroundUrl = new Uri($"http://127.0.0.1:{playgroundPort}/");
    }

    private Process Start(string fileName, string[] args, StringBuilder log, Dictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        _processes.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForLogAsync(Process process, StringBuilder log, string line)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            lock (log)
            {
                if (log.ToString().Contains(line, StringComparison.Ordinal))
                {
                    return;
                }
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        lock (log)
        {
            throw new InvalidOperationException($"{process.StartInfo.FileName} did not print '{line}' within {StartTimeout.TotalSeconds} s:\n{log}");
        }
    }


    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            finally
            {
                process.Dispose();
            }
        }

        _storage.Delete(recursive: true);
    }
}
