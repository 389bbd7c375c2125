using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Samples;
using TeamsBot.Teams;

namespace TeamsBot.Bench;

/// <summary>
/// <c>bench messages</c>: small "help" messages through the whole pipeline over loopback HTTP: JWT validation
/// against local metadata, endorsement and serviceUrl checks, de-dup, dispatch, and the reply posted to a stub
/// connector. Reports throughput and latency under load, then p99 at a steady 200 requests/s. With
/// <c>--storage-down</c> the store is Azure Blob on a loopback port that refuses connections (Azurite stopped) and only
/// the paced run is made, of "help", "mijn acties" and pasted minutes in turn: every answer should come within 2 s.
/// </summary>
internal static class MessagesBench
{
    internal const string AppId = "00000000-0000-0000-0000-0000000be0c4";

    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Activities in the throughput run.", DefaultValueFactory = _ => 10_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight in the throughput run.", DefaultValueFactory = _ => 16 };
        var rate = new Option<int>("--rate") { Description = "Requests per second in the paced run.", DefaultValueFactory = _ => 200 };
        var storageDown = new Option<bool>("--storage-down")
        {
            Description = "Blob storage that refuses connections (Azurite stopped): only the paced run, of help, 'mijn acties' and pasted minutes.",
        };
        var outageBreak = new Option<TimeSpan?>("--outage-break")
        {
            Description = "With --storage-down: Storage:OutageBreak for the run (default as configured, 10 s; 00:00:00 = every request waits its timeout).",
        };
        var hostile = new Option<bool>("--hostile")
        {
            Description = "Four hostile uploads at once (PDF flate bombs, .docx just under the limits) while 'help' is sent at --help-rate: help latency, peak memory, the answers.",
        };
        var helpRate = new Option<int>("--help-rate") { Description = "With --hostile: 'help' messages per second.", DefaultValueFactory = _ => 50 };
        var command = new Command("messages", "Measure POST /api/messages end to end (auth on, stub connector on loopback).")
        {
            count, concurrency, rate, storageDown, outageBreak, hostile, helpRate,
        };
        command.SetAction((parse, token) =>
            parse.GetValue(hostile) ? HostileUploadsBench.RunAsync(Math.Max(1, parse.GetValue(helpRate)), token)
            : parse.GetValue(storageDown) ? StorageDownAsync(Math.Max(1, parse.GetValue(rate)), parse.GetValue(outageBreak), token)
            : RunAsync(Math.Max(100, parse.GetValue(count)), Math.Max(1, parse.GetValue(concurrency)), Math.Max(1, parse.GetValue(rate)), token));
        return command;
    }

    internal static string[] Arguments(LoopbackBotFramework botFramework, params string[] more) =>
    [
        "--environment=Production", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
        $"--Bot:AppId={AppId}", "--Bot:TenantId=bench-tenant", "--Bot:Credential:ClientSecret=unused-on-loopback",
        $"--Bot:OpenIdMetadataUrl={botFramework.MetadataUrl.AbsoluteUri}", .. more,
    ];

    private static async Task<int> RunAsync(int count, int concurrency, int rate, CancellationToken cancellationToken)
    {
        await using var botFramework = await LoopbackBotFramework.StartAsync();
        await using var app = WebHost.Build(Arguments(botFramework));
        await app.StartAsync(cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(app.Urls.First()) };
        var token = botFramework.CreateToken(AppId, botFramework.ServiceUrl, TimeProvider.System.GetUtcNow());
        var template = Template(botFramework.ServiceUrl);

        await LoadAsync(http, token, template, 1000, concurrency, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var load = await LoadAsync(http, token, template, count, concurrency, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Report($"throughput run: {count} activities, {concurrency} in flight", load, $"{count / seconds:0} activities/s");

        var paced = await PacedAsync(http, token, template, rate, rate * 10, cancellationToken);
        Report($"paced run: {rate} requests/s for 10 s", paced, "goal p99 < 50 ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replies received by the stub connector: {botFramework.Received.Count}; processors: {Environment.ProcessorCount}"));
        await app.StopAsync(cancellationToken);
        return 0;
    }

    /// <summary>
    /// The store down for the whole run: the Storage:RequestTimeout bounds each answer, the storage client's own retries
    /// (Storage:MaxRetries, 3) and the queue's enqueue wait stay as configured in production. After the first cut the
    /// outage breaker (Storage:OutageBreak) lets requests answer without waiting, but for one probe per break.
    /// </summary>
    private static async Task<int> StorageDownAsync(int rate, TimeSpan? outageBreak, CancellationToken cancellationToken)
    {
        await using var botFramework = await LoopbackBotFramework.StartAsync();
        var refused = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        refused.Start();
        var port = ((System.Net.IPEndPoint)refused.LocalEndpoint).Port;
        refused.Stop();
        string[] storage =
        [
            "--Storage:Provider=AzureBlob", "--Logging:LogLevel:TeamsBot=Error",
            $"--Storage:ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Convert.ToBase64String(new byte[64])};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            .. outageBreak is { } pause ? [string.Create(CultureInfo.InvariantCulture, $"--Storage:OutageBreak={pause:c}")] : Array.Empty<string>(),
        ];
        await using var app = WebHost.Build(Arguments(botFramework, storage));
        await app.StartAsync(cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(app.Urls.First()) };
        var token = botFramework.CreateToken(AppId, botFramework.ServiceUrl, TimeProvider.System.GetUtcNow());
        var pasted = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        JsonNode[] templates = [Template(botFramework.ServiceUrl), Template(botFramework.ServiceUrl, "mijn acties", "nl-NL"), Template(botFramework.ServiceUrl, pasted, "nl-NL")];

        await LoadAsync(http, token, templates[0], 20, 4, cancellationToken);
        var start = Stopwatch.GetTimestamp();
        var count = rate * 10;
        var sends = new List<Task<double>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, TimeProvider.System, cancellationToken);
            }

            sends.Add(SendAsync(http, token, templates[i % templates.Length], cancellationToken));
        }

        var latencies = await Task.WhenAll(sends);
        Report($"storage down: {rate} requests/s for 10 s (help, mijn acties, pasted minutes)", latencies, "goal: every answer < 2 s");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replies received by the stub connector: {botFramework.Received.Count}; processors: {Environment.ProcessorCount}"));
        await app.StopAsync(cancellationToken);
        return 0;
    }

    private static async Task<double[]> LoadAsync(HttpClient http, string token, JsonNode template, int count, int concurrency, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                latencies[i] = await SendAsync(http, token, template, cancellationToken);
            }
        }));
        return latencies;
    }

    private static async Task<double[]> PacedAsync(HttpClient http, string token, JsonNode template, int rate, int count, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var sends = new List<Task<double>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, TimeProvider.System, cancellationToken);
            }

            sends.Add(SendAsync(http, token, template, cancellationToken));
        }

        return await Task.WhenAll(sends);
    }

    private static async Task<double> SendAsync(HttpClient http, string token, JsonNode template, CancellationToken cancellationToken)
    {
        var activity = template.DeepClone();
        activity["id"] = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}");
        }

        return elapsed;
    }

    internal static JsonObject Template(string serviceUrl, string text = "help", string locale = "en-US") => new()
    {
        ["type"] = ActivityTypes.Message,
        ["text"] = text,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = "29:bench-user", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "Bench Bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:bench-conversation", ["conversationType"] = "personal", ["tenantId"] = "bench-tenant" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "bench-tenant" } },
    };

    private static void Report(string name, double[] latencies, string extra)
    {
        Array.Sort(latencies);
        double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * q))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {At(0.50):0.00} ms, p99 {At(0.99):0.00} ms, max {latencies[^1]:0.00} ms; {extra}"));
    }
}
