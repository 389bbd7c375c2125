using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Minutes;
using TeamsBot.Storage;

namespace TeamsBot.Bench;

/// <summary>
/// <c>bench store</c>: fills a store with one tenant of many meetings and items, then times "my open items", ingest and
/// complete on it. The file system always; Azurite (or any account) too when given a connection string.
/// </summary>
internal static class StoreBench
{
    private const string Tenant = "bench-tenant";
    private const int Teams = 20;

    public static Command Create()
    {
        var meetings = new Option<int>("--meetings") { Description = "Meetings in the tenant.", DefaultValueFactory = _ => 1000 };
        var items = new Option<int>("--items-per-meeting") { Description = "Action items per meeting.", DefaultValueFactory = _ => 20 };
        var users = new Option<int>("--users") { Description = "Team members the items are spread over.", DefaultValueFactory = _ => 100 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each operation.", DefaultValueFactory = _ => 200 };
        var azurite = new Option<string?>("--connection-string") { Description = "Also measure Azure Blob Storage (e.g. Azurite) with this connection string." };
        var command = new Command("store", "Measure the follow-up store: my open items, ingest and complete on a full tenant.") { meetings, items, users, runs, azurite };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shape = new Shape(parse.GetValue(meetings), parse.GetValue(items), parse.GetValue(users), Math.Max(10, parse.GetValue(runs)));
            var folder = Path.Combine(Path.GetTempPath(), "teamsbot-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                await RunAsync("file system", new FileSystemDocumentStore(folder), shape, cancellationToken);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            if (parse.GetValue(azurite) is { Length: > 0 } connectionString)
            {
                var container = new BlobServiceClient(connectionString).GetBlobContainerClient("bench-" + Guid.NewGuid().ToString("N"));
                try
                {
                    await RunAsync("azure blob", new AzureBlobDocumentStore(container), shape, cancellationToken);
                }
                finally
                {
                    await container.DeleteIfExistsAsync(cancellationToken: cancellationToken);
                }
            }

            return 0;
        });
        return command;
    }

    private static async Task RunAsync(string name, IDocumentStore store, Shape shape, CancellationToken cancellationToken)
    {
        var service = new FollowupService(store, TimeProvider.System, NullLogger<FollowupService>.Instance);
        var members = Enumerable.Range(0, shape.Users).Select(u => new TeamMember($"user-{u}", $"Member{Letters(u)} Surname{Letters(u)}", null)).ToList();
        var fill = Stopwatch.StartNew();
        var ingested = new System.Collections.Concurrent.ConcurrentBag<Meeting>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Teams), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (team, token) =>
        {
            for (var m = team; m < shape.Meetings; m += Teams)
            {
                ingested.Add((await service.IngestAsync(Upload(team, m), Minutes(m, shape, members), members, token)).Meeting);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: filled {ingested.Count} meetings, {ingested.Sum(m => m.Items.Count)} items, {shape.Users} users in {fill.Elapsed.TotalSeconds:0.0} s"));

        var random = new Random(7);
        var open = new List<int>();
        var my = await TimeAsync(shape.Runs, async () => open.Add((await service.ListMyOpenItemsAsync(Tenant, $"user-{random.Next(shape.Users)}", false, cancellationToken)).Count));
        Report($"{name}: my open items (~{open.Average():0} items each)", my);

        var all = ingested.ToList();
        var complete = await TimeAsync(shape.Runs, async () =>
        {
            var meeting = all[random.Next(all.Count)];
            var item = meeting.Items[random.Next(meeting.Items.Count)];
            await service.CompleteAsync(new ItemAddress(Tenant, meeting.TeamId, meeting.Id, item.Id), new Actor("user-0", "Bench"), cancellationToken);
        });
        Report($"{name}: complete an item", complete);

        var next = shape.Meetings;
        var ingest = await TimeAsync(Math.Max(10, shape.Runs / 4), async () =>
        {
            var m = next++;
            await service.IngestAsync(Upload(m % Teams, m), Minutes(m, shape, members), members, cancellationToken);
        });
        Report($"{name}: ingest new minutes ({shape.ItemsPerMeeting} items)", ingest);
    }

    private static MinutesUpload Upload(int team, int meeting) =>
        new(Tenant, $"19:team-{team}@thread.tacv2", "19:general", "{}", new Actor("user-0", "Bench"), $"minutes-{meeting}.md", null,
            Encoding.UTF8.GetBytes($"minutes of meeting {meeting}"));

    private static ExtractionResult Minutes(int meeting, Shape shape, List<TeamMember> members) => new(
        new MeetingHeader { Title = $"Meeting {meeting}", Date = new DateOnly(2020, 1, 1).AddDays(meeting) },
        "en",
        [new ExtractedDecision("d1", $"The budget for project {meeting} is approved.", "The budget is approved.", null, new SourceRef(null, 1))],
        [.. Enumerable.Range(0, shape.ItemsPerMeeting).Select(k => new ExtractedAction(
            $"a{k}", $"Action {k} of meeting {meeting}: prepare the report", [members[(meeting * shape.ItemsPerMeeting + k) % members.Count].DisplayName], [],
            null, null, $"Action {k} of meeting {meeting}", null, new SourceRef(null, k)))]);

    private static string Letters(int number) => string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0')));

    private static async Task<double[]> TimeAsync(int runs, Func<Task> action)
    {
        for (var k = 0; k < 10; k++)
        {
            await action();
        }

        var times = new double[runs];
        for (var k = 0; k < runs; k++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            times[k] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static void Report(string name, double[] sorted) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-52} p50 {sorted[sorted.Length / 2],8:0.00} ms   p95 {sorted[(int)(sorted.Length * 0.95)],8:0.00} ms"));

    private sealed record Shape(int Meetings, int ItemsPerMeeting, int Users, int Runs);
}
