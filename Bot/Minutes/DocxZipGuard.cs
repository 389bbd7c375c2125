using System.IO.Compression;

namespace TeamsBot.Minutes;

/// <summary>
/// Looks inside a .docx zip before the Open XML SDK unpacks it: is it a Word document at all, and would
/// it expand past the configured limits (a zip bomb)? The sizes checked are the ones the zip declares;
/// .NET's zip reader never yields more than the declared size of an entry, so a zip that lies about
/// its sizes only truncates its own parts and cannot expand further.
/// </summary>
internal static class DocxZipGuard
{
    private const long RatioCheckedAbove = 1024 * 1024;

    public static void Check(byte[] content, string fileName, MinutesReaderOptions options)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var word = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > options.MaxExpandedBytes)
                {
                    throw new UnreadableMinutesException(UnreadableReason.TooLarge, RefusalTexts.ZipExpands(fileName, options.MaxExpandedBytes));
                }

                if (entry.Length > RatioCheckedAbove && entry.Length > (double)entry.CompressedLength * options.MaxCompressionRatio)
                {
                    throw new UnreadableMinutesException(UnreadableReason.TooLarge, RefusalTexts.ZipRatio(fileName, options.MaxCompressionRatio));
                }

                word |= entry.FullName.TrimStart('/').StartsWith("word/", StringComparison.OrdinalIgnoreCase);
            }

            if (!word)
            {
                throw NotWord(fileName);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableMinutesException(UnreadableReason.Damaged, RefusalTexts.ZipBroken(fileName), ex);
        }
    }

    public static UnreadableMinutesException NotWord(string fileName) =>
        new(UnreadableReason.Unsupported, RefusalTexts.ZipNotWord(fileName));
}
