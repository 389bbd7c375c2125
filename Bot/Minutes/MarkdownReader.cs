using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamsBot.Minutes;

/// <summary>Reads Markdown with Markdig: headings, lists, tables; emphasis, links and inline HTML stripped to text.</summary>
internal sealed class MarkdownReader : IDocumentReader
{
    private const int MaxNesting = 64;

    /// <summary>Columns of indentation that only lists nested past <see cref="MaxNesting"/> reach.</summary>
    private const int MaxIndent = 2 * MaxNesting;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseYamlFrontMatter()
        .Build();

    public MinutesFormat Format => MinutesFormat.Markdown;

    // Markdown has no signature; the facade picks it by extension.
    public bool Recognizes(ReadOnlySpan<byte> head) => false;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options)
    {
        var text = TextDecoding.Decode(content, fileName);
        // Markdig's work grows with nesting times indentation: two thousand levels of indented lists took half a minute.
        if (IndentedPast(text, MaxIndent))
        {
            return AsPlainText(content, fileName, options);
        }

        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurdly deep nesting; the text is still worth reading line by line.
            return AsPlainText(content, fileName, options);
        }

        var walker = new Walker();
        var blocks = markdown.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            // A table written in HTML ("<table><tr><td>", as exports from Google Docs write one) is read as a table, though
            // its blank lines cut it into many Markdown blocks.
            if (HtmlTableEnd(blocks, i, text) is { } end)
            {
                walker.VisitHtml(text[blocks[i].Span.Start..(blocks[end].Span.End + 1)], blocks[i].Line + 1);
                i = end;
                continue;
            }

            walker.Visit(blocks[i], listDepth: -1, nesting: 0);
        }

        return new MinutesDocument(fileName, Format, walker.Blocks, walker.Title);
    }

    /// <summary>
    /// The index of the block that closes an HTML table opened by block <paramref name="start"/>, or null when that block opens
    /// none or the table is never closed (then its blocks are read as they are).
    /// </summary>
    private static int? HtmlTableEnd(List<Markdig.Syntax.Block> blocks, int start, string text)
    {
        if (blocks[start] is not HtmlBlock)
        {
            return null;
        }

        var depth = 0;
        for (var i = start; i < blocks.Count; i++)
        {
            var span = blocks[i].Span;
            if (span.Start < 0 || span.End >= text.Length)
            {
                return null;
            }

            var source = text.AsSpan(span.Start, span.Length);
            depth += Count(source, "<table") - Count(source, "</table");
            if (i == start && depth <= 0)
            {
                return null;
            }

            if (depth <= 0)
            {
                return i;
            }
        }

        return null;

        static int Count(ReadOnlySpan<char> source, string tag)
        {
            var count = 0;
            for (var at = source.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = source.IndexOf(tag, StringComparison.OrdinalIgnoreCase))
            {
                count++;
                source = source[(at + tag.Length)..];
            }

            return count;
        }
    }

    private MinutesDocument AsPlainText(byte[] content, string fileName, MinutesReaderOptions options) =>
        new PlainTextReader().Read(content, fileName, options) with { Format = Format };

    /// <summary>Whether any line starts with more than <paramref name="columns"/> columns of spaces and tabs; one pass.</summary>
    private static bool IndentedPast(string text, int columns)
    {
        var indent = 0;
        var atLineStart = true;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                indent = 0;
                atLineStart = true;
            }
            else if (atLineStart && c is (' ' or '\t'))
            {
                indent += c == '\t' ? 4 : 1;
                if (indent > columns)
                {
                    return true;
                }
            }
            else
            {
                atLineStart = false;
            }
        }

        return false;
    }

    private sealed class Walker
    {
        private readonly List<BlockLink> _links = [];
        private int _tables;

        public List<Block> Blocks { get; } = [];

        public string? Title { get; private set; }

        public void Visit(Markdig.Syntax.Block block, int listDepth, int nesting)
        {
            if (nesting > MaxNesting)
            {
                return;
            }

            var source = new SourceRef(null, block.Line + 1);
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    Title = FrontMatterTitle(yaml);
                    break;
                case HeadingBlock heading:
                    Add(Block.Heading(Text(heading.Inline), heading.Level, source));
                    break;
                case ParagraphBlock paragraph when listDepth >= 0:
                    Add(Block.ListItem(Text(paragraph.Inline), listDepth, ((ListBlock)paragraph.Parent!.Parent!).IsOrdered, source));
                    break;
                case ParagraphBlock paragraph:
                    var text = Text(paragraph.Inline);
                    Add(InlineText.IsWhollyStrong(paragraph.Inline) && LooksLikeHeading(text)
                        ? Block.Heading(text, 6, source)
                        : Block.Paragraph(text, source));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        VisitListItem(item, listDepth + 1, nesting + 1);
                    }

                    break;
                case Table table:
                    VisitTable(table);
                    break;
                case LeafBlock leaf when leaf is CodeBlock or HtmlBlock:
                    var raw = InlineText.Collapse(leaf is HtmlBlock ? InlineText.StripTags(leaf.Lines.ToString()) : leaf.Lines.ToString());
                    if (raw.Length > 0)
                    {
                        Add(Block.Paragraph(raw, source));
                    }

                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Visit(child, listDepth, nesting + 1);
                    }

                    break;
            }
        }

        /// <summary>The blocks of HTML written in the Markdown, starting at <paramref name="line"/>: its tables as tables.</summary>
        public void VisitHtml(string html, int line)
        {
            using var document = HtmlBlockWalker.Parse(html);
            var tables = _tables;
            foreach (var block in HtmlBlockWalker.Walk(document.Body ?? (AngleSharp.Dom.INode)document))
            {
                var source = new SourceRef(null, line + block.Source.Line - 1);
                if (block.Kind == BlockKind.TableRow)
                {
                    _tables = Math.Max(_tables, tables + block.Table);
                    Blocks.Add(block with { Table = tables + block.Table, Source = source });
                }
                else
                {
                    Add(block with { Source = source });
                }
            }
        }

        private void VisitListItem(ListItemBlock item, int depth, int nesting)
        {
            // The item's own paragraphs are one list item; nested lists become their own items.
            var own = new StringBuilder();
            var first = true;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph && (first || own.Length > 0))
                {
                    if (own.Length > 0)
                    {
                        own.Append('\n');
                    }

                    own.Append(Text(paragraph.Inline));
                    first = false;
                    continue;
                }

                Flush(own, item, depth);
                Visit(child, depth, nesting + 1);
            }

            Flush(own, item, depth);
        }

        private void Flush(StringBuilder own, ListItemBlock item, int depth)
        {
            if (own.Length > 0)
            {
                Add(Block.ListItem(own.ToString(), depth, ((ListBlock)item.Parent!).IsOrdered, new SourceRef(null, item.Line + 1)));
                own.Clear();
            }
        }

        private void VisitTable(Table table)
        {
            _tables++;
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = row.OfType<TableCell>()
                    .Select(cell => string.Join('\n', cell.OfType<ParagraphBlock>().Select(p => Text(p.Inline))))
                    .ToArray();
                if (cells.Any(c => c.Length > 0))
                {
                    Blocks.Add(Block.TableRow(cells, _tables, new SourceRef(null, row.Line + 1)) with { Links = [.. _links] });
                }

                _links.Clear();
            }
        }

        private void Add(Block block)
        {
            if (block.Text.Length > 0)
            {
                Blocks.Add(_links.Count > 0 ? block with { Links = [.. _links] } : block);
            }

            _links.Clear();
        }

        /// <summary>The plain text of an inline; its links are kept for the block it goes into.</summary>
        private string Text(ContainerInline? inline)
        {
            _links.AddRange(InlineText.Links(inline));
            return InlineText.Of(inline);
        }

        private static bool LooksLikeHeading(string text) =>
            text.Length <= 120 && !text.Contains('\n', StringComparison.Ordinal) && text[^1] is not ('.' or '!' or '?' or ':');

        private static string? FrontMatterTitle(YamlFrontMatterBlock yaml)
        {
            foreach (var line in yaml.Lines.Lines)
            {
                var text = line.ToString();
                if (text.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
                {
                    var title = text["title:".Length..].Trim().Trim('"', '\'');
                    return title.Length > 0 ? title : null;
                }
            }

            return null;
        }
    }
}
