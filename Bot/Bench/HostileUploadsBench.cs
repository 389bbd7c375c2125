using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Minutes;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;
using TeamsBot.Texts;

namespace TeamsBot.Bench;

/// <summary>
/// <c>bench messages --hostile</c>: the whole app on loopback as in production (signed tokens from
/// <see cref="LoopbackBotFramework"/>, a file-system store in a temporary folder) gets four hostile uploads in personal
/// chat at once, two 512 MiB flate-bomb PDFs and two .docx just under the expansion limits (<see cref="BenchDocuments"/>),
/// while "help" is sent at a steady rate. The files come from the stub's <c>/files/</c>: the bench routes the download
/// client's requests for its SharePoint host there, below the host check, so the bot downloads them as it would from
/// OneDrive. Two rounds: the first after the start (it also compiles the upload and reading code), then the measured
/// one. Prints what each upload was answered and when, help p50/p99 while the uploads were read, the process's peak
/// working set in each round and the most the reading gate admitted; PASS/FAIL per goal, exit code 1 on a miss.
/// </summary>
internal static class HostileUploadsBench
{
    private const string FileHost = "bench-my.sharepoint.com";
    private const int MB = 1024 * 1024;
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan HelpGoal = TimeSpan.FromMilliseconds(100);
    private static readonly string[] Locales = ["nl-NL", "en-US"];

