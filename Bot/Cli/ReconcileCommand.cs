using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using Table = Spectre.Console.Table;

namespace TeamsBot.Cli;

/// <summary>
/// <c>reconcile previous next [--json]</c>: read the next minutes of a series against the action items of the previous
/// ones and print what they say of each: done, still open, dropped, or nothing.
/// </summary>
internal static class ReconcileCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var previous = new Argument<FileInfo>("previous") { Description = "The minutes of the previous meeting, whose action items are followed up." };
        var next = new Argument<FileInfo>("next") { Description = "The minutes of the next meeting of the series." };
        var json = new Option<bool>("--json") { Description = "Print {\"followups\": [{\"quote\", \"status\", \"dueText\", \"due\", \"evidence\"}]} on stdout." };
        var command = new Command("reconcile", "Read the next minutes of a series against the previous minutes' action items and print what became of each.") { previous, next, json };
        command.SetAction(parse =>
        {
            var reader = new MinutesReader(MinutesReaderOptions.FromConfiguration());
            MinutesDocument before, after;
            try
            {
                before = reader.ReadFile(parse.GetValue(previous)!.FullName);
                after = reader.ReadFile(parse.GetValue(next)!.FullName);
            }
            catch (UnreadableMinutesException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }

            var earlier = MinutesExtractor.Extract(before);
            var later = MinutesExtractor.Extract(after);
            var items = EarlierItems.From(earlier);
            var findings = FollowupReader.Read(items, after, later).ToDictionary(f => f.ItemId, StringComparer.Ordinal);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(Json(items, findings).ToJsonString(Indented));
            }
            else
            {
                Write(AnsiConsole.Console, before, after, items, findings);
            }

            return 0;
        });
        return command;
    }

    private static JsonObject Json(IReadOnlyList<EarlierItem> items, Dictionary<string, FollowupFinding> findings)
    {
        var list = new JsonArray();
        foreach (var item in items)
        {
            var finding = findings.GetValueOrDefault(item.Id);
            list.Add(new JsonObject
            {
                ["id"] = item.Id,
                ["quote"] = item.Quote,
                ["status"] = finding is null ? "unmentioned" : Name(finding.Status),
                ["dueText"] = finding?.DueText,
                ["due"] = finding?.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["evidence"] = finding?.Evidence,
                ["section"] = finding?.Section,
                ["source"] = finding?.Source.ToString(),
            });
        }

        return new JsonObject { ["followups"] = list };
    }

    private static string Name(FollowupStatus status) => status switch
    {
        FollowupStatus.Done => "done",
        FollowupStatus.Dropped => "dropped",
        _ => "open",
    };

    private static void Write(IAnsiConsole console, MinutesDocument before, MinutesDocument after, IReadOnlyList<EarlierItem> items, Dictionary<string, FollowupFinding> findings)
    {
        var table = new Table()
            .Title($"{Markup.Escape(after.FileName)} on the action items of {Markup.Escape(before.FileName)} ({findings.Count} of {items.Count} spoken of)")
            .AddColumn("#").AddColumn("Item").AddColumn("Status").AddColumn("What the next minutes say").Expand();
        foreach (var item in items)
        {
            var finding = findings.GetValueOrDefault(item.Id);
            var status = finding is null ? "[grey]not mentioned[/]" : Name(finding.Status) + (finding.Due is { } due ? $", due {due:yyyy-MM-dd}" : "");
            var evidence = finding is null ? "" : $"{Markup.Escape(finding.Evidence)} [grey]({Markup.Escape(finding.Source.ToString())})[/]";
            table.AddRow(Markup.Escape(item.Id), Markup.Escape(item.Quote), status, evidence);
        }

        console.Write(table);
    }
}
