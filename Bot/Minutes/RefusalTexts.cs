using System.Globalization;

namespace TeamsBot.Minutes;

/// <summary>
/// Every reason a document or its download is refused, as one line in English and in Dutch, each starting with the
/// file's name. The English line is also the exception's message (the command line prints it).
/// </summary>
internal static class RefusalTexts
{
    private static readonly NumberFormatInfo DutchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>What a budget counts in: the PDF or the Word document.</summary>
    public enum Kind
    {
        Pdf,
        Word,
    }

    public static RefusalText LargerThanLimit(string file, long limit) => new(
        $"{file}: the file is larger than the limit of {Size(limit, false)}.",
        $"{file}: het bestand is groter dan de limiet van {Size(limit, true)}.");

    public static RefusalText LargerThanDownload(string file, long limit) => new(
        $"{file} is larger than {Size(limit, false)}.",
        $"{file} is groter dan {Size(limit, true)}.");

    public static RefusalText Empty(string file) => new($"{file}: the file is empty.", $"{file}: het bestand is leeg.");

    public static RefusalText NoTextAtAll(string file) => new($"{file}: the file has no text.", $"{file}: er staat geen tekst in het bestand.");

    public static RefusalText CannotOpen(string file, string error) => new(
        $"{file}: cannot open the file ({error}).",
        $"{file}: het bestand gaat niet open ({error}).");

    public static RefusalText WordPassword(string file) => new(
        $"{file}: the document is password protected; save it without a password and send it again.",
        $"{file}: het document is met een wachtwoord beveiligd; sla het op zonder wachtwoord en stuur het opnieuw.");

    public static RefusalText OldOffice(string file) => new(
        $"{file}: this is an old Word (.doc) or other Office binary file; save it as .docx or PDF.",
        $"{file}: dit is een oud Word-bestand (.doc) of een ander binair Office-bestand; sla het op als .docx of PDF.");

    public static RefusalText NotReally(string file, string extension) => new(
        $"{file}: the file is damaged or is not really a {extension} file.",
        $"{file}: het bestand is beschadigd of is niet echt een {extension}-bestand.");

    public static RefusalText Unsupported(string file, string extension) => new(
        $"{file}: cannot read '{(extension.Length > 0 ? extension : "files without an extension")}'; send .docx, .pdf, .md, .txt or .html.",
        $"{file}: {(extension.Length > 0 ? $"'{extension}'" : "bestanden zonder extensie")} kan ik niet lezen; stuur .docx, .pdf, .md, .txt of .html.");

    public static RefusalText NotText(string file) => new(
        $"{file}: the file is not text (it holds binary data).",
        $"{file}: het bestand is geen tekst (er staan binaire gegevens in).");

    public static RefusalText PdfPages(string file, int max, int pages) => new(
        $"{file}: the PDF has more than {max} pages ({pages}).",
        $"{file}: de PDF heeft meer dan {max} pagina's ({pages}).");

    public static RefusalText PdfPassword(string file) => new(
        $"{file}: the PDF is password protected; remove the password and send it again.",
        $"{file}: de PDF is met een wachtwoord beveiligd; haal het wachtwoord eraf en stuur hem opnieuw.");

    public static RefusalText PdfNoText(string file) => new($"{file}: no text found: is this a scan?", $"{file}: geen tekst gevonden: is dit een scan?");

    public static RefusalText PdfDamaged(string file) => new(
        $"{file}: the PDF is damaged and cannot be read.",
        $"{file}: de PDF is beschadigd en kan niet worden gelezen.");

    public static RefusalText PartExpands(string file, Kind kind, long limit) => new(
        $"{file}: a part of the {English(kind)} expands to more than {Size(limit, false)} when unpacked.",
        $"{file}: een deel van {Dutch(kind)} is uitgepakt groter dan {Size(limit, true)}.");

    public static RefusalText Expands(string file, Kind kind, long limit) => new(
        $"{file}: the {English(kind)} expands to more than {Size(limit, false)} when unpacked.",
        $"{file}: {Dutch(kind)} is uitgepakt groter dan {Size(limit, true)}.");

    public static RefusalText TooManyCharacters(string file, Kind kind, long limit) => new(
        string.Create(CultureInfo.InvariantCulture, $"{file}: the {English(kind)} has more than {limit:N0} characters of text."),
        $"{file}: {Dutch(kind)} heeft meer dan {limit.ToString("N0", DutchNumbers)} tekens tekst.");

