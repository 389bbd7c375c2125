namespace TeamsBot.Texts;

/// <summary>What a size or text budget counts in: the PDF or the Word document.</summary>
public enum DocumentKind
{
    Pdf,
    Word,
}

/// <summary>
/// Every reason a document or its download is refused, in one language, as one line that starts with the file's name
/// (the first argument). Sizes are in bytes (<see cref="TextTable.Size"/> writes them).
/// </summary>
public sealed class RefusalStrings
{
    public required Func<string, long, string> LargerThanLimit { get; init; }

    public required Func<string, long, string> LargerThanDownload { get; init; }

    public required Func<string, string> Empty { get; init; }

    public required Func<string, string> NoTextAtAll { get; init; }

    /// <summary>The file would not open; the second argument is the error's type name.</summary>
    public required Func<string, string, string> CannotOpen { get; init; }

    public required Func<string, string> WordPassword { get; init; }

    public required Func<string, string> OldOffice { get; init; }

    /// <summary>The second argument is the extension, ".docx".</summary>
    public required Func<string, string, string> NotReally { get; init; }

    /// <summary>The second argument is the extension, empty when the file has none.</summary>
    public required Func<string, string, string> Unsupported { get; init; }

    public required Func<string, string> NotText { get; init; }

    /// <summary>The arguments after the file: the most pages read, the pages it has.</summary>
    public required Func<string, int, int, string> PdfPages { get; init; }

    public required Func<string, string> PdfPassword { get; init; }

    public required Func<string, string> PdfNoText { get; init; }

    public required Func<string, string> PdfDamaged { get; init; }

    public required Func<string, DocumentKind, long, string> PartExpands { get; init; }

    public required Func<string, DocumentKind, long, string> Expands { get; init; }

    public required Func<string, DocumentKind, long, string> TooManyCharacters { get; init; }

    public required Func<string, DocumentKind, TimeSpan, string> ReadsTooLong { get; init; }

    /// <summary>The second argument: its text is not valid XML (else its package structure is broken).</summary>
    public required Func<string, bool, string> WordDamaged { get; init; }

    public required Func<string, int, string> WordTooDeep { get; init; }

    public required Func<string, long, string> ZipExpands { get; init; }

    public required Func<string, int, string> ZipRatio { get; init; }

    public required Func<string, string> ZipBroken { get; init; }

    public required Func<string, string> ZipNotWord { get; init; }

    /// <summary>The second argument is the error's type name.</summary>
    public required Func<string, string, string> HtmlUnreadable { get; init; }

    public required Func<string, string> NoDownloadAddress { get; init; }

    public required Func<string, TimeSpan, string> DownloadTimedOut { get; init; }

    public required Func<string, string> DownloadBrokeOff { get; init; }

    public required Func<string, string> DownloadNotCompleted { get; init; }

    public required Func<string, string> DownloadElsewhere { get; init; }

    public required Func<string, int, string> DownloadFailed { get; init; }

    public required Func<string, string> DownloadRedirectedTooOften { get; init; }

    /// <summary>An exception made without a reason of its own; the argument is its (English) message.</summary>
    public required Func<string, string> Unspecified { get; init; }
}
