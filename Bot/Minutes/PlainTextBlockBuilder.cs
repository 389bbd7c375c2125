using System.Text;

namespace TeamsBot.Minutes;

/// <summary>
/// Finds the structure of a plain text file. Blank lines separate groups of lines; within a group
/// a line is a list item (bullet or number), a heading (numbered agenda item, ALL CAPS, setext
/// underline, or a lone "Label:" group), or a paragraph. A line that does not end a sentence and is
/// followed by one starting in lower case was wrapped by hand and is joined with the next;
/// other lines stay separate paragraphs, as Word's text export writes one paragraph per line.
/// </summary>
internal sealed class PlainTextBlockBuilder
{
    private const int MaxHeadingLength = 80;

    private readonly List<Block> _blocks = [];
    private readonly List<int> _listIndents = [];

    public static IReadOnlyList<Block> Build(IReadOnlyList<IReadOnlyList<PlainTextLine>> groups)
    {
        var builder = new PlainTextBlockBuilder();
        for (var g = 0; g < groups.Count; g++)
        {
            builder.AddGroup(groups[g], hasNextGroup: g + 1 < groups.Count);
        }

        return builder._blocks;
    }

    private void AddGroup(IReadOnlyList<PlainTextLine> group, bool hasNextGroup)
    {
        var i = 0;
        while (i < group.Count)
        {
            var line = group[i];
            var source = new SourceRef(null, line.Number);
            if (line.IsRule)
            {
                i++;
            }
            else if (i + 1 < group.Count && group[i + 1].IsRule && group[i + 1].Content[0] is '=' or '-' && !line.IsListLine)
            {
                AddHeading(line.Content, group[i + 1].Content[0] == '=' ? 1 : 2, source);
                i += 2;
            }
            else if (line.Marker == PlainTextMarker.Number && IsAgendaHeading(group, i))
            {
                AddHeading(line.Content, line.NumberParts > 1 ? 3 : 2, source);
                i++;
            }
            else if (line.IsListLine)
            {
                i = AddListItem(group, i, source);
            }
            else if (IsAllCapsHeading(line))
            {
                AddHeading(line.Content, 2, source);
                i++;
            }
            else if (group.Count == 1 && hasNextGroup && line.Last == ':' && line.Content.Length < MaxHeadingLength)
            {
                AddHeading(line.Content[..^1].TrimEnd(), 3, source);
                i++;
            }
            else
            {
                i = AddParagraph(group, i, source);
            }
        }
    }

    /// <summary>
    /// "3. Rondvraag" is an agenda heading when it is short, does not read as a sentence, and is
    /// not one of a run of numbered lines (a numbered list) or the first item under a "...:" line.
    /// </summary>
    private static bool IsAgendaHeading(IReadOnlyList<PlainTextLine> group, int i)
    {
        var line = group[i];
        if (line.Content.Length >= MaxHeadingLength || line.EndsSentence || line.Last == ',')
        {
            return false;
        }

        if (group.Count == 1)
        {
            return true;
        }

        var previous = i > 0 ? group[i - 1] : null;
        var next = i + 1 < group.Count ? group[i + 1] : null;
        if (previous is not null && (SameNumbering(previous, line) || previous.Last == ':'))
        {
            return false;
        }

        return next is null
            || (!SameNumbering(next, line) && !(next.IsListLine && next.Indent > line.Indent) && !Continues(line, next, inList: true));
    }

    private static bool SameNumbering(PlainTextLine other, PlainTextLine line) =>
        other.Marker == line.Marker && other.NumberParts == line.NumberParts;

    private static bool IsAllCapsHeading(PlainTextLine line)
    {
        if (line.Content.Length >= MaxHeadingLength || line.Last is '.' or '!' or '?' or ';' or ',')
        {
            return false;
        }

        var letters = 0;
        foreach (var c in line.Content)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 3;
    }

    /// <summary>Whether <paramref name="next"/> carries on the text of the line before it.</summary>
    private static bool Continues(PlainTextLine current, PlainTextLine next, bool inList) =>
        !next.IsListLine && !next.IsRule
        && ((!current.EndsSentence && next.StartsLowercase) || (inList && next.Indent > current.Indent));

    private int AddParagraph(IReadOnlyList<PlainTextLine> group, int i, SourceRef source)
    {
        _listIndents.Clear();
        var text = new StringBuilder(group[i].Content);
        while (i + 1 < group.Count && Continues(group[i], group[i + 1], inList: false))
        {
            text.Append(' ').Append(group[++i].Content);
        }

        _blocks.Add(Block.Paragraph(text.ToString(), source));
        return i + 1;
    }

    private int AddListItem(IReadOnlyList<PlainTextLine> group, int i, SourceRef source)
    {
        var item = group[i];
        var depth = Math.Max(DepthOf(item.Indent), item.NumberParts - 1);
        var text = new StringBuilder(item.Body);
        var last = item;
        while (i + 1 < group.Count && Continues(last, group[i + 1], inList: true) && group[i + 1].Indent >= item.Indent)
        {
            last = group[++i];
            text.Append(' ').Append(last.Content);
        }

        _blocks.Add(Block.ListItem(text.ToString(), depth, item.Marker != PlainTextMarker.Bullet, source));
        return i + 1;
    }

    private void AddHeading(string text, int level, SourceRef source)
    {
        _listIndents.Clear();
        _blocks.Add(Block.Heading(text, level, source));
    }

    /// <summary>
    /// Nesting follows the indentation of the items before: two or more columns deeper than the
    /// item above opens a level, whether the writer used two spaces, four or a tab.
    /// </summary>
    private int DepthOf(int indent)
    {
        while (_listIndents.Count > 0 && indent < _listIndents[^1] - 1)
        {
            _listIndents.RemoveAt(_listIndents.Count - 1);
        }

        if (_listIndents.Count == 0 || indent >= _listIndents[^1] + 2)
        {
            _listIndents.Add(indent);
        }

        return _listIndents.Count - 1;
    }
}
