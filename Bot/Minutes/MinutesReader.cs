using Microsoft.Extensions.Options;

namespace TeamsBot.Minutes;

/// <summary>
/// Reads a file of minutes in any supported format into a <see cref="MinutesDocument"/>.
/// The format is taken from the content where it shows (PDF, zip, HTML) and from the name otherwise.
/// Every failure is an <see cref="UnreadableMinutesException"/> with a one-line reason.
/// </summary>
public sealed class MinutesReader
{
    private static readonly Dictionary<string, MinutesFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = MinutesFormat.Markdown,
        [".markdown"] = MinutesFormat.Markdown,
        [".mdown"] = MinutesFormat.Markdown,
        [".txt"] = MinutesFormat.Text,
        [".text"] = MinutesFormat.Text,
        [".htm"] = MinutesFormat.Html,
        [".html"] = MinutesFormat.Html,
        [".docx"] = MinutesFormat.Docx,
        [".pdf"] = MinutesFormat.Pdf,
    };

    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly MinutesReaderOptions _options;
    private readonly IReadOnlyList<IDocumentReader> _readers;

    public MinutesReader(IOptions<MinutesReaderOptions> options)
        : this(options.Value)
    {
    }

    public MinutesReader(MinutesReaderOptions? options = null)
    {
        _options = options ?? new MinutesReaderOptions();
        _readers = [new PdfReader(), new DocxReader(), new HtmlReader(), new MarkdownReader(), new PlainTextReader()];
    }

    /// <summary>The file name extensions the bot reads, for messages and for filtering uploads.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => ByExtension.Keys;

    public static bool IsSupportedFileName(string fileName) => ByExtension.ContainsKey(Path.GetExtension(fileName));

    public MinutesDocument ReadFile(string path)
    {
        var fileName = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableMinutesException(UnreadableReason.Unsupported, RefusalTexts.CannotOpen(fileName, ex.GetType().Name), ex);
        }

        using (stream)
        {
            return Read(ReadBounded(stream, fileName), fileName);
        }
    }

    public async Task<MinutesDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
            {
                throw TooLarge(fileName);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.ToArray(), fileName);
    }

    public MinutesDocument Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > _options.MaxFileBytes)
        {
            throw TooLarge(fileName);
        }

        if (content.Length == 0)
        {
            throw new UnreadableMinutesException(UnreadableReason.Empty, RefusalTexts.Empty(fileName));
        }

        var reader = Choose(content, fileName);
        var document = reader.Read(content, fileName, _options);
        if (document.Blocks.Count == 0)
        {
            throw new UnreadableMinutesException(UnreadableReason.Empty, RefusalTexts.NoTextAtAll(fileName));
        }

        return document;
    }

    private IDocumentReader Choose(byte[] content, string fileName)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 1024));
        foreach (var reader in _readers)
        {
            if (reader.Recognizes(head))
            {
                return reader;
            }
        }

        var extension = Path.GetExtension(fileName);
        if (head.StartsWith(Ole2Signature))
        {
            // Word saves a password-protected .docx as an OLE compound file; so is the old .doc format.
            throw extension.Equals(".docx", StringComparison.OrdinalIgnoreCase)
                ? new UnreadableMinutesException(UnreadableReason.Encrypted, RefusalTexts.WordPassword(fileName))
                : new UnreadableMinutesException(UnreadableReason.Unsupported, RefusalTexts.OldOffice(fileName));
        }

        if (ByExtension.TryGetValue(extension, out var format))
        {
            var byName = _readers.First(r => r.Format == format);
            if (format is MinutesFormat.Docx or MinutesFormat.Pdf)
            {
                // The content did not start like this format at all.
                throw new UnreadableMinutesException(UnreadableReason.Damaged, RefusalTexts.NotReally(fileName, extension));
            }

            return byName;
        }

        throw new UnreadableMinutesException(UnreadableReason.Unsupported, RefusalTexts.Unsupported(fileName, extension));
    }

    private byte[] ReadBounded(Stream stream, string fileName)
    {
        if (stream.CanSeek && stream.Length > _options.MaxFileBytes)
        {
            throw TooLarge(fileName);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
            {
                throw TooLarge(fileName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private UnreadableMinutesException TooLarge(string fileName) =>
        new(UnreadableReason.TooLarge, RefusalTexts.LargerThanLimit(fileName, _options.MaxFileBytes));

    /// <summary>A byte count as people read it: "20 MB", "512 KB".</summary>
    public static string Size(long bytes) => RefusalTexts.Size(bytes);
}
