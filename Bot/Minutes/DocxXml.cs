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

    public static XElement? Load(OpenXmlPart? part, long maxCharacters, string fileName)
    {
        if (part is null)
        {
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, settings);
        var root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
        if (root is not null && NestsDeeperThan(root, MaxDepth))
        {
            throw new UnreadableMinutesException(UnreadableReason.Damaged, $"{fileName}: the Word document nests its content more than {MaxDepth} levels deep, which no real document does.");
        }

        return root;
    }

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