    public static async Task<int> RunAsync(int helpRate, CancellationToken cancellationToken)
    {
        var uploads = Uploads();
        var loadAtStart = LoadAverage();
        var storage = Directory.CreateTempSubdirectory("bench-hostile-");
        try
        {
            await using var botFramework = await LoopbackBotFramework.StartAsync();
            string[] settings = ["--Storage:Provider=FileSystem", $"--Storage:Folder={storage.FullName}", "--Logging:LogLevel:TeamsBot=Error"];
            await using var app = WebHost.Build(MessagesBench.Arguments(botFramework, settings),
                services => services.AddHttpClient(nameof(MinutesDownloader)).ConfigurePrimaryHttpMessageHandler(() => new FileHostOnLoopback(botFramework.BaseUrl)));
            await app.StartAsync(cancellationToken);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(app.Urls.First()) };
            var bench = new Bench(http, botFramework, botFramework.CreateToken(MessagesBench.AppId, botFramework.ServiceUrl, TimeProvider.System.GetUtcNow()),
                MessagesBench.Template(botFramework.ServiceUrl), helpRate);
            var gate = app.Services.GetRequiredService<ReadingMemoryGate>();

            // Warm-up of the help path, then help alone for comparison (what the machine gives without uploads); then the
            // same four uploads twice: the first round after the start also compiles the upload and reading code, the
            // second is the one measured in full.
            await PacedAsync(bench, TimeSpan.FromSeconds(2), () => false, cancellationToken);
            var alone = (await PacedAsync(bench, TimeSpan.FromSeconds(4), () => false, cancellationToken))
                .Where(h => h.Error is null).Select(h => h.Milliseconds).Order().ToArray();
            var cold = await RoundAsync(bench, uploads, 0, cancellationToken);
            var warm = await RoundAsync(bench, uploads, uploads.Count, cancellationToken);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"hostile uploads: {uploads.Count} at once in personal chat ({string.Join(", ", uploads.GroupBy(u => u.Source).Select(g => $"{g.Count()} x {g.Key} {MinutesReader.Size(g.First().Content.Length)}"))}), help at {helpRate}/s; {Environment.ProcessorCount} processors; load average {loadAtStart} at the start, {LoadAverage()} at the end"));
            for (var i = 0; i < uploads.Count; i++)
            {
                var answer = warm.Answers[i];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {uploads[i].Name} ({uploads[i].Locale}): acknowledged in {warm.Acknowledged[i]:0} ms; {(answer.Text is null ? "no answer" : $"answered after {answer.Seconds:0.0} s: \"{answer.Text}\"")}"));
            }

            Console.WriteLine(warm.Summary("second round"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"help alone before the uploads (the machine without them): {alone.Length} requests, p50 {Percentile(alone, 0.5):0.0} ms, p99 {Percentile(alone, 0.99):0.0} ms, max {(alone.Length > 0 ? alone[^1] : 0):0.0} ms"));
            Console.WriteLine(cold.Summary("first round after the start (the upload and reading code compiled on first use)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reading gate: admitted at most {gate.MostInUse / (double)MB:0} MB at once of its {gate.Budget / (double)MB:0} MB (Intake:ReadingMemoryBytes)"));

            var goals = new (string Goal, bool Met)[]
            {
                ("every upload answered, both rounds", cold.AllAnswered && warm.AllAnswered),
                ("help p99 under 100 ms (second round)", warm.Help.Length > 0 && Percentile(warm.Help, 0.99) < HelpGoal.TotalMilliseconds),
                ("reading gate within its budget", gate.MostInUse <= gate.Budget),
                ("no help request failed", cold.Errors.Count + warm.Errors.Count == 0),
            };
            foreach (var (goal, met) in goals)
            {
                Console.WriteLine($"{(met ? "PASS" : "FAIL")}  {goal}");
            }

            await app.StopAsync(cancellationToken);
            return goals.All(g => g.Met) ? 0 : 1;
        }
        finally
        {
            storage.Delete(recursive: true);
        }
    }

    /// <summary>
    /// One round: help at the steady rate, after a second the four uploads at once, help until a second after the last
    /// answer. The process's peak working set is reset first where the system allows it, so it is this round's.
    /// </summary>
    private static async Task<Round> RoundAsync(Bench bench, IReadOnlyList<HostileUpload> uploads, int firstIndex, CancellationToken cancellationToken)
    {
        var activities = uploads.Select((u, i) => Upload(bench.BotFramework, u, firstIndex + i)).ToList();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var peakReset = ProcessMemory.ResetPeak();
        var before = ProcessMemory.WorkingSet();
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(sampling.Token);
        long? answeredAt = null;
        var helps = PacedAsync(bench, AnswerTimeout, () => answeredAt is { } at && Stopwatch.GetElapsedTime(at) > TimeSpan.FromSeconds(1), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, cancellationToken);
        var uploadedAt = Stopwatch.GetTimestamp();
        var (pausedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var acknowledged = await Task.WhenAll(activities.Select(a => PostAsync(bench, a.Activity, cancellationToken)));
        var answers = await Task.WhenAll(activities.Select(a => AnsweredAsync(bench.BotFramework, a.Id, uploadedAt, cancellationToken)));
        answeredAt = Stopwatch.GetTimestamp();
        var (paused, collections) = (GC.GetTotalPauseDuration() - pausedBefore, GC.CollectionCount(0) - collectionsBefore);
        var samples = await helps;
        await sampling.CancelAsync();
        var sampled = await sampler;
        var help = samples.Where(s => s.Error is null && s.Due >= uploadedAt && s.Due <= answeredAt).Select(s => s.Milliseconds).Order().ToArray();
        return new Round(acknowledged, answers, help, [.. samples.Where(s => s.Error is not null).Select(s => s.Error!)],
            Stopwatch.GetElapsedTime(uploadedAt, answeredAt.Value).TotalSeconds, before, ProcessMemory.Peak(), peakReset, sampled, collections, paused);
    }

    /// <summary>The four uploads: each hostile document twice, under its own name, one sent in Dutch and one in English.</summary>
    private static List<HostileUpload> Uploads()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "teamsbot-bench-documents"));
        var documents = BenchDocuments.All().Take(2).Select(d =>
        {
            var path = Path.Combine(folder.FullName, d.FileName);
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, d.Create());
            }

            return (d.FileName, Content: File.ReadAllBytes(path));
        }).ToList();
        return [.. documents.SelectMany(d => Locales.Select((locale, i) =>
            new HostileUpload($"{Path.GetFileNameWithoutExtension(d.FileName)}-{i + 1}{Path.GetExtension(d.FileName)}", d.FileName, locale, d.Content)))];
    }

    private static (string Id, JsonObject Activity) Upload(LoopbackBotFramework botFramework, HostileUpload upload, int index)
    {
        var file = botFramework.AddFile(upload.Name, upload.Content);
        var activity = MessagesBench.Template(botFramework.ServiceUrl, string.Empty, upload.Locale);
        var id = $"hostile-{index}-{Guid.NewGuid():N}";
        activity["id"] = id;
        activity["from"] = new JsonObject { ["id"] = $"29:hostile-user-{index}", ["aadObjectId"] = $"00000000-0000-0000-0000-00000000010{index}" };
        activity["conversation"] = new JsonObject { ["id"] = $"a:hostile-{index}", ["conversationType"] = "personal", ["tenantId"] = "bench-tenant" };
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = ActivityTypes.FileDownloadInfoContentType,
            ["contentUrl"] = $"https://{FileHost}/personal/bench/Documents/{upload.Name}",
            ["name"] = upload.Name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = $"https://{FileHost}{file.AbsolutePath}",
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(upload.Name).TrimStart('.'),
            },
        });
        botFramework.Watch(id);
        return (id, activity);
    }

    /// <summary>Posts one upload and returns how long the acknowledgement took.</summary>
    private static async Task<double> PostAsync(Bench bench, JsonObject activity, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await SendAsync(bench, activity, cancellationToken);
        return response.IsSuccessStatusCode
            ? Stopwatch.GetElapsedTime(started).TotalMilliseconds
            : throw new InvalidOperationException($"An upload was answered {(int)response.StatusCode}.");
    }

    /// <summary>Waits for the answer after the acknowledgement ("Reading the minutes…"): a refusal, a card, or another line.</summary>
    private static async Task<(string? Text, double Seconds)> AnsweredAsync(LoopbackBotFramework botFramework, string activityId, long uploadedAt, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(AnswerTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (botFramework.RepliesTo(activityId).FirstOrDefault(t => TextTables.All.All(table => table.Replies.Reading != t)) is { } answer)
            {
                return (answer, Stopwatch.GetElapsedTime(uploadedAt).TotalSeconds);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, cancellationToken);
        }

        return (null, Stopwatch.GetElapsedTime(uploadedAt).TotalSeconds);
    }

    /// <summary>
    /// Sends "help" at the bench's rate (open loop) until <paramref name="stop"/> or <paramref name="longest"/>; each
    /// latency runs from the request's scheduled time.
    /// </summary>
    private static async Task<List<HelpSample>> PacedAsync(Bench bench, TimeSpan longest, Func<bool> stop, CancellationToken cancellationToken)
    {
        var sends = new List<Task<HelpSample>>();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; !stop() && Stopwatch.GetElapsedTime(start) < longest; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / (double)bench.HelpRate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, TimeProvider.System, cancellationToken);
            }

            sends.Add(HelpAsync(bench, due, cancellationToken));
        }

        return [.. await Task.WhenAll(sends)];
    }

    private static async Task<HelpSample> HelpAsync(Bench bench, long due, CancellationToken cancellationToken)
    {
        var activity = bench.Help.DeepClone();
        activity["id"] = Guid.NewGuid().ToString("N");
        try
        {
            using var response = await SendAsync(bench, activity, cancellationToken);
            return new HelpSample(due, Stopwatch.GetElapsedTime(due).TotalMilliseconds, response.IsSuccessStatusCode ? null : $"answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException ex)
        {
            return new HelpSample(due, Stopwatch.GetElapsedTime(due).TotalMilliseconds, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(Bench bench, JsonNode activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bench.Token);
        return await bench.Http.SendAsync(request, cancellationToken);
    }

    /// <summary>The working set every 20 ms; returns the highest.</summary>
    private static async Task<long> SampleAsync(CancellationToken cancellationToken)
    {
        long workingSet = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        try
        {
            do
            {
                workingSet = Math.Max(workingSet, ProcessMemory.WorkingSet());
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }

        return workingSet;
    }

    private static double Percentile(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];

    private static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? File.ReadAllText(file).Split(' ')[0] : "unknown";
    }

    private sealed record HostileUpload(string Name, string Source, string Locale, byte[] Content);

    private sealed record HelpSample(long Due, double Milliseconds, string? Error);

    private sealed record Bench(HttpClient Http, LoopbackBotFramework BotFramework, string Token, JsonObject Help, int HelpRate);

    private sealed record Round(double[] Acknowledged, (string? Text, double Seconds)[] Answers, double[] Help, IReadOnlyList<string> Errors,
        double AnsweredAfter, long Before, long Peak, bool PeakReset, long SampledPeak, int Collections, TimeSpan Paused)
    {
        public bool AllAnswered => Answers.All(a => a.Text is not null);

        public string Summary(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name}: all {Answers.Length} {(AllAnswered ? "answered" : "NOT all answered")} after {AnsweredAfter:0.0} s; help meanwhile {Help.Length} requests, " +
            $"p50 {Percentile(Help, 0.5):0.0} ms, p99 {Percentile(Help, 0.99):0.0} ms, max {(Help.Length > 0 ? Help[^1] : 0):0.0} ms (from each request's scheduled time), " +
            $"{Errors.Count} failed{(Errors.Count > 0 ? $" ({Errors[0]})" : string.Empty)}; working set {Before / (double)MB:0} MB before, " +
            $"peak {Peak / (double)MB:0} MB ({(PeakReset ? "high-water mark of the round" : "high-water mark since the start")}; sampled every 20 ms: {SampledPeak / (double)MB:0} MB); " +
            $"{Collections} garbage collections paused the process {Paused.TotalMilliseconds:0} ms in all");
    }

    /// <summary>
    /// The bench's SharePoint host is the stub's file server: requests to it go to loopback, below the download
    /// client's host check and logging (which see the https address), as DNS would send them.
    /// </summary>
    private sealed class FileHostOnLoopback(Uri loopback) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { Host: FileHost } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = loopback.Scheme, Host = loopback.Host, Port = loopback.Port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
