using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Followup;
using TeamsBot.Samples;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;

namespace TeamsBot.Bench;

/// <summary>
/// <c>bench load</c>: the whole bot on loopback (Kestrel, local mode, file-system store in a temporary folder, the
/// connector and file host stubbed by <see cref="LoadConnectorStub"/>). After installing four teams with rosters and
/// storing their meetings it runs phase 1, an open-loop fixed rate of mixed activity (<see cref="LoadTraffic"/>), and
/// phase 2, a minute of minutes uploads waited for until each review card arrives. Prints latency per kind and the
/// upload numbers, then PASS/FAIL per goal; the exit code is 1 when a goal is missed.
/// </summary>
internal static class LoadBench
{
    private const string MessagesPath = "/api/messages";
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
    private static readonly byte[] AdaptiveCardType = Encoding.UTF8.GetBytes(ActivityTypes.AdaptiveCardContentType);

    public static Command Create()
    {
        var rate = new Option<int>("--rate") { Description = "Requests per second of mixed activity in phase 1.", DefaultValueFactory = _ => 200 };
        var duration = new Option<int>("--duration") { Description = "Seconds of phase 1.", DefaultValueFactory = _ => 60 };
        var uploads = new Option<int>("--uploads") { Description = "Minutes uploads in phase 2, spread over one minute.", DefaultValueFactory = _ => 50 };
        var warmUp = new Option<int>("--warmup") { Description = "Seconds of unmeasured traffic at the same rate first.", DefaultValueFactory = _ => 20 };
        var command = new Command("load", "Hold a rate of mixed Teams activity on the whole bot over loopback, then a minute of uploads; PASS/FAIL per goal.")
        {
            rate, duration, uploads, warmUp,
        };
        command.SetAction(async (parse, token) =>
        {
            var settings = new LoadSettings
            {
                Rate = Math.Max(1, parse.GetValue(rate)),
                Duration = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(duration))),
                Uploads = Math.Max(1, parse.GetValue(uploads)),
                WarmUp = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(warmUp))),
            };
            var result = await RunAsync(settings, Console.Out, token);
            return result.Passed ? 0 : 1;
        });
        return command;
    }

    public static async Task<LoadResult> RunAsync(LoadSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var storage = Directory.CreateTempSubdirectory("bench-load-");
        try
        {
            await using var stub = await LoadConnectorStub.StartAsync(cancellationToken);
            await using var app = WebHost.Build(Arguments(storage.FullName));
            await app.StartAsync(cancellationToken);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2048, UseCookies = false })
            {
                BaseAddress = new Uri(app.Urls.First()),
                Timeout = TimeSpan.FromSeconds(30),
            };
            var world = LoadWorld.Create();
            var activities = new LoadActivities(stub.ServiceUrl);
            var items = await SetUpAsync(app.Services, http, stub, world, activities, settings, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"set up: {world.Teams.Count} teams, {world.Users.Count} people, {items.Count} open items in {world.Teams.Count * settings.MeetingsPerTeam} meetings; {Environment.ProcessorCount} processors; load average {LoadAverage()}"));

            var traffic = new LoadTraffic(world, activities, items);
            if (settings.WarmUp > TimeSpan.Zero)
            {
                await TrafficAsync(http, stub, traffic, settings.Rate, settings.WarmUp, cancellationToken);
            }

            var phase1 = await TrafficAsync(http, stub, traffic, settings.Rate, settings.Duration, cancellationToken);
            phase1.Print(output, settings);
            var phase2 = await UploadsAsync(http, stub, world, activities, settings, cancellationToken);
            phase2.Print(output, settings.UploadWindow);
            var result = new LoadResult(phase1, phase2);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average after: {LoadAverage()}"));
            result.PrintGoals(output);
            await app.StopAsync(cancellationToken);
            return result;
        }
        finally
        {
            storage.Delete(recursive: true);
        }
    }

    private static string[] Arguments(string storageFolder) =>
    [
        "--environment=Development", "--urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
        "--Bot:Authentication=None", $"--Bot:AppId={LoadWorld.BotId[3..]}", $"--Bot:TenantId={LoadWorld.TenantId}",
        "--Storage:Provider=FileSystem", $"--Storage:Folder={storageFolder}",
    ];

    /// <summary>Installs the teams (rosters from the stub) and the personal chats over HTTP, then stores each team's meetings.</summary>
    private static async Task<IReadOnlyList<LoadItem>> SetUpAsync(IServiceProvider services, HttpClient http, LoadConnectorStub stub,
        LoadWorld world, LoadActivities activities, LoadSettings settings, CancellationToken cancellationToken)
    {
        foreach (var team in world.Teams)
        {
            stub.SetRoster(team.Id, team.Members);
            await PostOrThrowAsync(http, activities.MemberAdded(team, LoadWorld.BotId, team.Members[0]), cancellationToken);
        }

        foreach (var user in world.Users)
        {
            await PostOrThrowAsync(http, activities.PersonalInstall(user), cancellationToken);
        }

        var installations = services.GetRequiredService<Installations>();
        var intake = services.GetRequiredService<MinutesReading>();
        var followup = services.GetRequiredService<FollowupService>();
        var items = new List<LoadItem>();
        foreach (var team in world.Teams)
        {
            var roster = await installations.GetRosterAsync(LoadWorld.TenantId, team.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Set-up: the install of {team.Name} stored no roster.");
            for (var meeting = 0; meeting < settings.MeetingsPerTeam; meeting++)
            {
                var upload = new MinutesUpload(LoadWorld.TenantId, team.Id, team.ChannelId,
                    ThreadReference.Serialize(ThreadReference.Channel(stub.ServiceUrl, team.ChannelId, LoadWorld.TenantId, null, "nl-NL")),
                    new Actor(team.Members[0].AadObjectId, team.Members[0].Name), $"notulen-{meeting + 1}.txt", null,
                    Encoding.UTF8.GetBytes(LoadWorld.TeamMinutes(team, meeting)));
                if (await intake.ReadAsync(upload, [.. roster.Members.Select(m => m.AsTeamMember())], UploadSource.Channel, cancellationToken) is not ReadingResult.Ingested)
                {
                    throw new InvalidOperationException($"Set-up: the minutes of {team.Name} were not ingested.");
                }
            }

            items.AddRange((await followup.ListTeamOpenItemsAsync(LoadWorld.TenantId, team.Id, includeSnoozed: true, cancellationToken))
                .Select(i => new LoadItem(team, i.MeetingId, i.ItemId)));
        }

        return items.Count > 0 ? items : throw new InvalidOperationException("Set-up: the meetings hold no open items.");
    }

    private static async Task PostOrThrowAsync(HttpClient http, JsonObject activity, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(activity.ToJsonString()));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(new Uri(MessagesPath, UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Set-up: {activity["type"]} answered {(int)response.StatusCode}.");
        }
    }

    private static async Task<LoadTrafficResult> TrafficAsync(HttpClient http, LoadConnectorStub stub, LoadTraffic traffic, double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var count = Math.Max(2, (int)Math.Round(rate * duration.TotalSeconds));
        var posts = stub.Posts;
        var apologies = stub.ApologiesReceived;
        var (samples, sending) = await OpenLoopAsync(count, rate, _ => traffic.Next(), (request, due) => SendAsync(http, stub, request, due, cancellationToken), cancellationToken);
        var kinds = samples.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => LoadStats.Of(Name(g.Key), g)).ToList();
        return new LoadTrafficResult(
            kinds,
            LoadStats.Of("commands (both)", samples.Where(s => s.Kind is LoadKind.PersonalCommand or LoadKind.ChannelCommand)),
            LoadStats.Of("overall", samples),
            (count - 1) / sending.TotalSeconds,
            stub.Posts - posts,
            stub.ApologiesReceived - apologies,
            [.. samples.Where(s => s.Error is not null).Select(s => s.Error!).Distinct().Take(5)]);
    }

    /// <summary>
    /// Sends request <c>i</c> at <c>i / perSecond</c> seconds whatever happened to the earlier ones (open loop: a slow
    /// answer does not delay the next request, so queueing shows in the numbers instead of hiding).
    /// </summary>
    private static async Task<(T[] Results, TimeSpan Sending)> OpenLoopAsync<T>(int count, double perSecond, Func<int, LoadRequest> make,
        Func<LoadRequest, long, Task<T>> send, CancellationToken cancellationToken)
    {
        var sends = new Task<T>[count];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var request = make(i);
            var due = start + (long)(i * Stopwatch.Frequency / perSecond);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, TimeProvider.System, cancellationToken);
            }

            sends[i] = send(request, due);
        }

        var sending = Stopwatch.GetElapsedTime(start);
        return (await Task.WhenAll(sends), sending);
    }

    /// <summary>Posts the activity; the latency runs from <paramref name="due"/>, the time it was scheduled for.</summary>
    private static async Task<LoadSample> SendAsync(HttpClient http, LoadConnectorStub stub, LoadRequest request, long due, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(request.Body);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(new Uri(MessagesPath, UriKind.Relative), content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            var error = response.IsSuccessStatusCode
                ? Misbehaviour(request, body, stub.RepliesTo(request.ActivityId))
                : $"{Name(request.Kind)} answered {(int)response.StatusCode}";
            return new LoadSample(request.Kind, elapsed, error);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new LoadSample(request.Kind, Stopwatch.GetElapsedTime(due).TotalMilliseconds, $"{Name(request.Kind)}: {ex.GetType().Name} {ex.Message}");
        }
    }

    /// <summary>What the bot must do besides answering 2xx: reply to a command, answer a button with the refreshed card, ignore chatter.</summary>
    private static string? Misbehaviour(LoadRequest request, byte[] body, int replies) => request.Kind switch
    {
        LoadKind.PersonalCommand or LoadKind.ChannelCommand or LoadKind.Upload when replies == 0 => $"{Name(request.Kind)} got no reply",
        LoadKind.CardAction when body.AsSpan().IndexOf(AdaptiveCardType) < 0 => "card action not answered with a card",
        LoadKind.CardAction when request.AnswerMustContain is { } part && body.AsSpan().IndexOf(part) < 0 => "card action answered with a notice, not the refreshed card",
        LoadKind.IgnoredMessage when replies > 0 => "a message without mention was answered",
        _ => null,
    };

    private static async Task<LoadUploadResult> UploadsAsync(HttpClient http, LoadConnectorStub stub, LoadWorld world, LoadActivities activities,
        LoadSettings settings, CancellationToken cancellationToken)
    {
        var sample = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        var requests = Enumerable.Range(0, settings.Uploads).Select(i =>
        {
            var user = world.Users[i % world.Users.Count];
            var text = LoadWorld.SampleAsMeeting(sample, i + 1);
            var name = $"notulen-{i + 1}.md";
            var activity = i % 2 == 0 ? activities.Personal(user, text, "nl-NL") : activities.FileUpload(user, name, stub.AddFile(name, Encoding.UTF8.GetBytes(text)));
            return new LoadRequest(LoadKind.Upload, (string)activity["id"]!, Encoding.UTF8.GetBytes(activity.ToJsonString()));
        }).ToList();

        var apologies = stub.ApologiesReceived;
        var start = Stopwatch.GetTimestamp();
        var perSecond = settings.Uploads / settings.UploadWindow.TotalSeconds;
        var (acks, _) = await OpenLoopAsync(requests.Count, perSecond, i => requests[i],
            async (request, due) => (Due: due, Ack: await SendAsync(http, stub, request, due, cancellationToken)), cancellationToken);

        var deadline = Stopwatch.GetTimestamp() + (long)(settings.CardTimeout.TotalSeconds * Stopwatch.Frequency);
        while (requests.Any(r => stub.ReviewCardFor(r.ActivityId) is null) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
        }

        var cards = requests.Select((r, i) => stub.ReviewCardFor(r.ActivityId) is { } at ? (At: at, Milliseconds: Stopwatch.GetElapsedTime(acks[i].Due, at).TotalMilliseconds) : default)
            .Where(c => c.At != 0).ToList();
        var ackTimes = acks.Select(a => a.Ack.Milliseconds).Order().ToArray();
        var cardTimes = cards.Select(c => c.Milliseconds).Order().ToArray();
        return new LoadUploadResult(
            requests.Count,
            cards.Count,
            acks.Count(a => a.Ack.Error is not null),
            stub.ApologiesReceived - apologies,
            cards.Count == 0 ? 0 : Stopwatch.GetElapsedTime(start, cards.Max(c => c.At)).TotalSeconds,
            LoadStats.Percentile(ackTimes, 0.5),
            LoadStats.Percentile(ackTimes, 0.99),
            LoadStats.Percentile(cardTimes, 0.5),
            LoadStats.Percentile(cardTimes, 0.99));
    }

    private static string Name(LoadKind kind) => kind switch
    {
        LoadKind.PersonalCommand => "command (personal)",
        LoadKind.ChannelCommand => "command (channel)",
        LoadKind.CardAction => "card action",
        LoadKind.IgnoredMessage => "ignored message",
        LoadKind.Upload => "upload",
        _ => "update/typing",
    };

    /// <summary>The 1-minute load average where the system tells it (Linux), to read the numbers against.</summary>
    private static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? File.ReadAllText(file).Split(' ')[0] : "unknown";
    }
}
