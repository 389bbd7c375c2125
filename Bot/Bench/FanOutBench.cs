using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Minutes;
using TeamsBot.Reminders;
using TeamsBot.Storage;

namespace TeamsBot.Bench;

/// <summary>
/// <c>bench reminders</c>: the fan-out of one reminder round. Owners spread evenly over teams, teams evenly over tenants;
/// every owner has one open item of their team's meeting, whose next meeting makes every ping and carry-over post due
/// now. Several round instances share one file-system store and one stub connector that enforces Teams' limits and
/// answers 429 when they are broken. Real time, with the clock shifted to the moment the reminders fall due.
/// </summary>
internal static class FanOutBench
{
    private static readonly DateTimeOffset DueMoment = new(2023, 6, 20, 7, 0, 0, TimeSpan.Zero);

    public static Command Create()
    {
        var owners = new Option<int>("--owners") { DefaultValueFactory = _ => 10_000 };
        var teams = new Option<int>("--teams") { DefaultValueFactory = _ => 500 };
        var tenants = new Option<int>("--tenants") { DefaultValueFactory = _ => 10 };
        var instances = new Option<int>("--instances") { DefaultValueFactory = _ => 3 };
        var command = new Command("reminders", "Fan-out of a reminder round: owners in teams in tenants, several instances, a connector enforcing Teams' limits.") { owners, teams, tenants, instances };
        command.SetAction((parse, token) => RunAsync(new Shape(parse.GetValue(owners), parse.GetValue(teams), parse.GetValue(tenants), parse.GetValue(instances)), token));
        return command;
    }

    private sealed record Shape(int Owners, int Teams, int Tenants, int Instances)
    {
        public int OwnersPerTeam => Owners / Teams;

        public string TenantOf(int team) => $"bench-tenant-{team % Tenants}";
    }

