using System.Text;
using AngleSharp.Dom;

namespace TeamsBot.Minutes;

/// <summary>
/// The text of a table cell: paragraphs and line breaks inside it become '\n', and a table nested
/// in the cell is flattened into lines of its cells separated by spaces.
/// </summary>
internal static class HtmlCellText
{
    public static string Of(IElement cell)
    {
        var raw = new StringBuilder();
        // A null on the stack marks the end of a block element inside the cell.
        var stack = new Stack<INode?>();
        stack.Push(cell);
        var inHiddenMarker = false;
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case null:
                    raw.Append('\n');
                    break;
                case IText text when !inHiddenMarker:
                    raw.Append(text.Data.Replace('\n', ' '));
                    break;
                case IComment comment:
                    inHiddenMarker = comment.Data.Contains("if !supportLists", StringComparison.OrdinalIgnoreCase)
                        || (inHiddenMarker && !comment.Data.Contains("endif", StringComparison.OrdinalIgnoreCase));
                    break;
                case IElement element when !HtmlElements.IsIgnored(element) && !HtmlElements.IsListMarker(element):
                    if (element != cell && AppendSeparator(raw, element.LocalName))
                    {
                        stack.Push(null);
                    }

                    for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push(element.ChildNodes[i]);
                    }

                    break;
            }
        }

        return HtmlText.Normalize(raw);
    }

    /// <summary>Separates cells of a nested table by a space and blocks by a line break; true for a block.</summary>
    private static bool AppendSeparator(StringBuilder raw, string name)
    {
        if (name is "td" or "th")
        {
            raw.Append(' ');
            return false;
        }

        if (name == "br" || HtmlElements.IsBlock(name) || HtmlElements.IsList(name))
        {
            raw.Append('\n');
            return true;
        }

        return false;
    }
}
