using Spectre.Console;

namespace TeamsBot.Reminders;

/// <summary>The human-readable terminal view of a reminder plan: when the meeting is, who gets what and when.</summary>
internal static class ReminderPlanView
{
    public static void Write(IAnsiConsole console, ReminderPlan plan, NextMeetingResolution resolution, string timeZone)
    {
        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        header.AddRow("[bold]Next meeting[/]", plan.NextMeeting is { } m
            ? Markup.Escape(ReminderPlanJson.Instant(m.Start) + (m.TimeStated ? "" : " (time not stated; assumed)"))
            : "[yellow]none known[/]");
        header.AddRow("[bold]Decided by[/]", Markup.Escape(resolution.Reason));
        header.AddRow("[bold]Time zone[/]", Markup.Escape(timeZone));
        console.Write(new Panel(header).Header("[bold]Reminder plan (nothing is sent)[/]").Expand());

        if (plan.MeetingPassed)
        {
            console.MarkupLine("[yellow]The next meeting has already begun at --now: nothing to plan for it.[/]");
            return;
        }

        var pings = new Table().Title($"Personal reminders ({plan.Pings.Count})").AddColumn("Send at").AddColumn("To").AddColumn("Why").AddColumn("Items").Expand();
        foreach (var ping in plan.Pings)
        {
            var items = string.Join(", ", ping.Items.Select(i => Noted(i, ping.Overdue.Contains(i) ? "overdue" : null, ping.ToAssign.Contains(i) ? "to assign" : null)));
            pings.AddRow(Markup.Escape(ReminderPlanJson.Instant(ping.SendAt)), Markup.Escape(ping.Owner), ReminderPlanJson.Kebab(ping.Reason.ToString()), Markup.Escape(items));
        }

        console.Write(pings);
        if (plan.CarryOver is not { } carry)
        {
            console.MarkupLine("[grey]No carry-over post to the channel.[/]");
            return;
        }

        var post = new Table().Title($"Carry-over post to the channel at {Markup.Escape(ReminderPlanJson.Instant(carry.SendAt))}").AddColumn("Owner").AddColumn("Open items").Expand();
        foreach (var owner in carry.Owners)
        {
            post.AddRow(owner.Owner is null ? "[grey]no owner yet[/]" : Markup.Escape(owner.Owner), Markup.Escape(string.Join(", ", owner.Items)));
        }

        console.Write(post);
    }

    /// <summary>An item id with its notes: "a8 (overdue, to assign)".</summary>
    private static string Noted(string id, params string?[] notes) =>
        notes.Any(n => n is not null) ? $"{id} ({string.Join(", ", notes.Where(n => n is not null))})" : id;
}
