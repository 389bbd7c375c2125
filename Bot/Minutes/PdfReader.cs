using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using TeamsBot.Texts;

namespace TeamsBot.Minutes;

/// <summary>
/// Reads a PDF's text layer into blocks: lines in reading order (two columns included), joined into
/// paragraphs, list items and headings; running headers, footers and page numbers dropped.
/// Every failure of the PDF library becomes an <see cref="UnreadableMinutesException"/>.
/// </summary>
internal sealed partial class PdfReader : IDocumentReader
{
    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    public MinutesFormat Format => MinutesFormat.Pdf;

    public bool Recognizes(ReadOnlySpan<byte> head) =>
        head[..Math.Min(head.Length, 1024)].IndexOf(Signature) >= 0;

    public MinutesDocument Read(byte[] content, string fileName, MinutesReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var budget = new DocumentBudget(options, fileName, DocumentKind.Pdf);
        try
        {
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new PdfBudgetFilters(budget) };
            using var document = PdfDocument.Open(content, parsing);
            budget.ThrowIfRefused();
            if (document.NumberOfPages > options.MaxPages)
            {
                throw new UnreadableMinutesException(UnreadableReason.TooLarge, RefusalTexts.PdfPages(fileName, options.MaxPages, document.NumberOfPages));
            }

            var blocks = ReadBlocks(document, fileName, budget);
            return new MinutesDocument(fileName, Format, blocks, CleanTitle(document.Information.Title, fileName));
        }
        catch (UnreadableMinutesException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableMinutesException(UnreadableReason.Encrypted, RefusalTexts.PdfPassword(fileName), ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any failure inside the PDF library means the file is damaged, whatever the exception type, unless it
            // came from the budget (the library may wrap it).
            throw budget.Refusal ?? Damaged(fileName, ex);
        }
    }

    private static IReadOnlyList<Block> ReadBlocks(PdfDocument document, string fileName, DocumentBudget budget)
    {
        var lines = new List<PdfLine>();
        var pageHeights = new Dictionary<int, double>();
        Exception? pageError = null;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            try
            {
                var page = document.GetPage(number);
                budget.ChargeCharacters(page.Letters.Count);
                pageHeights[number] = page.Height;
                lines.AddRange(PdfPageLayout.ReadLines(page.Letters, number));
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or PdfDocumentEncryptedException))
            {
                budget.ThrowIfRefused();

                // Keep what the other pages give: a damaged page should not cost the whole document.
                pageError ??= ex;
            }
        }

        budget.ThrowIfRefused();
        if (lines.Count == 0)
        {
            throw pageError is not null || document.NumberOfPages == 0
                ? Damaged(fileName, pageError)
                : new UnreadableMinutesException(UnreadableReason.NoText, RefusalTexts.PdfNoText(fileName));
        }

        return PdfBlockBuilder.Build(PdfRunningLines.Remove(lines, pageHeights));
    }

    private static UnreadableMinutesException Damaged(string fileName, Exception? inner) =>
        new(UnreadableReason.Damaged, RefusalTexts.PdfDamaged(fileName), inner);

    /// <summary>
    /// The declared title, without the "Microsoft Word - " and file extension that converters leave in it;
    /// none when it only repeats the file's own name.
    /// </summary>
    internal static string? CleanTitle(string? title, string fileName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var cleaned = WordPrefix().Replace(title.Trim(), string.Empty);
        cleaned = FileExtension().Replace(cleaned, string.Empty).Trim();
        return cleaned.Length > 0 && !cleaned.Equals(Path.GetFileNameWithoutExtension(fileName), StringComparison.OrdinalIgnoreCase) ? cleaned : null;
    }

    [GeneratedRegex(@"^Microsoft (Word|PowerPoint|Excel) - ", RegexOptions.IgnoreCase)]
    private static partial Regex WordPrefix();

    [GeneratedRegex(@"\.(docx?|odt|rtf|pdf|txt|pages|md)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
