using System.Text.Json;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cli;

/// <summary><c>reminders plan</c> as a user runs it: the real Bot.dll in its own process.</summary>
public sealed class RemindersCliTests : IDisposable
{
    private const string Minutes = """
        # Notulen werkgroep Veiligheid

        Datum: dinsdag 12 maart 2024
        Aanwezig: Roos Wilhelm, Tarik Topçu, Olga Boot
        Notulist: Olga Boot

        ## 1. Acties

        - Actie: Roos Wilhelm stuurt de projectenlijst rond vóór 22 maart 2024.
        - Actie: Tarik Topçu plant een kaartsessie in.
        - Actie: Roos Wilhelm maakt een voorstel voor de samenstelling van de werkgroep.
        - Het verslag wordt rondgestuurd.

        Volgende vergadering: dinsdag 2 april 2024
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("reminders-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PlanJson_SampleWithNextMeeting_PrintsTheIssuesShape()
    {
        var (exit, output, error) = await RunAsync("reminders", "plan", "--next-meeting", "2023-06-21T13:30", "--now", "2023-06-01T08:00", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2023-06-21T13:30:00+02:00", root.GetProperty("nextMeeting").GetString());
        var pings = root.GetProperty("pings").EnumerateArray().Where(p => p.GetProperty("reason").GetString() == "next-meeting").ToList();
        Assert.All(pings, ping => Assert.Equal("2023-06-19T09:00:00+02:00", ping.GetProperty("sendAt").GetString()));
        Assert.Single(pings, ping => ping.GetProperty("owner").GetString() == "Marilyn Louisville");
        Assert.Equal(pings.Count, pings.Select(ping => ping.GetProperty("owner").GetString()).Distinct().Count());
        Assert.Equal("2023-06-20T09:00:00+02:00", root.GetProperty("carryOver").GetProperty("sendAt").GetString());
        Assert.Equal(pings.Sum(ping => ping.GetProperty("items").GetArrayLength()), root.GetProperty("carryOver").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task PlanJson_MinutesStateTheNextMeeting_OnePingPerOwnerAcrossDst()
    {
        var path = Path.Combine(_folder, "notulen.md");
        await File.WriteAllTextAsync(path, Minutes);

        var (exit, output, _) = await RunAsync("reminders", "plan", path, "--now", "2024-03-13T10:00", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("minutes", root.GetProperty("source").GetString());
        Assert.StartsWith("2024-04-02T", root.GetProperty("nextMeeting").GetString(), StringComparison.Ordinal);
        var byOwner = root.GetProperty("pings").EnumerateArray()
            .Where(p => p.GetProperty("reason").GetString() == "next-meeting")
            .ToDictionary(p => p.GetProperty("owner").GetString()!, p => (p.GetProperty("sendAt").GetString(), p.GetProperty("items").EnumerateArray().Select(i => i.GetString()).ToList()));
        Assert.Equal("2024-03-29T09:00:00+01:00", byOwner["Roos Wilhelm"].Item1);
        Assert.Equal(["a1", "a3"], byOwner["Roos Wilhelm"].Item2);
        Assert.Equal(["a2"], byOwner["Tarik Topçu"].Item2);
        Assert.Equal(["a4"], byOwner["Olga Boot"].Item2);
        var due = root.GetProperty("pings").EnumerateArray().Single(p => p.GetProperty("reason").GetString() == "due");
        Assert.Equal("2024-03-21T09:00:00+01:00", due.GetProperty("sendAt").GetString());
        Assert.Equal("2024-04-01T09:00:00+02:00", root.GetProperty("carryOver").GetProperty("sendAt").GetString());
    }

    [Fact]
    public async Task Plan_NoNextMeetingKnown_SaysSoAndPlansDueDatesOnly()
    {
        var (exit, output, error) = await RunAsync("reminders", "plan", "--now", "2023-05-25T10:00", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("No next meeting is known", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("nextMeeting").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("carryOver").ValueKind);
        Assert.All(json.RootElement.GetProperty("pings").EnumerateArray(), p => Assert.Equal("due", p.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Plan_Table_ShowsWhoGetsWhatAndWhen()
    {
        var (exit, output, _) = await RunAsync("reminders", "plan", "--next-meeting", "elke 4 weken op woensdag 13:30", "--now", "2023-06-01T08:00");

        Assert.Equal(0, exit);
        Assert.Contains("2023-06-21T13:30:00+02:00", output, StringComparison.Ordinal);
        Assert.Contains("Marilyn Louisville", output, StringComparison.Ordinal);
        Assert.Contains("Carry-over post", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--next-meeting", "whenever")]
    [InlineData("--time-zone", "Mars/Olympus")]
    [InlineData("--now", "yesterday")]
    public async Task Plan_BadArgument_OneLineAndExitCode2(string option, string value)
    {
        var (exit, output, error) = await RunAsync("reminders", "plan", option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(option + ":", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => ProcessRunner.RunBotAsync(args);
}