    public static RefusalText ReadsTooLong(string file, Kind kind, TimeSpan limit) => new(
        string.Create(CultureInfo.InvariantCulture, $"{file}: reading the {English(kind)} takes longer than {limit.TotalSeconds:0.#} s; it is too large or too complex."),
        $"{file}: het lezen van {Dutch(kind)} duurt langer dan {limit.TotalSeconds.ToString("0.#", DutchNumbers)} s; het bestand is te groot of te ingewikkeld.");

    public static RefusalText WordDamaged(string file, bool invalidXml) => new(
        $"{file}: the Word document is damaged ({(invalidXml ? "its text is not valid XML" : "its package structure is broken")}).",
        $"{file}: het Word-document is beschadigd ({(invalidXml ? "de tekst is geen geldige XML" : "de opbouw van het pakket klopt niet")}).");

    public static RefusalText WordTooDeep(string file, int levels) => new(
        $"{file}: the Word document nests its content more than {levels} levels deep, which no real document does.",
        $"{file}: het Word-document nest zijn inhoud meer dan {levels} niveaus diep; dat doet geen echt document.");

    public static RefusalText ZipExpands(string file, long limit) => new(
        string.Create(CultureInfo.InvariantCulture, $"{file}: the document expands to more than {limit / (1024 * 1024.0):0.#} MB when unpacked."),
        $"{file}: het document is uitgepakt groter dan {(limit / (1024 * 1024.0)).ToString("0.#", DutchNumbers)} MB.");

    public static RefusalText ZipRatio(string file, int ratio) => new(
        $"{file}: part of the document expands to more than {ratio} times its packed size.",
        $"{file}: een deel van het document is uitgepakt meer dan {ratio} keer zo groot als ingepakt.");

    public static RefusalText ZipBroken(string file) => new(
        $"{file}: the file is damaged (its zip structure is broken).",
        $"{file}: het bestand is beschadigd (de zipstructuur klopt niet).");

    public static RefusalText ZipNotWord(string file) => new(
        $"{file}: this is a zip file but not a Word document.",
        $"{file}: dit is een zipbestand, maar geen Word-document.");

    public static RefusalText HtmlUnreadable(string file, string error) => new(
        $"{file}: the HTML could not be read ({error}).",
        $"{file}: de HTML kon niet worden gelezen ({error}).");

    public static RefusalText NoDownloadAddress(string file) => new(
        $"{file}: the file came without a download address.",
        $"{file}: het bestand kwam zonder downloadadres.");

    public static RefusalText DownloadTimedOut(string file, TimeSpan limit) => new(
        $"{file}: the download did not finish within {(int)Math.Ceiling(limit.TotalSeconds)} s; please send the file again.",
        $"{file}: de download was niet binnen {(int)Math.Ceiling(limit.TotalSeconds)} s klaar; stuur het bestand opnieuw.");

    public static RefusalText DownloadBrokeOff(string file) => new(
        $"{file}: the download broke off; please send the file again.",
        $"{file}: de download brak af; stuur het bestand opnieuw.");

    public static RefusalText DownloadNotCompleted(string file) => new(
        $"{file}: the download did not complete; please send the file again.",
        $"{file}: de download is niet afgemaakt; stuur het bestand opnieuw.");

    public static RefusalText DownloadElsewhere(string file) => new(
        $"{file}: the file is offered from an address the bot does not download from.",
        $"{file}: het bestand komt van een adres waar ik niet van download.");

    public static RefusalText DownloadFailed(string file, int status) => new(
        $"{file}: the download failed ({status}); please send the file again.",
        $"{file}: de download is mislukt ({status}); stuur het bestand opnieuw.");

    public static RefusalText DownloadRedirectedTooOften(string file) => new(
        $"{file}: the download was redirected too often.",
        $"{file}: de download werd te vaak doorgestuurd.");

    /// <summary>The line of an exception made without a reason of its own (the standard constructors).</summary>
    public static RefusalText Unspecified(string english) => new(english, "het bestand kon niet worden gelezen.");

    /// <summary>A byte count as people read it: "20 MB", "1.5 MB" ("1,5 MB" in Dutch), "512 KB".</summary>
    public static string Size(long bytes, bool dutch) => bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024.0)).ToString("0.#", dutch ? DutchNumbers : CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";

    private static string English(Kind kind) => kind == Kind.Pdf ? "PDF" : "Word document";

    private static string Dutch(Kind kind) => kind == Kind.Pdf ? "de PDF" : "het Word-document";
}
