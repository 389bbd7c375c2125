using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TeamsBot.Cards;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

/// <summary>Every card the bot can send against the official adaptivecards parser (in Node) and our strict subset schema.</summary>
public sealed class CardValidationTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(NodeTools.SourceDirectory, "Cards", "adaptive-card-subset.schema.json"));

    /// <summary>The sample cards, and the large and hostile ones, which take other paths (overflow lines, pages).</summary>
    private static Dictionary<string, JsonObject> EveryCard()
    {
        var cards = CardSamples.All().ToDictionary();
        var (meeting, decisions, items) = CardSamples.Large(60, 1500);
        var context = CardSamples.Context(Language.Nl, [.. Enumerable.Range(1, 61).Select(i => $"29:user{i}")]);
        cards["large-summary"] = SummaryCard.Build(meeting, decisions, items, context);
        cards["large-review-page-2"] = ReviewCard.Build(meeting, decisions, items, CardSamples.Members, 2, context);
        cards["large-team-items"] = TeamItemsCard.Build([new(meeting, items)], context);
        cards["large-carry-over"] = CarryOverCard.Build(CardSamples.NextMeeting, [new(meeting, items)], context);
        cards["hostile-summary"] = HostileCards.Summary();
        return cards;
    }

    [Fact]
    public void EveryCard_OfficialAdaptiveCardsParser_ReportsNoWarningOrError()
    {
        var directory = Directory.CreateTempSubdirectory("cards-");
        try
        {
            foreach (var (name, card) in EveryCard())
            {
                File.WriteAllText(Path.Combine(directory.FullName, name + ".json"), CardJson.Serialize(card));
            }

            var (exitCode, output, errors) = RunNode(Path.Combine(NodeTools.SourceDirectory, "Cards", "validate-cards.js"), NodeTools.NodeModules, directory.FullName);
            var report = JsonNode.Parse(output)!.AsArray();
            var problems = report
                .Where(r => r!["problems"]!.AsArray().Count > 0)
                .Select(r => $"{r!["file"]}: {string.Join("; ", r["problems"]!.AsArray())}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(exitCode == 0, errors);
            Assert.Equal(EveryCard().Count, report.Count);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void EveryCard_SubsetSchema_IsValid()
    {
        var failures = new List<string>();
        foreach (var (name, card) in EveryCard())
        {
            var result = Schema.Evaluate(JsonDocument.Parse(CardJson.Serialize(card)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                var details = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(3)
                    .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}");
                failures.Add($"{name}: {string.Join(" | ", details)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SubsetSchema_CardsTheParserLetsThrough_AreRefused()
    {
        string[] bad =
        [
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock"}]}""",
            """{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Execute","title":"x","data":{}}]}""",
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Image","url":"https://evil.example/a.png"}]}""",
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","onClick":1}]}""",
            """{"type":"AdaptiveCard","version":"1.6","body":[]}""",
        ];
        Assert.All(bad, json => Assert.False(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, json));
    }

    [Fact]
    public void EveryCard_ElementIds_AreUniqueAndToggleTargetsExist()
    {
        foreach (var (name, card) in EveryCard())
        {
            var nodes = Descendants(card).ToList();
            var ids = nodes.Select(n => n["id"]).OfType<JsonValue>().Select(v => v.GetValue<string>()).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{name} repeats an element id");
            var targets = nodes.Where(n => n["type"]?.GetValue<string>() == "Action.ToggleVisibility")
                .SelectMany(n => n["targetElements"]!.AsArray().Select(t => t!.GetValue<string>()));
            Assert.All(targets, t => Assert.Contains(t, ids));
        }
    }

    internal static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static (int ExitCode, string Output, string Errors) RunNode(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("validate-cards.js did not finish within 120 s");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }
}
