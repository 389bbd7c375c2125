using System.Text.RegularExpressions;
using System.Xml.Linq;
using static TeamsBot.Minutes.DocxXml;

namespace TeamsBot.Minutes;

/// <summary>What a paragraph style (with everything it is based on) says about its paragraphs.</summary>
internal sealed record DocxParagraphStyle(int? HeadingLevel, int? NumberingId, int? NumberingLevel, bool Bold, bool ListParagraph);

/// <summary>
/// Resolves the styles and numbering definitions of one Word document, following basedOn chains.
/// Each style and each list level is resolved once and cached, as a document has few styles but many paragraphs.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaxChain = 32;

    private static readonly HashSet<string> ListParagraphNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "List Paragraph", "ListParagraph", "Lijstalinea", "Listenabsatz", "Paragraphe de liste", "Paragrafo elenco", "Párrafo de lista",
    };

    private readonly Dictionary<string, XElement> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<int, XElement> _lists = [];
    private readonly Dictionary<int, XElement> _listDefinitions = [];
    private readonly Dictionary<string, DocxParagraphStyle> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _characterBold = new(StringComparer.Ordinal);
    private readonly Dictionary<(int NumId, int Level), bool?> _ordered = [];
    private readonly string? _defaultParagraphStyle;

    public DocxStyles(XElement? styles, XElement? numbering)
    {
        foreach (var style in styles?.Elements(W + "style") ?? [])
        {
            if (style.Attribute(W + "styleId")?.Value is { } id && _byId.TryAdd(id, style)
                && style.Attribute(W + "type")?.Value == "paragraph" && style.Attribute(W + "default")?.Value is "1" or "true")
            {
                _defaultParagraphStyle ??= id;
            }
        }

        foreach (var list in numbering?.Elements(W + "num") ?? [])
        {
            _lists.TryAdd(ParseInt(list.Attribute(W + "numId")?.Value) ?? -1, list);
        }

        foreach (var definition in numbering?.Elements(W + "abstractNum") ?? [])
        {
            _listDefinitions.TryAdd(ParseInt(definition.Attribute(W + "abstractNumId")?.Value) ?? -1, definition);
        }
    }

    public DocxParagraphStyle Paragraph(string? styleId)
    {
        var id = styleId ?? _defaultParagraphStyle ?? string.Empty;
        if (!_paragraphStyles.TryGetValue(id, out var resolved))
        {
            resolved = Resolve(id);
            _paragraphStyles[id] = resolved;
        }

        return resolved;
    }

    public bool CharacterStyleIsBold(string styleId)
    {
        if (!_characterBold.TryGetValue(styleId, out var bold))
        {
            bold = Chain(styleId).Select(s => s.Element(W + "rPr")?.Element(W + "b")).FirstOrDefault(b => b is not null)?.IsOn() ?? false;
            _characterBold[styleId] = bold;
        }

        return bold;
    }

    /// <summary>True for a numbered level, false for bullets, null when the list is not defined (Word then shows no list).</summary>
    public bool? IsOrdered(int numId, int level)
    {
        if (!_ordered.TryGetValue((numId, level), out var ordered))
        {
            ordered = FindFormat(numId, level, linksFollowed: 0) is { } format ? format is not ("bullet" or "none") : null;
            _ordered[(numId, level)] = ordered;
        }

        return ordered;
    }

    /// <summary>Heading level from a style name or id: English, Dutch, German, French, Italian, Spanish and Nordic names.</summary>
    public static int? HeadingLevelFromName(string name)
    {
        var match = HeadingName().Match(name);
        if (match.Success)
        {
            return match.Groups[1].ValueSpan[0] - '0';
        }

        return TitleName().IsMatch(name) ? 1 : null;
    }

    /// <summary>Outline level 0 is the top heading; 9 is body text.</summary>
    public static int? OutlineHeading(int? outlineLevel) => outlineLevel is >= 0 and < 9 ? outlineLevel + 1 : null;

    private DocxParagraphStyle Resolve(string id)
    {
        int? heading = null, numId = null, numLevel = null;
        bool? bold = null;
        var listParagraph = false;
        var chain = Chain(id).ToList();
        if (chain.Count == 0)
        {
            heading = HeadingLevelFromName(id);
        }

        foreach (var style in chain)
        {
            var name = style.Element(W + "name").Val() ?? string.Empty;
            var properties = style.Element(W + "pPr");
            heading ??= HeadingLevelFromName(name) ?? HeadingLevelFromName(style.Attribute(W + "styleId")?.Value ?? string.Empty)
                ?? OutlineHeading(properties?.Element(W + "outlineLvl").IntVal());
            var numbering = properties?.Element(W + "numPr");
            numId ??= numbering?.Element(W + "numId").IntVal();
            numLevel ??= numbering?.Element(W + "ilvl").IntVal();
            bold ??= style.Element(W + "rPr")?.Element(W + "b")?.IsOn();
            listParagraph |= ListParagraphNames.Contains(name);
        }

        return new DocxParagraphStyle(heading, numId, numLevel, bold ?? false, listParagraph);
    }

    private IEnumerable<XElement> Chain(string id)
    {
        for (var i = 0; i < MaxChain && _byId.TryGetValue(id, out var style); i++)
        {
            yield return style;
            if (style.Element(W + "basedOn").Val() is not { } parent || parent == id)
            {
                yield break;
            }

            id = parent;
        }
    }

    private string? FindFormat(int numId, int level, int linksFollowed)
    {
        if (!_lists.TryGetValue(numId, out var list))
        {
            return null;
        }

        var overridden = list.Elements(W + "lvlOverride")
            .FirstOrDefault(o => ParseInt(o.Attribute(W + "ilvl")?.Value) == level)?.Element(W + "lvl");
        if (overridden is not null && NumberFormat(overridden) is { } format)
        {
            return format;
        }

        if (!_listDefinitions.TryGetValue(list.Element(W + "abstractNumId").IntVal() ?? -1, out var definition))
        {
            return null;
        }

        // A list defined by a numbering style points to that style, whose numPr names the real list.
        if (definition.Element(W + "numStyleLink").Val() is { } link && linksFollowed < 2
            && Chain(link).Select(s => s.Element(W + "pPr")?.Element(W + "numPr")?.Element(W + "numId").IntVal()).FirstOrDefault(n => n is not null) is { } linked)
        {
            return FindFormat(linked, level, linksFollowed + 1);
        }

        var levelDefinition = definition.Elements(W + "lvl").FirstOrDefault(l => ParseInt(l.Attribute(W + "ilvl")?.Value) == level);

        // A level without a format is decimal in Word.
        return levelDefinition is null ? "decimal" : NumberFormat(levelDefinition) ?? "decimal";
    }

    /// <summary>The level's w:numFmt; newer Word writes custom formats in mc:AlternateContent with a plain fallback.</summary>
    private static string? NumberFormat(XElement level) =>
        level.Element(W + "numFmt").Val() ?? level.Descendants(W + "numFmt").LastOrDefault().Val();

    [GeneratedRegex(@"^(?:heading|kop|überschrift|ueberschrift|titre|titolo|título|titulo|encabezado|rubrik|overskrift|otsikko|nagłówek|cabeçalho)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:title|titel|titre|titolo|título|titulo|tittel)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();
}
