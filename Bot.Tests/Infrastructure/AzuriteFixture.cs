using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Azurite (blob, queue and table) from Bot.Tests/node_modules, in memory, on free loopback ports, started once for
/// every test class of the <see cref="AzuriteGroup"/> and killed with its process tree afterwards.
/// Use: put <c>[Collection(AzuriteGroup.Name)]</c> on the class, take <see cref="AzuriteFixture"/> in the
/// constructor, and give each test its own container (<see cref="NewContainer"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly List<string> _output = [];
    private Process? _process;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>An account-key connection string for the blob and queue endpoints of this Azurite.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>A container no other test uses (created on first use by the stores; call CreateIfNotExists otherwise).</summary>
    public BlobContainerClient NewContainer() =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient("t" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var ports = FreePorts(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            NodeTools.PackageFile("azurite", "dist", "src", "azurite.js"),
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var service = new BlobServiceClient(ConnectionString);
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}: {string.Join('\n', Output())}");
            }

            try
            {
                await service.GetPropertiesAsync();
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or SocketException or IOException
                or AggregateException)
            {
                if (started.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"Azurite did not answer on port {BlobPort} within {StartTimeout.TotalSeconds} s: {string.Join('\n', Output())}", ex);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
            }
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private List<string> Output()
    {
        lock (_output)
        {
            return [.. _output.TakeLast(20)];
        }
    }

    /// <summary>Ports the system hands out as free; all held open together so that they differ.</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}

/// <summary>The test classes that share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
