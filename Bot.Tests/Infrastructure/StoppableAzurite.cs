using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// An Azurite blob service of one test that the test stops and starts again: on disk in its own temp folder (so the
/// data survives a restart), on one free loopback port kept across restarts. Dispose stops it and removes the folder.
/// </summary>
public sealed class StoppableAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("azurite-");
    private readonly int _port = LoopbackPorts.Free();
    private Process? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{_port}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            NodeTools.PackageFile("azurite", "dist", "src", "blob", "main.js"),
            "--blobHost", "127.0.0.1", "--blobPort", _port.ToString(CultureInfo.InvariantCulture),
            "--location", _folder.FullName, "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var service = new BlobServiceClient(ConnectionString, new BlobClientOptions { Retry = { MaxRetries = 0 } });
        for (var i = 0; ; i++)
        {
            try
            {
                await service.GetPropertiesAsync();
                return;
            }
            catch (Exception) when (i < 300 && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            // SIGTERM first: Azurite writes its metadata to the folder on a clean stop (a kill loses the containers).
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Delete(recursive: true);
    }

}
