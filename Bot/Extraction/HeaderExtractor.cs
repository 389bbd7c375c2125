using System.Globalization;
using System.Text.RegularExpressions;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>The header of a document and the blocks it was read from, which hold no decisions or actions.</summary>
internal sealed record HeaderResult(MeetingHeader Header, IReadOnlySet<int> HeaderBlocks);

/// <summary>
/// Reads what the minutes say about the meeting itself: title, date, place, chair, minute-taker, who was there and
/// who was not, and when the next meeting is. Labels come from the language's header lexicon.
/// </summary>
internal static partial class HeaderExtractor
{
    // The title, date and place stand at the top; attendee lists and the next meeting may stand anywhere.
    private const int TopBlocks = 12;
    private const int MaxTitleLength = 150;
    private const int MaxDateLineLength = 60;

    public static HeaderResult Extract(MinutesDocument document, string language)
    {
        var grammar = HeaderGrammar.For(language);
        var state = new HeaderState(document, language, grammar);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            state.Read(i);
        }

        var title = Title(document, grammar, state.Marked);
        var date = state.Date ?? HeadingDate(document, language, title, state.Marked) ?? EarlyDate(document, language, state.Marked)
            ?? FileNameDate(document.FileName);
        var next = state.NextMeeting(date);
        if (next.Date is null && date is { } held && ScheduledNext(document, language, grammar, held) is { } scheduled)
        {
            next = (scheduled, null);
        }

        var header = new MeetingHeader
        {
            Title = title,
            Date = date,
            Location = state.Location,
            Chair = state.Chair,
            MinuteTaker = state.MinuteTaker,
            Attendees = state.Attendees,
            Absent = state.Absent,
            NextMeeting = next.Date,
            NextMeetingTime = next.Time,
        };
        return new HeaderResult(header, state.Marked);
    }

    /// <summary>
    /// The first date after the meeting in a schedule table of the minutes (a column headed "Vergaderdatum" or "TAC Meeting
    /// Date"), for minutes that name no next meeting otherwise; null when there is no such table or no later date in it.
    /// </summary>
    private static DateOnly? ScheduledNext(MinutesDocument document, string language, HeaderGrammar grammar, DateOnly meeting)
    {
        if (grammar.Lexicon.ScheduleColumns.Count == 0)
        {
            return null;
        }

        var columns = new Dictionary<int, int>();
        DateOnly? next = null;
        foreach (var row in document.Blocks.Where(b => b.Kind == BlockKind.TableRow))
        {
            if (!columns.TryGetValue(row.Table, out var column))
            {
                column = row.Cells.ToList().FindIndex(cell => cell.Length <= MaxDateLineLength
                    && grammar.Lexicon.ScheduleColumns.Any(label => ScheduleLabel(cell, label)));
                columns[row.Table] = column;
                continue;
            }

            if (column >= 0 && column < row.Cells.Count
                && DateParser.Find(row.Cells[column], language, meeting) is [var date, ..] && date.Date > meeting && (next is null || date.Date < next))
            {
                next = date.Date;
            }
        }

        return next;

        static bool ScheduleLabel(string cell, string label)
        {
            var at = cell.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            return at >= 0 && (at == 0 || !char.IsLetter(cell[at - 1])) && (at + label.Length == cell.Length || !char.IsLetter(cell[at + label.Length]));
        }
    }

    /// <summary>
    /// "20250123_Kwartaalbijeenkomst.md", "Notulen 2023-05-24.docx", "verslag 24-05-2023.pdf": the date in the file's name,
    /// for minutes whose text names none.
    /// </summary>
    internal static DateOnly? FileNameDate(string? fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName ?? "");
        if (YearFirst().Match(name) is { Success: true } iso && Valid(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) is { } first)
        {
            return first;
        }

        return DayFirst().Match(name) is { Success: true } dutch ? Valid(dutch.Groups["y"].Value, dutch.Groups["m"].Value, dutch.Groups["d"].Value) : null;

        static DateOnly? Valid(string year, string month, string day) =>
            DateOnly.TryParseExact($"{year}-{month}-{day}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[-_.]?(?<m>[01]\d)[-_.]?(?<d>[0-3]\d)(?!\d)")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>[0-3]\d)[-_.](?<m>[01]\d)[-_.](?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex DayFirst();

    private static string? Title(MinutesDocument document, HeaderGrammar grammar, HashSet<int> marked)
    {
        var blocks = document.Blocks;
        var top = Math.Min(blocks.Count, TopBlocks);
        bool IsTitleHeading(int i) => blocks[i].Kind == BlockKind.Heading && !marked.Contains(i) && !grammar.SectionLine.IsMatch(blocks[i].Text);

        if (top > 0 && IsTitleHeading(0))
        {
            return MarkTitle(0);
        }

        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            return Clean(document.Title);
        }

        for (var i = 0; i < top; i++)
        {
            if (IsTitleHeading(i))
            {
                return MarkTitle(i);
            }
        }

        for (var i = 0; i < top; i++)
        {
            var line = blocks[i].Text.Split('\n')[0];
            if (blocks[i].Kind == BlockKind.Paragraph && !marked.Contains(i) && line.Length <= MaxTitleLength)
            {
                return MarkTitle(i);
            }
        }

        return null;

        string MarkTitle(int index)
        {
            marked.Add(index);
            return Clean(blocks[index].Text.Split('\n')[0]);
        }
    }

    /// <summary>The text as written, without markup the reader left around it ("## **Verslag**").</summary>
    internal static string Clean(string text) => text.Trim().Trim('#', '*', '_', '`', ' ').Trim();

    private static DateOnly? HeadingDate(MinutesDocument document, string language, string? title, HashSet<int> marked)
    {
        if (title is not null && DateParser.Find(title, language, null) is [var inTitle, ..])
        {
            return inTitle.Date;
        }

        var blocks = document.Blocks;
        for (var i = 0; i < Math.Min(blocks.Count, TopBlocks); i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && DateParser.Find(blocks[i].Text, language, null) is [var mention, ..])
            {
                marked.Add(i);
                return mention.Date;
            }
        }

        return null;
    }

    private static DateOnly? EarlyDate(MinutesDocument document, string language, HashSet<int> marked)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < Math.Min(blocks.Count, TopBlocks); i++)
        {
            if (DateParser.Find(blocks[i].Text, language, null) is [var mention, ..])
            {
                // A line that is only the date belongs to the header; a sentence with a date does not.
                if (blocks[i].Text.Length <= MaxDateLineLength)
                {
                    marked.Add(i);
                }

                return mention.Date;
            }
        }

        return null;
    }
}
