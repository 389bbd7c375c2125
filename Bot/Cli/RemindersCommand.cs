using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Reminders;
using TeamsBot.Samples;

namespace TeamsBot.Cli;

/// <summary><c>reminders plan [file] [--next-meeting] [--now] [--time-zone] [--json]</c>: who would be reminded of what, and when; nothing is sent.</summary>
internal static class RemindersCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] OffsetForms = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"];
    private static readonly string[] LocalForms = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("minutes-file") { Description = "The minutes (.docx, .pdf, .md, .txt, .html). Without it: the bundled sample minutes.", Arity = ArgumentArity.ZeroOrOne };
        var next = new Option<string?>("--next-meeting") { Description = "The next meeting: an ISO date-time (2023-06-21T13:30, local to --time-zone, or with an offset), \"21 juni 2023 13:30\", or a rhythm (\"elke 4 weken op woensdag 13:30\"). Default: the next meeting the minutes state." };
        var now = new Option<string?>("--now") { Description = "Plan as if it were this moment (ISO date-time). Default: now." };
        var zone = new Option<string>("--time-zone") { Description = "The team's IANA time zone.", DefaultValueFactory = _ => new ReminderSettings().TimeZone };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON on stdout." };
        var plan = new Command("plan", "Print who would get which reminder when, and the channel's carry-over post, without sending anything.") { file, next, now, zone, json };
        plan.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(next), parse.GetValue(now), parse.GetValue(zone)!, parse.GetValue(json)));
        return new Command("reminders", "Reminders before the next meeting.") { plan };
    }

    private static int Run(FileInfo? path, string? nextText, string? nowText, string timeZone, bool json)
    {
        var settings = new ReminderSettings { TimeZone = timeZone };
        if (settings.Problem() is { } problem)
        {
            return Fail($"--time-zone: {problem}");
        }

        var zone = ZonedTime.FindZone(timeZone);
        var now = nowText is null ? TimeProvider.System.GetUtcNow() : Instant(nowText, zone);
        if (now is null)
        {
            return Fail($"--now: '{nowText}' is not an ISO date-time such as 2023-06-01T10:00 or 2023-06-01T10:00:00+02:00.");
        }

        ExtractionResult result;
        try
        {
            var reader = new MinutesReader(MinutesReaderOptions.FromConfiguration());
            var document = path is null ? SampleMinutes.Read(reader) : reader.ReadFile(path.FullName);
            result = MinutesExtractor.Extract(document, new ExtractionOptions(null));
        }
        catch (UnreadableMinutesException ex)
        {
            return Fail(ex.Message);
        }

        var clock = new FixedClock(now.Value);
        if (Resolve(nextText, result, settings, clock) is not { } resolution)
        {
            return Fail($"--next-meeting: {NextMeetingCommand.Parse(nextText!, ZonedTime.DateIn(now.Value, zone), result.Language).Problem}");
        }

        var items = result.ActionItems.Select(a => new ReminderItem(a.Id, a.Owners, a.Due, a.Status == ExtractedStatus.Done ? ReminderItemStatus.Done : ReminderItemStatus.Open)).ToList();
        var reminderPlan = new ReminderPlanner(clock, settings).Plan(items, resolution.Meeting, result.Meeting.MinuteTaker);
        if (json)
        {
            Console.Out.WriteLine(ReminderPlanJson.From(reminderPlan, resolution.Source).ToJsonString(Indented));
        }
        else
        {
            ReminderPlanView.Write(AnsiConsole.Console, reminderPlan, resolution, timeZone);
        }

        if (resolution.Meeting is null)
        {
            Console.Error.WriteLine("No next meeting is known (the minutes state none; give --next-meeting): only the items' own due dates are planned.");
        }

        return 0;
    }

    /// <summary>The next meeting from --next-meeting, else the minutes' statement; null when --next-meeting cannot be read.</summary>
    private static NextMeetingResolution? Resolve(string? text, ExtractionResult result, ReminderSettings settings, TimeProvider clock)
    {
        var zone = ZonedTime.FindZone(settings.TimeZone);
        var inputs = new NextMeetingInputs { Title = result.Meeting.Title, StatedDate = result.Meeting.NextMeeting, StatedTime = result.Meeting.NextMeetingTime, LastMeeting = result.Meeting.Date };
        if (text is null)
        {
            return new NextMeetingResolver(clock, settings).Resolve(inputs);
        }

        if (DateTimeOffset.TryParseExact(text, OffsetForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            return new(NextMeetingSource.Command, new ScheduledMeeting(ZonedTime.In(exact, zone), settings.TimeZone), "--next-meeting");
        }

        var command = NextMeetingCommand.Parse(text, ZonedTime.DateIn(clock.GetUtcNow(), zone), result.Language);
        if (command.Date is { } date)
        {
            return new(NextMeetingSource.Command, ScheduledMeeting.At(date, command.Time, settings.TimeZone, settings.DefaultMeetingTime), "--next-meeting");
        }

        return command.Cadence is { } cadence
            ? new NextMeetingResolver(clock, settings).Resolve(inputs with { StatedDate = null, Cadence = cadence })
            : null;
    }

    private static DateTimeOffset? Instant(string text, TimeZoneInfo zone)
    {
        if (DateTimeOffset.TryParseExact(text, OffsetForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            return exact;
        }

        return DateTime.TryParseExact(text, LocalForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? ZonedTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone)
            : null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }

    /// <summary>The clock standing still at the --now the user gave.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
