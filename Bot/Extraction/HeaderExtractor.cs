using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>The header of a document and the blocks it was read from, which hold no decisions or actions.</summary>
internal sealed record HeaderResult(MeetingHeader Header, IReadOnlySet<int> HeaderBlocks);

/// <summary>
/// Reads what the minutes say about the meeting itself: title, date, place, chair, minute-taker, who was there and
/// who was not, and when the next meeting is. Labels come from the language's header lexicon.
/// </summary>
internal static class HeaderExtractor
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
        var date = state.Date ?? HeadingDate(document, language, title, state.Marked) ?? EarlyDate(document, language, state.Marked);
        var header = new MeetingHeader
        {
            Title = title,
            Date = date,
            Location = state.Location,
            Chair = state.Chair,
            MinuteTaker = state.MinuteTaker,
            Attendees = state.Attendees,
            Absent = state.Absent,
            NextMeeting = state.NextMeetingDate(date),
        };
        return new HeaderResult(header, state.Marked);
    }

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
