using System.Collections.Concurrent;
using System.Diagnostics;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// The real Bot.dll from the test's output folder as a child process on a free loopback port, in local mode
/// (no token checks) on a file-system store in <c>folder</c>, started and waited for until /healthz answers.
/// <see cref="KillAsync"/> ends the whole process tree at once, as a crash or an OOM kill would; disposing does the same
/// for a process still running, so that no test leaves one behind.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private const int OutputLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The last lines the process wrote (stdout and stderr), for a failing assertion's message.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the bot on <paramref name="folder"/> with these extra settings (environment variables) and waits until it is healthy.</summary>
    public static async Task<BotProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Bot__Authentication"] = "None",
            ["Bot__AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot__TenantId"] = "tenant",
            ["Storage__Folder"] = folder,
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var bot = new BotProcess(Process.Start(start)!, port);
        bot._process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        bot._process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        if (!await bot.WaitHealthyAsync())
        {
            await bot.DisposeAsync();
            Assert.Fail("the bot did not start: " + bot.Output);
        }

        return bot;
    }

    /// <summary>Ends the process and everything it started, without warning, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task<bool> WaitHealthyAsync()
    {
        using var http = new HttpClient();
        return await DurableQueueTests.WaitUntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                return false;
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/healthz"));
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, seconds: 30);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLines && _output.TryDequeue(out _))
        {
        }
    }
}
