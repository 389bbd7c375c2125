using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace TeamsBot.Minutes;

/// <summary>
/// Reading WordprocessingML parts as plain XML. Parts are loaded with LINQ to XML rather than the
/// SDK's typed element tree, which is many times slower to build for the little this reader needs.
/// </summary>
internal static class DocxXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace OfficeMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static readonly XNamespace Compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>
    /// Deeper than any real document nests (tables in text boxes in tables reach a few dozen levels). The readers walk
    /// the XML recursively, so a part of thousands of nested tables or content controls would overflow the stack.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// The most characters of a part loaded whole (styles, numbering, properties): real ones are well under 1 MB, and a
    /// loaded part costs some ten times its size.
    /// </summary>
    public const long MaxLoadedPartCharacters = 8L * 1024 * 1024;

    public static XElement? Load(OpenXmlPart? part, long maxCharacters, string fileName)
    {
        if (part is null)
        {
            return null;
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, Settings(Math.Min(maxCharacters, MaxLoadedPartCharacters)));
        var root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
        if (root is not null && NestsDeeperThan(root, MaxDepth))
        {
            throw TooDeep(fileName);
        }

        return root;
    }

    /// <summary>
    /// The children of the main part's w:body one at a time, each loaded and then let go: the body of a large document
    /// never exists as one tree (98 MB of XML loaded whole cost over 1 GB).
    /// </summary>
    public static IEnumerable<XElement> BodyChildren(OpenXmlPart part, long maxCharacters, string fileName)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, Settings(maxCharacters));
        if (reader.MoveToContent() != XmlNodeType.Element || !reader.ReadToDescendant("body", W.NamespaceName) || reader.IsEmptyElement)
        {
            yield break;
        }

        reader.Read();
        while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var child = (XElement)XNode.ReadFrom(reader);

            // w:document and w:body are the two levels above.
            if (NestsDeeperThan(child, MaxDepth - 2))
            {
                throw TooDeep(fileName);
            }

            yield return child;
        }
    }

    private static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static UnreadableMinutesException TooDeep(string fileName) =>
        new(UnreadableReason.Damaged, RefusalTexts.WordTooDeep(fileName, MaxDepth));

    /// <summary>Whether any element lies deeper than <paramref name="limit"/> below the root; one walk, no recursion.</summary>
    private static bool NestsDeeperThan(XElement root, int limit)
    {
        XNode node = root;
        var depth = 0;
        while (true)
        {
            if (node is XElement { FirstNode: { } child })
            {
                node = child;
                if (++depth > limit)
                {
                    return true;
                }

                continue;
            }

            while (node != root && node.NextNode is null)
            {
                node = node.Parent!;
                depth--;
            }

            if (node == root)
            {
                return false;
            }

            node = node.NextNode!;
        }
    }

    /// <summary>The w:val attribute of an element.</summary>
    public static string? Val(this XElement? element) => element?.Attribute(W + "val")?.Value;

    public static int? IntVal(this XElement? element) => ParseInt(element.Val());

    public static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A toggle property such as w:b: on unless its value says off.</summary>
    public static bool IsOn(this XElement toggle) => toggle.Val() is not ("0" or "false" or "off");

    /// <summary>The one branch of mc:AlternateContent to read: Choice and Fallback hold the same content twice.</summary>
    public static XElement? Branch(XElement alternateContent) =>
        alternateContent.Elements().FirstOrDefault(e => e.Name == Compatibility + "Choice" || e.Name == Compatibility + "Fallback");

    public static bool IsAlternateContent(this XElement element) => element.Name == Compatibility + "AlternateContent";
}
