using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.EndToEnd;

/// <summary>
/// The scenario of issue 8 in a real client: the built bot in local mode and the Microsoft 365 Agents Playground,
/// its web page driven in headless Chromium (playground-scenario.js). Screenshots of each step go to
/// bin/.../e2e/&lt;test&gt;/; on a failure the page's screenshot, the bot's log and the Playground's log go there too.
/// </summary>
public sealed class PlaygroundScenarioTests
{
    private static string SampleMinutes => Path.GetFullPath(Path.Combine(NodeTools.SourceDirectory, "..", "Bot", "Samples", "stuurgroep-stadspartners-2023-05-24.md"));

    [Fact]
    public async Task Help_InThePlayground_TheBotAnswersInTheChat()
    {
        var steps = await RunScenarioAsync(nameof(Help_InThePlayground_TheBotAnswersInTheChat), "help-reply");

        Assert.Equal(["help-reply"], steps);
    }

    [Fact]
    public async Task Help_InThePlayground_ShowsTheHelpCard()
    {
        var steps = await RunScenarioAsync(nameof(Help_InThePlayground_ShowsTheHelpCard), "help-card");

        Assert.Equal(["help-card"], steps);
    }

    [Fact]
    public async Task PastedMinutes_AssignPublishDoneMyActions_EachCardAppearsAndChanges()
    {
        var steps = await RunScenarioAsync(nameof(PastedMinutes_AssignPublishDoneMyActions_EachCardAppearsAndChanges),
            "help-reply", $"minutes={SampleMinutes}", "assign-me", "publish-done", "my-actions");

        Assert.Equal(["help-reply", "minutes", "assign-me", "publish-done", "my-actions"], steps);
    }

    /// <summary>Runs the steps in one chat and returns the names of the steps that passed, in order.</summary>
    private static async Task<List<string>> RunScenarioAsync(string name, params string[] steps)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "e2e", name);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        await using var session = await PlaygroundSession.StartAsync();
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("node",
            [Path.Combine(NodeTools.SourceDirectory, "EndToEnd", "playground-scenario.js"), NodeTools.NodeModules, session.PlaygroundUrl.ToString(), output, .. steps],
            environment: null);

        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!)
            .ToList();
        if (exit != 0)
        {
            await File.WriteAllTextAsync(Path.Combine(output, "bot.log"), session.BotLog);
            await File.WriteAllTextAsync(Path.Combine(output, "playground.log"), session.PlaygroundLog);
            var failed = results.LastOrDefault(r => r!["failed"] is not null);
            Assert.Fail($"Step '{failed?["step"]}' failed: {failed?["failed"] ?? stderr}\nScreenshot, bot log and Playground log: {output}");
        }

        Assert.All(results, r => Assert.True(File.Exists(r!["screenshot"]!.GetValue<string>())));
        return [.. results.Select(r => r!["step"]!.GetValue<string>())];
    }
}
