namespace TeamsBot.Minutes;

/// <summary>The formats the bot can read.</summary>
public enum MinutesFormat { Markdown, Text, Html, Docx, Pdf }

/// <summary>What a block of a document is.</summary>
public enum BlockKind { Heading, Paragraph, ListItem, TableRow }

/// <summary>
/// Where a block came from, so that every extracted item can point back to its source.
/// <see cref="Page"/> is the 1-based page of a PDF and null elsewhere; <see cref="Line"/> is the
/// 1-based line of a text, Markdown or HTML file (for HTML written on one line: the block's position),
/// the 1-based paragraph of a Word document, or the 1-based line on the PDF page.
/// </summary>
public readonly record struct SourceRef(int? Page, int Line)
{
    public override string ToString() => Page is { } page ? $"page {page}, line {Line}" : $"line {Line}";
}

/// <summary>A link in a block: the text the reader sees and where it points.</summary>
public readonly record struct BlockLink(string Text, string Url);

/// <summary>
/// One block of a document: a heading, a paragraph, a list item or a table row, as plain text
/// (formatting stripped, whitespace collapsed, soft line breaks kept as '\n').
/// </summary>
public sealed record Block
{
    public required BlockKind Kind { get; init; }

    public required string Text { get; init; }

    /// <summary>Heading level (1 = top) for headings; nesting depth (0 = top) for list items; 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>For list items: true when the list is numbered.</summary>
    public bool Ordered { get; init; }

    /// <summary>For table rows: the cell texts, in order.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>For table rows: the 1-based number of the table in the document; rows of one table share it.</summary>
    public int Table { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>The links of the block as its writer wrote them (Markdown "[text](url)"), so that a quote can be verbatim.</summary>
    public IReadOnlyList<BlockLink> Links { get; init; } = [];

    public static Block Heading(string text, int level, SourceRef source) =>
        new() { Kind = BlockKind.Heading, Text = text, Level = level, Source = source };

    public static Block Paragraph(string text, SourceRef source) =>
        new() { Kind = BlockKind.Paragraph, Text = text, Source = source };

    public static Block ListItem(string text, int depth, bool ordered, SourceRef source) =>
        new() { Kind = BlockKind.ListItem, Text = text, Level = depth, Ordered = ordered, Source = source };

    public static Block TableRow(IReadOnlyList<string> cells, int table, SourceRef source) =>
        new() { Kind = BlockKind.TableRow, Text = string.Join(" | ", cells), Cells = cells, Table = table, Source = source };
}

/// <summary>
/// A document of minutes, read into an ordered list of blocks. <see cref="Title"/> is the title the
/// file itself declares (Word or PDF properties, HTML &lt;title&gt;, Markdown front matter), if any.
/// </summary>
public sealed record MinutesDocument(string FileName, MinutesFormat Format, IReadOnlyList<Block> Blocks, string? Title = null);
