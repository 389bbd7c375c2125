using System.Xml.Linq;
using static TeamsBot.Minutes.DocxXml;

namespace TeamsBot.Minutes;

/// <summary>
/// Turns the body of one Word document into blocks. Block sources count body paragraphs and
/// top-level table rows, in order, 1-based.
/// </summary>
internal sealed class DocxBlockReader(DocxStyles styles)
{
    private const int BoldHeadingMaxLength = 120;
    private const int BoldHeadingLevel = 6;

    /// <summary>Bullets people type themselves; the first ten mark a list item in any paragraph.</summary>
    private static readonly char[] TypedBullets = ['•', '◦', '▪', '●', '■', '□', '○', '►', '➢', '✓', '\uF0B7', '·', '-', '–', '*'];

    private static readonly XName Paragraph = W + "p";
    private static readonly XName Table = W + "tbl";
    private static readonly XName Row = W + "tr";
    private static readonly XName Cell = W + "tc";

    /// <summary>Properties and markers around block content that hold no text of their own.</summary>
    private static readonly HashSet<XName> NoContent =
    [
        W + "sectPr", W + "sdtPr", W + "sdtEndPr", W + "tblPr", W + "tblGrid", W + "trPr", W + "tblPrEx", W + "tcPr",
    ];

    private readonly List<Block> _blocks = [];
    private int _position;
    private int _tables;

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>Reads one child of the body (the body is read a child at a time); returns the characters of text it added.</summary>
    public long Add(XElement bodyChild)
    {
        var count = _blocks.Count;
        ReadChild(bodyChild);
        long characters = 0;
        for (var i = count; i < _blocks.Count; i++)
        {
            characters += _blocks[i].Text.Length;
        }

        return characters;
    }

    private void ReadContainer(XElement container)
    {
        foreach (var child in container.Elements())
        {
            ReadChild(child);
        }
    }

    private void ReadChild(XElement child)
    {
        if (child.Name == Paragraph)
        {
            _position++;
            ReadParagraph(child);
        }
        else if (child.Name == Table)
        {
            ReadTable(child);
        }
        else if (child.IsAlternateContent())
        {
            if (Branch(child) is { } branch)
            {
                ReadContainer(branch);
            }
        }
        else if (!NoContent.Contains(child.Name))
        {
            ReadContainer(child);
        }
    }

    private void ReadParagraph(XElement paragraph)
    {
        var text = DocxParagraphText.Read(paragraph, styles, out var allBold);
        if (text.Length == 0)
        {
            return;
        }

        var source = new SourceRef(null, _position);
        var properties = paragraph.Element(W + "pPr");
        var style = styles.Paragraph(properties?.Element(W + "pStyle").Val());
        var outline = properties?.Element(W + "outlineLvl").IntVal();
        if ((outline is not null ? DocxStyles.OutlineHeading(outline) : style.HeadingLevel) is { } level)
        {
            _blocks.Add(Block.Heading(text, level, source));
        }
        else if (ListLevel(properties?.Element(W + "numPr"), style) is var (depth, ordered))
        {
            _blocks.Add(Block.ListItem(text, depth, ordered, source));
        }
        else if (TypedBullet(text, style) is { } item)
        {
            _blocks.Add(Block.ListItem(item, 0, ordered: false, source));
        }
        else if (allBold && text.Length <= BoldHeadingMaxLength && text[^1] is not ('.' or '!' or '?' or ':'))
        {
            // Minute-takers often make headings bold instead of using a heading style.
            _blocks.Add(Block.Heading(text, BoldHeadingLevel, source));
        }
        else
        {
            _blocks.Add(Block.Paragraph(text, source));
        }
    }

    private (int Depth, bool Ordered)? ListLevel(XElement? numbering, DocxParagraphStyle style)
    {
        var numId = numbering?.Element(W + "numId").IntVal() ?? style.NumberingId;
        var level = Math.Clamp(numbering?.Element(W + "ilvl").IntVal() ?? style.NumberingLevel ?? 0, 0, 8);

        // numId 0 switches numbering off; a list Word cannot find is not shown as a list either.
        if (numId is not { } id || id == 0 || styles.IsOrdered(id, level) is not { } ordered)
        {
            return null;
        }

        return (level, ordered);
    }

    private static string? TypedBullet(string text, DocxParagraphStyle style)
    {
        var bullets = style.ListParagraph ? TypedBullets : TypedBullets.AsSpan(0, 10);
        if (text.Length < 3 || !bullets.Contains(text[0]) || !char.IsWhiteSpace(text[1]))
        {
            return null;
        }

        return text[2..];
    }

    private void ReadTable(XElement table)
    {
        _tables++;
        foreach (var row in Rows(table))
        {
            _position++;
            var cells = Cells(row).Select(CellText).ToList();
            if (cells.Exists(c => c.Length > 0))
            {
                _blocks.Add(Block.TableRow(cells, _tables, new SourceRef(null, _position)));
            }
        }
    }

    /// <summary>The rows Word shows: also those inside content controls; not rows deleted with tracked changes.</summary>
    private static IEnumerable<XElement> Rows(XElement table) =>
        table.Elements().SelectMany(child => child.Name == Row
            ? child.Element(W + "trPr")?.Element(W + "del") is null ? [child] : []
            : child.Name == Table || NoContent.Contains(child.Name) ? [] : Rows(child));

    private static IEnumerable<XElement> Cells(XElement row) =>
        row.Elements().SelectMany(child => child.Name == Cell
            ? [child]
            : NoContent.Contains(child.Name) ? [] : Cells(child));

    /// <summary>A cell's paragraphs, one per line; a nested table adds one line per row.</summary>
    private string CellText(XElement cell) => string.Join('\n', CellLines(cell).Where(line => line.Length > 0));

    private IEnumerable<string> CellLines(XElement container) =>
        container.Elements().SelectMany(child =>
            child.Name == Paragraph ? [DocxParagraphText.Read(child, styles, out _)]
            : child.Name == Table ? Rows(child).Select(row => string.Join(" | ", Cells(row).Select(CellText).Where(c => c.Length > 0)))
            : child.IsAlternateContent() ? (Branch(child) is { } branch ? CellLines(branch) : [])
            : NoContent.Contains(child.Name) ? [] : CellLines(child));
}
