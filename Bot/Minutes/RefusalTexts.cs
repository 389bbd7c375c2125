using TeamsBot.Texts;

namespace TeamsBot.Minutes;

/// <summary>
/// Every reason a document or its download is refused, each starting with the file's name; the words are in each
/// language's <see cref="RefusalStrings"/>. The English line is also the exception's message (the command line prints it).
/// </summary>
internal static class RefusalTexts
{
    public static RefusalText LargerThanLimit(string file, long limit) => new(t => t.LargerThanLimit(file, limit));

    public static RefusalText LargerThanDownload(string file, long limit) => new(t => t.LargerThanDownload(file, limit));

    public static RefusalText Empty(string file) => new(t => t.Empty(file));

    public static RefusalText NoTextAtAll(string file) => new(t => t.NoTextAtAll(file));

    public static RefusalText CannotOpen(string file, string error) => new(t => t.CannotOpen(file, error));

    public static RefusalText WordPassword(string file) => new(t => t.WordPassword(file));

    public static RefusalText OldOffice(string file) => new(t => t.OldOffice(file));

    public static RefusalText NotReally(string file, string extension) => new(t => t.NotReally(file, extension));

    public static RefusalText Unsupported(string file, string extension) => new(t => t.Unsupported(file, extension));

    public static RefusalText NotText(string file) => new(t => t.NotText(file));

    public static RefusalText PdfPages(string file, int max, int pages) => new(t => t.PdfPages(file, max, pages));

    public static RefusalText PdfPassword(string file) => new(t => t.PdfPassword(file));

    public static RefusalText PdfNoText(string file) => new(t => t.PdfNoText(file));

    public static RefusalText PdfDamaged(string file) => new(t => t.PdfDamaged(file));

    public static RefusalText PartExpands(string file, DocumentKind kind, long limit) => new(t => t.PartExpands(file, kind, limit));

    public static RefusalText Expands(string file, DocumentKind kind, long limit) => new(t => t.Expands(file, kind, limit));

    public static RefusalText TooManyCharacters(string file, DocumentKind kind, long limit) => new(t => t.TooManyCharacters(file, kind, limit));

    public static RefusalText ReadsTooLong(string file, DocumentKind kind, TimeSpan limit) => new(t => t.ReadsTooLong(file, kind, limit));

    public static RefusalText WordDamaged(string file, bool invalidXml) => new(t => t.WordDamaged(file, invalidXml));

    public static RefusalText WordTooDeep(string file, int levels) => new(t => t.WordTooDeep(file, levels));

    public static RefusalText ZipExpands(string file, long limit) => new(t => t.ZipExpands(file, limit));

    public static RefusalText ZipRatio(string file, int ratio) => new(t => t.ZipRatio(file, ratio));

    public static RefusalText ZipBroken(string file) => new(t => t.ZipBroken(file));

    public static RefusalText ZipNotWord(string file) => new(t => t.ZipNotWord(file));

    public static RefusalText HtmlUnreadable(string file, string error) => new(t => t.HtmlUnreadable(file, error));

    public static RefusalText NoDownloadAddress(string file) => new(t => t.NoDownloadAddress(file));

    public static RefusalText DownloadTimedOut(string file, TimeSpan limit) => new(t => t.DownloadTimedOut(file, limit));

    public static RefusalText DownloadBrokeOff(string file) => new(t => t.DownloadBrokeOff(file));

    public static RefusalText DownloadNotCompleted(string file) => new(t => t.DownloadNotCompleted(file));

    public static RefusalText DownloadElsewhere(string file) => new(t => t.DownloadElsewhere(file));

    public static RefusalText DownloadFailed(string file, int status) => new(t => t.DownloadFailed(file, status));

    public static RefusalText DownloadRedirectedTooOften(string file) => new(t => t.DownloadRedirectedTooOften(file));

    /// <summary>The line of an exception made without a reason of its own (the standard constructors).</summary>
    public static RefusalText Unspecified(string english) => new(t => t.Unspecified(english));

    /// <summary>A byte count as an English reader reads it: "20 MB", "1.5 MB", "512 KB".</summary>
    public static string Size(long bytes) => Language.En.Texts.Size(bytes);
}
