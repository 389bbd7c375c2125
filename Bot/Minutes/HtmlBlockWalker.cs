using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TeamsBot.Minutes;

/// <summary>
/// Walks an HTML tree in document order, without recursion (minutes can be nested thousands of
/// elements deep), and cuts its text into blocks at block-level elements.
/// Each block takes the kind of the innermost block element around its text.
/// </summary>
internal sealed class HtmlBlockWalker
{
    private const int MaxBoldHeadingLength = 120;

    private readonly List<Block> _blocks = [];
    private readonly List<Context> _contexts = [];
    private readonly List<bool> _listOrdered = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _marker = new();
    private int _boldDepth;
    private int _preDepth;
    private int _markerDepth;
    private bool _inHiddenListMarker;
    private int _boldChars;
    private int _allChars;
    private int _lastLine = 1;
    private int _tables;

    [Flags]
    private enum Entered
    {
        None = 0,
        Block = 1,
        List = 2,
        Bold = 4,
        Pre = 8,
        Marker = 16,
    }

    private enum ContextKind { Paragraph, Heading, ListItem, MsoListItem }

    /// <summary>
    /// Parses HTML as every reader must: nesting capped first (<see cref="HtmlNestingLimit"/>), source lines kept so that a
    /// block knows where it stands. The caller disposes the document.
    /// </summary>
    public static IHtmlDocument Parse(string html) =>
        new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsKeepingSourceReferences = true })
            .ParseDocument(HtmlNestingLimit.Apply(html));

    public static IReadOnlyList<Block> Walk(INode root)
    {
        var walker = new HtmlBlockWalker();
        walker._contexts.Add(new Context(ContextKind.Paragraph, 0, false, 0));
        walker.Run(root);
        walker.Flush();
        return walker._blocks;
    }

    private void Run(INode root)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root, Entered.None, false));
        while (stack.TryPop(out var frame))
        {
            if (frame.IsExit)
            {
                Leave(frame.Entered);
                continue;
            }

            switch (frame.Node)
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IComment comment:
                    OnComment(comment.Data);
                    break;
                case IElement element when !HtmlElements.IsIgnored(element) && !TryEmitTable(element):
                    var entered = Enter(element);
                    stack.Push(new Frame(element, entered, true));
                    PushChildren(stack, element);
                    break;
                case IDocument or IDocumentFragment:
                    PushChildren(stack, frame.Node);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<Frame> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(new Frame(children[i], Entered.None, false));
        }
    }

    private Entered Enter(IElement element)
    {
        var name = element.LocalName;
        var line = element.SourceReference?.Position.Line ?? 0;
        if (line > 0)
        {
            _lastLine = line;
        }

        if (name == "br")
        {
            _text.Append('\n');
            return Entered.None;
        }

        var entered = Entered.None;
        if (HtmlElements.IsBold(element))
        {
            _boldDepth++;
            entered |= Entered.Bold;
        }

        if (HtmlElements.IsListMarker(element))
        {
            _markerDepth++;
            entered |= Entered.Marker;
        }

        if (name == "pre")
        {
            _preDepth++;
            entered |= Entered.Pre;
        }

        if (HtmlElements.IsList(name))
        {
            Flush();
            _listOrdered.Add(name == "ol");
            _contexts.Add(new Context(ContextKind.Paragraph, 0, false, line));
            return entered | Entered.List;
        }

        if (name == "li" || HtmlElements.IsBlock(name) || HtmlElements.HeadingLevel(element) > 0)
        {
            Flush();
            _contexts.Add(ContextFor(element, line));
            entered |= Entered.Block;
        }

        return entered;
    }

    private void Leave(Entered entered)
    {
        if ((entered & (Entered.Block | Entered.List)) != 0)
        {
            Flush();
            _contexts.RemoveAt(_contexts.Count - 1);
            _inHiddenListMarker = false;
        }

        if ((entered & Entered.List) != 0)
        {
            _listOrdered.RemoveAt(_listOrdered.Count - 1);
        }

        _boldDepth -= (entered & Entered.Bold) != 0 ? 1 : 0;
        _preDepth -= (entered & Entered.Pre) != 0 ? 1 : 0;
        _markerDepth -= (entered & Entered.Marker) != 0 ? 1 : 0;
    }

    private Context ContextFor(IElement element, int line)
    {
        var heading = HtmlElements.HeadingLevel(element);
        if (heading > 0)
        {
            return new Context(ContextKind.Heading, heading, false, line);
        }

        if (element.LocalName == "li")
        {
            var ordered = _listOrdered.Count > 0 && _listOrdered[^1];
            return new Context(ContextKind.ListItem, Math.Max(0, _listOrdered.Count - 1), ordered, line);
        }

        var msoDepth = HtmlElements.MsoListDepth(element);
        if (msoDepth >= 0)
        {
            return new Context(ContextKind.MsoListItem, msoDepth, false, line);
        }

        // A paragraph inside a list item (Markdown's loose lists, Outlook's <li><p>) is still that item.
        var current = _contexts[^1];
        return current.Kind == ContextKind.ListItem ? current with { Line = line } : new Context(ContextKind.Paragraph, 0, false, line);
    }

    /// <summary>
    /// Word writes the bullet of a list paragraph between &lt;![if !supportLists]&gt; and &lt;![endif]&gt;;
    /// Outlook mail wraps the same in ordinary comments. Either way the parser gives comments.
    /// </summary>
    private void OnComment(string data)
    {
        if (data.Contains("if !supportLists", StringComparison.OrdinalIgnoreCase))
        {
            _inHiddenListMarker = true;
        }
        else if (_inHiddenListMarker && data.Contains("endif", StringComparison.OrdinalIgnoreCase))
        {
            _inHiddenListMarker = false;
        }
    }

    private void AppendText(string data)
    {
        if (_markerDepth > 0 || _inHiddenListMarker)
        {
            _marker.Append(data);
            return;
        }

        var start = _text.Length;
        _text.Append(data);
        var letters = 0;
        for (var i = start; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\n' || c == '\r')
            {
                _text[i] = _preDepth > 0 && c == '\n' ? '\n' : ' ';
            }
            else if (!char.IsWhiteSpace(c))
            {
                letters++;
            }
        }

        _allChars += letters;
        _boldChars += _boldDepth > 0 ? letters : 0;
    }

    private bool TryEmitTable(IElement element)
    {
        if (element is not IHtmlTableElement table || !HasColumns(table))
        {
            return false;
        }

        Flush();
        var number = _tables + 1;
        var emitted = false;
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(HtmlCellText.Of).ToArray();
            if (cells.Any(c => c.Length > 0))
            {
                var line = row.SourceReference?.Position.Line ?? _lastLine;
                _blocks.Add(Block.TableRow(cells, number, new SourceRef(null, line)));
                emitted = true;
            }
        }

        _tables += emitted ? 1 : 0;
        return true;
    }

    /// <summary>A table of one column is layout (mail templates wrap whole messages in one); its cells are read as text.</summary>
    private static bool HasColumns(IHtmlTableElement table) => table.Rows.Any(r => r.Cells.Length > 1);

    private void Flush()
    {
        var text = HtmlText.Normalize(_text);
        var marker = HtmlText.Normalize(_marker);
        var allBold = _allChars > 0 && _boldChars == _allChars;
        _text.Clear();
        _marker.Clear();
        _boldChars = _allChars = 0;
        if (text.Length == 0)
        {
            return;
        }

        var context = _contexts[^1];
        var source = new SourceRef(null, context.Line > 0 ? context.Line : _lastLine);
        _blocks.Add(context.Kind switch
        {
            ContextKind.Heading => Block.Heading(text, context.Level, source),
            ContextKind.ListItem => Block.ListItem(text, context.Level, context.Ordered, source),
            // A List Paragraph without a bullet or number shows as an indented paragraph.
            ContextKind.MsoListItem when marker.Length > 0 => Block.ListItem(text, context.Level, HtmlElements.IsNumberMarker(marker), source),
            _ when allBold && LooksLikeHeading(text) => Block.Heading(text, 6, source),
            _ => Block.Paragraph(text, source),
        });
    }

    private static bool LooksLikeHeading(string text) =>
        text.Length <= MaxBoldHeadingLength && text[^1] is not ('.' or '!' or '?' or ':');

    private readonly record struct Frame(INode Node, Entered Entered, bool IsExit);

    private readonly record struct Context(ContextKind Kind, int Level, bool Ordered, int Line);
}
