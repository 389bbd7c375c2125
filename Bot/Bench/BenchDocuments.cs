using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TeamsBot.Bench;

/// <summary>
/// The documents <c>bench documents</c> measures: hostile ones (a PDF flate bomb, a .docx just under the expansion
/// limits) and 300 pages of real minutes text per format. Generated, so that the set needs no files in the repository.
/// </summary>
internal static class BenchDocuments
{
    private const int MB = 1024 * 1024;
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IEnumerable<(string FileName, Func<byte[]> Create)> All() =>
    [
        ("bomb-512mib.pdf", () => FlateBombPdf(512L * MB)),
        ("under-limits.docx", () => WordUnderLimits(98L * MB)),
        ("pages-300.pdf", () => Pdf(LongMinutes(300))),
        ("pages-300.docx", () => Word(LongMinutes(300))),
        ("pages-300.md", () => Encoding.UTF8.GetBytes(string.Join("\n\n", LongMinutes(300).Select(l => l.Heading ? "## " + l.Text : l.Text)))),
        ("pages-300.txt", () => Encoding.UTF8.GetBytes(string.Join("\n\n", LongMinutes(300).Select(l => l.Text)))),
        ("pages-300.html", () => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(LongMinutes(300).Select(l => l.Heading ? $"<h2>{l.Text}</h2>" : $"<p>{l.Text}</p>")) + "</body></html>")),
    ];

    /// <summary>One page whose content stream is a line of text and then <paramref name="zeros"/> zero bytes, deflated.</summary>
    public static byte[] FlateBombPdf(long zeros)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write("BT /F1 12 Tf 72 720 Td (Besluit: akkoord.) Tj ET\n"u8);
            var chunk = new byte[MB];
            for (var left = zeros; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
        }

        Write("%PDF-1.7\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(pdf.Position);
        Write(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Length {packed.Length} /Filter /FlateDecode >>\nstream\n"));
        packed.Position = 0;
        packed.CopyTo(pdf);
        Write("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>
    /// A .docx whose main part is <paramref name="xmlBytes"/> of WordprocessingML as Word writes it (a run with properties
    /// per few words), with words varied enough to pack about 20:1, under the default ratio limit.
    /// </summary>
    public static byte[] WordUnderLimits(long xmlBytes)
    {
        var words = new[] { "stuurgroep", "besluit", "offerte", "planning", "leverancier", "begroting", "actie", "voorstel", "vergadering", "onderwerp", "Annet", "Stef", "Cor", "juni", "akkoord" };
        var random = new Random(7);
        using var xml = new MemoryStream();
        using (var writer = new StreamWriter(xml, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
            var paragraph = 0;
            while (writer.BaseStream.Length + 4096 < xmlBytes)
            {
                writer.Write("<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr>");
                for (var run = 0; run < 12; run++)
                {
                    writer.Write("<w:r><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/><w:sz w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">");
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {random.Next(10_000)} "));
                    writer.Write("</w:t></w:r>");
                }

                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<w:r><w:t>{++paragraph}.</w:t></w:r></w:p>"));
                if (paragraph % 1000 == 0)
                {
                    writer.Flush();
                }
            }

            writer.Write("</w:body></w:document>");
        }

        xml.Position = 0;
        return WordPackage(xml);
    }

    private static byte[] Word(IEnumerable<(string Text, bool Heading)> lines)
    {
        var body = string.Concat(lines.Select(l => l.Heading
            ? $"<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{l.Text}</w:t></w:r></w:p>"
            : $"<w:p><w:r><w:t xml:space=\"preserve\">{l.Text}</w:t></w:r></w:p>"));
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WordNamespace}\"><w:body>{body}</w:body></w:document>"));
        return WordPackage(xml);
    }

    private static byte[] WordPackage(Stream mainPart)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().FeedData(mainPart);
        }

        return package.ToArray();
    }

    /// <summary>One page per agenda point, wrapped at about 90 characters a line.</summary>
    private static byte[] Pdf(IEnumerable<(string Text, bool Heading)> lines)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        PdfPageBuilder? page = null;
        var y = 0.0;
        foreach (var (text, heading) in lines)
        {
            if (page is null || y < 80 || (heading && char.IsAsciiDigit(text[0])))
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = 780;
            }

            foreach (var part in Wrap(text, heading ? 70 : 90))
            {
                page.AddText(part, heading ? 13 : 10, new UglyToad.PdfPig.Core.PdfPoint(60, y), heading ? bold : regular);
                y -= heading ? 20 : 14;
            }

            y -= 6;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>Minutes of the given number of pages: per page a heading, discussion, a decision and an action.</summary>
    public static IEnumerable<(string Text, bool Heading)> LongMinutes(int pages)
    {
        yield return ("Notulen jaarvergadering stuurgroep", true);
        yield return ("Datum: 24 mei 2023", false);
        yield return ("Aanwezig: Annet de Groot, Stef Fleischeuer, Cor Lamers", false);
        for (var page = 1; page <= pages; page++)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{page}. Onderwerp {page}"), true);
            for (var line = 0; line < 4; line++)
            {
                yield return (string.Create(CultureInfo.InvariantCulture, $"De stuurgroep bespreekt onderwerp {page} en de gevolgen voor de planning van het komende jaar, deel {line}."), false);
            }

            yield return (string.Create(CultureInfo.InvariantCulture, $"Besluit: de stuurgroep stemt in met voorstel {page}."), false);
            yield return (string.Create(CultureInfo.InvariantCulture, $"Actie: Annet de Groot stuurt de offerte voor onderwerp {page} voor 1 juni 2023."), false);
        }
    }
}