    private static async Task<int> RunAsync(Shape shape, CancellationToken cancellationToken)
    {
        if (shape.Teams < 1 || shape.Tenants < 1 || shape.Instances < 1 || shape.Owners < shape.Teams || shape.Tenants > shape.Teams)
        {
            Console.Error.WriteLine("Need owners >= teams >= tenants >= 1 and instances >= 1.");
            return ExitCodes.BadInput;
        }

        var folder = Path.Combine(Path.GetTempPath(), "bench-reminders-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = new ShiftedClock(DueMoment - TimeProvider.System.GetUtcNow());
            var store = new FileSystemDocumentStore(folder);
            var followup = new FollowupService(store, clock, NullLogger<FollowupService>.Instance);
            var installations = new Installations(store);
            var setup = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, shape.Teams), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, (team, token) =>
                new ValueTask(AddTeamAsync(shape, team, followup, installations, clock, token)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup: {shape.Owners:N0} owners in {shape.Teams} teams over {shape.Tenants} tenants ({shape.OwnersPerTeam} per team), {shape.Instances} instances, file-system store; {setup.Elapsed.TotalSeconds:0.0} s"));

            var limits = SendLimits.Teams;
            var connector = new LimitEnforcingConnector(clock, limits);
            var options = Options.Create(new RemindersOptions());
            var claims = new ReminderClaims(new ClaimRegistry(store), clock);
            var rounds = Enumerable.Range(0, shape.Instances).Select(k => new ReminderRound(
                installations, followup, connector, claims, SendPacer.ForTeams(clock), clock, options, NullLogger<ReminderRound>.Instance, null, $"bench-{k}")).ToList();

            var start = clock.GetUtcNow();
            var watch = Stopwatch.StartNew();
            var reports = await Task.WhenAll(rounds.Select(r => Task.Run(() => r.RunAsync(cancellationToken), cancellationToken)));
            var makespan = watch.Elapsed;
            Report(shape, limits, connector, reports, start, makespan);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(Shape shape, SendLimits limits, LimitEnforcingConnector connector, RoundReport[] reports, DateTimeOffset start, TimeSpan makespan)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        for (var team = 0; team < shape.Teams; team++)
        {
            expected.Add(TeamId(team) + "|channel");
            for (var k = 0; k < shape.OwnersPerTeam; k++)
            {
                expected.Add(TeamId(team) + "|member:" + UserId(team, k));
            }
        }

        var lastDelivery = (connector.LastDelivery ?? start) - start;
        var delivered = connector.Delivered;
        var duplicates = delivered.Values.Sum(n => n - 1);
        var lost = expected.Count(e => !delivered.ContainsKey(e));
        var perTenant = Enumerable.Range(0, shape.Teams).GroupBy(shape.TenantOf).Select(g => g.Count() * (shape.OwnersPerTeam + 1)).Max();
        var shortest = Shortest(perTenant, limits.PerTenant);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"messages expected {expected.Count:N0}, delivered {delivered.Count:N0}; duplicates {duplicates}, lost {lost}; 429s received {connector.Throttled}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"makespan {makespan.TotalSeconds:0.00} s (last delivery {lastDelivery.TotalSeconds:0.00} s after start); shortest the limits allow {shortest.TotalSeconds:0.00} s " +
            $"({perTenant:N0} messages in the busiest tenant at {limits.PerTenant[0].Count}/{limits.PerTenant[0].Window.TotalSeconds:0} s); ratio {makespan / shortest:0.00}"));
        var spans = connector.TenantSpans.Values.ToList();
        if (spans.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"per tenant: first delivery {spans.Min(s => s.First - start).TotalSeconds:0.00}-{spans.Max(s => s.First - start).TotalSeconds:0.00} s after start (claims and planning), " +
                $"first to last delivery {spans.Min(s => s.Last - s.First).TotalSeconds:0.00}-{spans.Max(s => s.Last - s.First).TotalSeconds:0.00} s"));
        }

        Console.WriteLine($"instances: {string.Join("; ", reports.Select(r => $"sent {r.Sent}, tenants left to others {r.TenantsSkipped}, throttled {r.Throttled}, errors {r.TeamErrors}"))}");
    }

    /// <summary>The least time n sends can take under every limit: the last batch of Count starts (ceil(n/Count) - 1) windows after the first.</summary>
    private static TimeSpan Shortest(int sends, IReadOnlyList<SendLimit> limits) =>
        limits.Max(l => l.Window * Math.Max(0, ((sends + l.Count - 1) / l.Count) - 1));

    private static async Task AddTeamAsync(Shape shape, int team, FollowupService followup, Installations installations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tenant = shape.TenantOf(team);
        var now = clock.GetUtcNow();
        await installations.RecordTeamAsync(new TeamInstallation(tenant, TeamId(team), null, null, "https://smba.example/", TeamId(team), now), cancellationToken);
        var members = new List<TeamMember>();
        var items = new List<Extraction.ExtractedAction>();
        for (var k = 0; k < shape.OwnersPerTeam; k++)
        {
            var name = $"{Letters(team)} {Letters(k + 1000)}";
            var email = UserId(team, k) + "@bench.example";
            members.Add(new TeamMember(UserId(team, k), name, email));
            items.Add(new Extraction.ExtractedAction($"a{k}", $"{name} bereidt agendapunt {k} voor", [email], [], null, null, $"{name} bereidt agendapunt {k} voor", "Actiepunten", new SourceRef(null, k)));
            await installations.RecordPersonalChatAsync(new PersonalChat(tenant, UserId(team, k), "a:chat-" + UserId(team, k), "https://smba.example/", null, null, now), cancellationToken);
        }

        var header = new MeetingHeader { Title = "Overleg " + Letters(team), Date = new DateOnly(2023, 6, 7), NextMeeting = new DateOnly(2023, 6, 21) };
        var upload = new MinutesUpload(tenant, TeamId(team), TeamId(team), "{}", new Actor("minute-taker", "Notulist"), $"notulen-{team}.md", null, BitConverter.GetBytes(team));
        await followup.IngestAsync(upload, new ExtractionResult(header, "nl", [], items), members, cancellationToken);
    }

    private static string TeamId(int team) => $"19:bench-{team}@thread.tacv2";

    private static string UserId(int team, int k) => $"user-{team}-{k}";

    /// <summary>A name word from a number (names with digits would not link to members as people write them).</summary>
    private static string Letters(int n)
    {
        var word = "";
        do
        {
            word = (char)('a' + (n % 26)) + word;
            n /= 26;
        }
        while (n > 0);
        return char.ToUpperInvariant(word[0]) + word[1..] + "ra";
    }

    /// <summary>The system clock moved to the moment the reminders fall due; timers run in real time.</summary>
    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
