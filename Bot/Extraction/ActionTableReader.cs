using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>
/// Reads action tables (nr / actie / wie / wanneer / status) and decision tables: a table whose first row names
/// such columns gives one item per further row, with the owners, due date and status its cells state.
/// </summary>
internal sealed class ActionTableReader(ItemLexicon lexicon, OwnerFinder owners)
{
    public IReadOnlyList<TableItem> Read(MinutesDocument document, IReadOnlySet<int> skip, string? language, DateOnly? meetingDate, DateOnly? nextMeeting, Func<int, string?> sectionOf)
    {
        var items = new List<TableItem>();
        foreach (var table in document.Blocks.Select((block, index) => (block, index))
                     .Where(b => b.block.Kind == BlockKind.TableRow && !skip.Contains(b.index))
                     .GroupBy(b => b.block.Table))
        {
            var rows = table.ToList();
            var columns = Columns(rows[0].block.Cells);
            var isActions = columns.What >= 0 && (columns.Who >= 0 || columns.When >= 0);
            var isDecisions = columns.Decision >= 0;
            if (!isActions && !isDecisions)
            {
                continue;
            }

            foreach (var (row, index) in rows.Skip(1))
            {
                var what = Cell(row, isActions ? columns.What : columns.Decision);
                if (what.Length == 0)
                {
                    continue;
                }

                var who = Cell(row, columns.Who);
                var when = Cell(row, columns.When);
                var status = Cell(row, columns.Status);
                var due = when.Length > 0 && language is not null ? DueDateResolver.Resolve(when, language, meetingDate, nextMeeting) : null;
                items.Add(new TableItem(
                    isActions,
                    what,
                    who.Length > 0 ? owners.Field(who) : [],
                    due?.Date,
                    when.Length > 0 ? when : null,
                    IsDone(status) ? ExtractedStatus.Done : ExtractedStatus.Open,
                    row.Text,
                    sectionOf(index),
                    row.Source));
            }
        }

        return items;
    }

    public bool IsDone(string text) =>
        lexicon.File.DoneWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    private (int What, int Who, int When, int Status, int Decision) Columns(IReadOnlyList<string> header)
    {
        var words = lexicon.File.TableColumns;
        return (Find(header, words.What), Find(header, words.Who), Find(header, words.When), Find(header, words.Status), Find(header, words.Decision));
    }

    private static int Find(IReadOnlyList<string> header, IReadOnlyList<string> names)
    {
        for (var i = 0; i < header.Count; i++)
        {
            // "Verantwoordelijke(n)", "Owner(s)": a plural ending in brackets is still the column's name.
            var cell = header[i].Trim().TrimEnd(':', '?').Trim();
            var bracket = cell.IndexOf('(', StringComparison.Ordinal);
            cell = bracket > 0 && cell.EndsWith(')') && cell.Length - bracket <= 4 ? cell[..bracket].Trim() : cell;
            if (names.Any(name => cell.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Cell(Block row, int column) => column >= 0 && column < row.Cells.Count ? row.Cells[column].Trim() : "";
}

/// <summary>An action item or decision read from one row of a table.</summary>
internal sealed record TableItem(
    bool IsAction, string Text, IReadOnlyList<string> Owners, DateOnly? Due, string? DueText, ExtractedStatus Status, string Quote, string? Section, SourceRef Source);
