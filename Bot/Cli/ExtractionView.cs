using System.Globalization;
using Spectre.Console;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using Table = Spectre.Console.Table;

namespace TeamsBot.Cli;

/// <summary>The human-readable terminal view of an extraction: header, decisions and action items as tables.</summary>
internal static class ExtractionView
{
    public static void Write(IAnsiConsole console, MinutesDocument document, ExtractionResult result, bool outline)
    {
        var meeting = result.Meeting;
        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(header, "Title", meeting.Title);
        Row(header, "Date", meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row(header, "Language", result.Language);
        Row(header, "Location", meeting.Location);
        Row(header, "Chair", meeting.Chair);
        Row(header, "Minute taker", meeting.MinuteTaker);
        Row(header, "Present", Names(meeting.Attendees));
        Row(header, "Absent", Names(meeting.Absent));
        Row(header, "Next meeting", meeting.NextMeeting?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        console.Write(new Panel(header).Header($"[bold]{Markup.Escape(document.FileName)}[/]").Expand());

        if (outline)
        {
            var blocks = new Table().Title("Outline").AddColumn("Where").AddColumn("Kind").AddColumn("Text").Expand();
            foreach (var block in document.Blocks)
            {
                var kind = block.Kind switch
                {
                    BlockKind.Heading => $"H{block.Level}",
                    BlockKind.ListItem => $"{new string(' ', block.Level * 2)}•",
                    BlockKind.TableRow => $"table {block.Table}",
                    _ => "¶",
                };
                blocks.AddRow(Markup.Escape(block.Source.ToString()), Markup.Escape(kind), Markup.Escape(Shorten(block.Text, 160)));
            }

            console.Write(blocks);
        }

        var decisions = new Table().Title($"Decisions ({result.Decisions.Count})").AddColumn("#").AddColumn("Decision").AddColumn("Section").Expand();
        foreach (var decision in result.Decisions)
        {
            decisions.AddRow(decision.Id, Markup.Escape(decision.Quote), Markup.Escape(decision.Section ?? ""));
        }

        console.Write(decisions);

        var actions = new Table().Title($"Action items ({result.ActionItems.Count})")
            .AddColumn("#").AddColumn("Action").AddColumn("Owner").AddColumn("Due").AddColumn("Section").Expand();
        foreach (var item in result.ActionItems)
        {
            var due = item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? item.DueText ?? "";
            // Nobody named: who the minutes imply, each with why ("Roos Wilhelm? programmamanager Veiligheid").
            var owners = item.Owners.Count > 0 ? Markup.Escape(string.Join(", ", item.Owners))
                : item.Suggestions.Count > 0 ? "[grey]nobody named; suggested:[/]\n" + string.Join("\n", item.Suggestions.Select(s => $"[italic]{Markup.Escape(s.Name)}?[/] [grey]{Markup.Escape(s.Reason)}[/]"))
                : "[grey]nobody named[/]";
            actions.AddRow(
                item.Id + (item.Status == ExtractedStatus.Done ? " ✓" : ""),
                Markup.Escape(item.Quote),
                owners,
                Markup.Escape(due),
                Markup.Escape(item.Section ?? ""));
        }

        console.Write(actions);
    }

    private static void Row(Grid grid, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            grid.AddRow($"[bold]{label}[/]", Markup.Escape(value));
        }
    }

    private static string? Names(IReadOnlyList<Person> people) =>
        people.Count == 0 ? null : string.Join(", ", people.Select(p => p.Organization is null ? p.Name : $"{p.Name} ({p.Organization})"));

    private static string Shorten(string text, int length)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
