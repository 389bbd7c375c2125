using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static TeamsBot.Minutes.DocxXml;

namespace TeamsBot.Minutes;

/// <summary>
/// The visible text of one paragraph as Word shows it with all tracked changes accepted: deletions,
/// moved-away text, field codes and comment marks left out; line breaks kept as '\n'.
/// Also tells whether every piece of text in it is bold.
/// </summary>
internal sealed class DocxParagraphText
{
    private static readonly XName MathText = OfficeMath + "t";

    /// <summary>Elements whose content Word does not show in the accepted text (or that hold no text).</summary>
    private static readonly HashSet<XName> Skipped =
    [
        W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "delInstrText", W + "rPr", W + "pPr",
        W + "sdtPr", W + "sdtEndPr", W + "commentReference", W + "rt", W + "footnoteReference", W + "endnoteReference",
    ];

    private readonly StringBuilder _text = new();
    private readonly DocxStyles _styles;
    private bool _allBold = true;
    private bool _anyText;

    private DocxParagraphText(DocxStyles styles) => _styles = styles;

    /// <summary>Reads a paragraph; <paramref name="allBold"/> is true when it has text and all of it is bold.</summary>
    public static string Read(XElement paragraph, DocxStyles styles, out bool allBold)
    {
        var reader = new DocxParagraphText(styles);
        reader.Collect(paragraph, reader.ParagraphIsBold(paragraph));
        allBold = reader._anyText && reader._allBold;
        return Normalize(reader._text.ToString());
    }

    /// <summary>Collapses runs of whitespace to one space and keeps one '\n' between non-empty lines.</summary>
    public static string Normalize(string raw)
    {
        var text = new StringBuilder(raw.Length);
        bool space = false, lineBreak = false;
        foreach (var c in raw)
        {
            if (c == '\n')
            {
                lineBreak = text.Length > 0;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
            }
            else if (c != '\u00AD')
            {
                if (lineBreak || space)
                {
                    text.Append(lineBreak ? '\n' : ' ');
                }

                lineBreak = space = false;
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private void Collect(XElement element, bool bold)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.Namespace == W)
            {
                CollectWordElement(child, bold);
            }
            else if (child.Name == MathText)
            {
                Append(child.Value, bold);
            }
            else if (child.IsAlternateContent())
            {
                if (Branch(child) is { } branch)
                {
                    Collect(branch, bold);
                }
            }
            else
            {
                Collect(child, bold);
            }
        }
    }

    private void CollectWordElement(XElement element, bool bold)
    {
        switch (element.Name.LocalName)
        {
            case "t":
                Append(element.Value, bold);
                break;
            case "br" or "cr":
                _text.Append('\n');
                break;
            case "tab" or "ptab":
                _text.Append(' ');
                break;
            case "noBreakHyphen":
                Append("-", bold);
                break;
            case "sym":
                Append(SymbolText(element.Attribute(W + "char")?.Value), bold);
                break;
            case "r":
                Collect(element, RunIsBold(element.Element(W + "rPr"), bold));
                break;
            case "p":
                // A paragraph inside a text box in this paragraph: its own line.
                _text.Append('\n');
                Collect(element, ParagraphIsBold(element));
                _text.Append('\n');
                break;
            default:
                if (!Skipped.Contains(element.Name))
                {
                    Collect(element, bold);
                }

                break;
        }
    }

    private bool ParagraphIsBold(XElement paragraph) =>
        _styles.Paragraph(paragraph.Element(W + "pPr")?.Element(W + "pStyle").Val()).Bold;

    private bool RunIsBold(XElement? properties, bool inherited)
    {
        if (properties?.Element(W + "b") is { } bold)
        {
            return bold.IsOn();
        }

        return (properties?.Element(W + "rStyle").Val() is { } style && _styles.CharacterStyleIsBold(style)) || inherited;
    }

    private void Append(string text, bool bold)
    {
        _text.Append(text);
        if (!string.IsNullOrWhiteSpace(text))
        {
            _anyText = true;
            _allBold &= bold;
        }
    }

    /// <summary>A symbol from a symbol font lives in the private-use range (F000–F0FF) and has no meaning as text.</summary>
    private static string SymbolText(string? hex) =>
        int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0xF000
            ? ((char)code).ToString()
            : string.Empty;
}
