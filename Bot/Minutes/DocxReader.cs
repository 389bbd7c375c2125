using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TeamsBot.Texts;

namespace TeamsBot.Minutes;

/// <summary>
/// Reads a Word (.docx) document: the body's paragraphs, lists and tables, with tracked changes
/// accepted. Comments, headers, footers and footnotes are not read.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public MinutesFormat Format => MinutesFormat.Docx;

    public bool Recognizes(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        DocxZipGuard.Check(content, fileName, options);
        try
        {
            var settings = new OpenSettings { AutoSave = false };
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false, settings);
            var main = document.MainDocumentPart ?? throw DocxZipGuard.NotWord(fileName);
            var styles = new DocxStyles(
                DocxXml.Load(main.StyleDefinitionsPart, options.MaxExpandedBytes, fileName),
                DocxXml.Load(main.NumberingDefinitionsPart, options.MaxExpandedBytes, fileName));
            var budget = new DocumentBudget(options, fileName, DocumentKind.Word);
            var blocks = new DocxBlockReader(styles);
            foreach (var child in DocxXml.BodyChildren(main, options.MaxExpandedBytes, fileName))
            {
                budget.ChargeCharacters(blocks.Add(child));
            }

            return new MinutesDocument(fileName, Format, blocks.Blocks, Title(document, options, fileName));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or FormatException or InvalidOperationException or ArgumentException or NotSupportedException or UriFormatException)
        {
            throw new UnreadableMinutesException(UnreadableReason.Damaged, RefusalTexts.WordDamaged(fileName, invalidXml: ex is XmlException or InvalidOperationException), ex);
        }
    }

    /// <summary>
    /// The title in the document's core properties (read directly: the package's own property reader is slow).
    /// A broken properties part only loses the title.
    /// </summary>
    private static string? Title(WordprocessingDocument document, MinutesReaderOptions options, string fileName)
    {
        try
        {
            var title = DocxXml.Load(document.CoreFilePropertiesPart, options.MaxExpandedBytes, fileName)?.Element(DublinCore + "title")?.Value;
            return DocxParagraphText.Normalize(title ?? string.Empty) is { Length: > 0 } normalized ? normalized : null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or IOException or FormatException)
        {
            return null;
        }
    }
}
