using System.Globalization;
using System.Text.RegularExpressions;
using TeamsBot.Extraction;

namespace TeamsBot.Reminders;

/// <summary>
/// What a "volgende vergadering ..." / "next meeting ..." command says: a date (with a time when given) or a rhythm,
/// or why it could not be read.
/// </summary>
public sealed record NextMeetingCommand(DateOnly? Date, TimeOnly? Time, Cadence? Cadence, string? Problem)
{
    private static readonly string[] IsoForms = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>
    /// Reads the command's text, with or without its leading words: "volgende vergadering 21 juni 2023 13:30",
    /// "next meeting June 21 at 2 pm", "volgende vergadering elke 4 weken op woensdag 13:30", "volgende vergadering morgen
    /// 13:30", "next meeting Thursday". A date without a year is the next such date from <paramref name="today"/>; a
    /// weekday is the first one after today.
    /// </summary>
    public static NextMeetingCommand Parse(string text, DateOnly today, string? language = null)
    {
        var languages = LexiconFiles.Languages.OrderBy(l => l == language ? 0 : 1).ToList();
        var argument = text.Trim();
        foreach (var lang in languages)
        {
            var lead = new Regex($@"^\s*(?:{PhrasePattern.Of(ReminderLexicon.For(lang).NextMeeting)})\s*[:：]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            argument = lead.Replace(argument, "", 1);
        }

        if (DateTime.TryParseExact(argument, IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return new NextMeetingCommand(DateOnly.FromDateTime(iso), TimeOnly.FromDateTime(iso), null, null);
        }

        if (CadenceParser.Parse(argument, language) is { } cadence)
        {
            return new NextMeetingCommand(null, null, cadence, null);
        }

        foreach (var lang in languages)
        {
            if (DateParser.Scan(argument, lang).FirstOrDefault() is { Length: > 0 } written && DateOf(written, today) is { } date)
            {
                var rest = argument.Remove(written.Start, written.Length);
                return new NextMeetingCommand(date, TimeOfDayParser.Find(rest, lang)?.Time, null, null);
            }
        }

        // "morgen 13:30", "overmorgen", "donderdag om 10 uur", "over twee weken": a day counted from today.
        foreach (var lang in languages)
        {
            if (DueDateResolver.Resolve(argument, lang, today, null) is { Date: { } day, Text.Length: > 0 } relative && day >= today)
            {
                var at = argument.IndexOf(relative.Text, StringComparison.OrdinalIgnoreCase);
                var rest = at < 0 ? argument : argument.Remove(at, relative.Text.Length);
                return new NextMeetingCommand(day, TimeOfDayParser.Find(rest, lang)?.Time, null, null);
            }
        }

        return new NextMeetingCommand(null, null, null, $"'{argument}' is neither a date (\"21 juni 2023 13:30\", \"2023-06-21T13:30\") nor a rhythm (\"elke 4 weken op woensdag 13:30\").");
    }

    private static DateOnly? DateOf(WrittenDate written, DateOnly today)
    {
        if (written.Year is { } year)
        {
            return written.In(year);
        }

        return written.In(today.Year) is { } thisYear && thisYear >= today ? thisYear : written.In(today.Year + 1);
    }
}
