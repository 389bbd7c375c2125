using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Tests.Minutes;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Real oddities through the whole read path the intake uses (<see cref="MinutesReader"/>, then
/// <see cref="MinutesExtractor"/>, then <see cref="MinutesRecognizer"/>): each ends in a result or a clear refusal, on a
/// thread of the default stack size, within a hang guard and a bound on the bytes it allocates. The bounds are about ten
/// times what was measured (numbers in each case's comment) so that only a change in kind, not noise, fails them.
/// </summary>
public sealed class OdditiesTests(ITestOutputHelper output)
{
    private const int MB = 1024 * 1024;
    private const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    // A hang guard only, far above any healthy run (the slowest, a 10 MB line, takes ~10 s on an idle machine and three
    // times that on a loaded one); speed is the bench verb's job.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public void DocxOfOnlyAnActionTable_GivesTheTablesActions()
    {
        // Measured: 0.3 MB.
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i =>
            Row($"{i}", $"Offerte voor onderdeel {i} opvragen bij drie leveranciers", "Annet de Groot", $"{i} juni 2023")));
        var docx = Docx($"<w:tbl>{Row("Nr", "Actie", "Wie", "Wanneer")}{rows}</w:tbl>");

        var result = Read(docx, "notulen-stuurgroep.docx", maxAllocatedBytes: 4L * MB);

        Assert.All(result.Document!.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.Equal(6, result.Extraction!.ActionItems.Count);
        Assert.All(result.Extraction.ActionItems, a => Assert.StartsWith("Offerte voor onderdeel", a.Text, StringComparison.Ordinal));

        // Owners stay empty: without an attendee list nobody is known to be at the meeting, and names are not guessed.
        Assert.Contains(result.Extraction.ActionItems, a => a.Due == new DateOnly(2023, 6, 6));
    }

    [Fact]
    public void PdfOfScannedPagesOnly_IsRefusedAsNoText()
    {
        // Measured: 30 MB.
        using var pdf = new PdfDocumentBuilder();
        var png = GreyPng(200, 280);
        for (var page = 0; page < 3; page++)
        {
            pdf.AddPage(PageSize.A4).AddPng(png, new PdfRectangle(0, 0, 595, 842));
        }

        var result = Read(pdf.Build(), "notulen-scan.pdf", maxAllocatedBytes: 300L * MB);

        Assert.Equal(UnreadableReason.NoText, result.Refusal!.Reason);
        Assert.Equal("notulen-scan.pdf: no text found: is this a scan?", result.Refusal.Message);
    }

    [Theory]
    [InlineData(".pdf", 1_200L * MB)] // Measured: 114 MB (1,802 blocks).
    [InlineData(".docx", 120L * MB)] // Measured: 11.4 MB (2,103 blocks).
    [InlineData(".md", 120L * MB)] // Measured: 11.2 MB (2,103 blocks).
    public void ThreeHundredPagesOfMinutes_AreReadToTheLastPage(string extension, long maxAllocatedBytes)
    {
        const int pages = 300;
        var content = extension switch
        {
            ".pdf" => LongPdf(pages),
            ".docx" => Docx(string.Concat(LongMinutes(pages).Select(l => Paragraph(l.Text, l.Heading)))),
            _ => Encoding.UTF8.GetBytes(string.Join("\n\n", LongMinutes(pages).Select(l => l.Heading ? "## " + l.Text : l.Text))),
        };

        var result = Read(content, "notulen-jaarvergadering" + extension, maxAllocatedBytes);

        Assert.True(result.ReadsAsMinutes);
        Assert.True(result.Extraction!.Decisions.Count >= pages, $"{result.Extraction.Decisions.Count} decisions");
        Assert.True(result.Extraction.ActionItems.Count >= pages, $"{result.Extraction.ActionItems.Count} action items");
        Assert.Contains(result.Extraction.Decisions, d => d.Text.Contains($"voorstel {pages}", StringComparison.Ordinal));
        Assert.Contains(result.Extraction.ActionItems, a => a.Text.Contains($"onderwerp {pages}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("notulen.docx")]
    [InlineData("notulen.pdf")]
    [InlineData("notulen.md")]
    [InlineData("notulen.txt")]
    [InlineData("notulen.html")]
    public void EmptyFile_IsRefusedAsEmpty(string fileName)
    {
        var result = Read([], fileName, maxAllocatedBytes: 1L * MB);

        Assert.Equal(UnreadableReason.Empty, result.Refusal!.Reason);
        Assert.Equal($"{fileName}: the file is empty.", result.Refusal.Message);
    }

    [Theory]
    [InlineData("notulen.md")]
    [InlineData("notulen.txt")]
    [InlineData("notulen.html")]
    public void MegabyteOfRandomBytes_AsTextFormat_IsRefusedAsNotText(string fileName)
    {
        // Measured: 2 MB.
        var bytes = new byte[MB];
        new Random(9).NextBytes(bytes);

        var result = Read(bytes, fileName, maxAllocatedBytes: 20L * MB);

        Assert.Equal(UnreadableReason.Unsupported, result.Refusal!.Reason);
    }

    [Theory]
    [InlineData("markdown-list-markers", 25L * MB)] // Measured: 2.2 MB.
    [InlineData("markdown-indented-lists", 450L * MB)] // Measured: 43 MB (2,000 levels: indentation grows with the square).
    [InlineData("markdown-quotes", 20L * MB)] // Measured: 1.7 MB.
    [InlineData("html-lists", 2_000L * MB)] // Measured: 120 to 200 MB.
    [InlineData("html-divs", 25L * MB)] // Measured: 2.5 MB.
    public void TenThousandLevelsOfNesting_ReadTheTextInside(string shape, long maxAllocatedBytes)
    {
        var (content, fileName) = Nested(shape, levels: 10_000);

        var result = Read(content, fileName, maxAllocatedBytes);

        Assert.Contains(result.Document!.Blocks, b => b.Text.Contains("Annet stuurt de offerte", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("docx-tables")]
    [InlineData("docx-content-controls")]
    public void TenThousandLevelsOfNesting_InWord_IsRefusedClearly(string shape)
    {
        // Measured: 4 to 6 MB. Unguarded, the recursive walk over these overflowed the stack and ended the process.
        var (content, fileName) = Nested(shape, levels: 10_000);

        var result = Read(content, fileName, maxAllocatedBytes: 60L * MB);

        Assert.Equal(UnreadableReason.Damaged, result.Refusal!.Reason);
        Assert.Contains("levels deep", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notulen.txt", true, 20_000L * MB)] // Measured: 1.9 GB for 220,000 items, linear in them (as .md and .html too).
    [InlineData("notulen.txt", false, 2_000L * MB)] // Measured: 171 MB.
    [InlineData("notulen.md", false, 2_000L * MB)] // Measured: 164 MB.
    [InlineData("notulen.html", false, 2_000L * MB)] // Measured: 203 MB.
    public void TenMegabytesOnOneLine_IsReadAndExtracted(string fileName, bool sentences, long maxAllocatedBytes)
    {
        var line = OneLine(10 * MB, sentences);
        var content = fileName.EndsWith(".html", StringComparison.Ordinal) ? $"<html><body><p>{line}</p></body></html>" : line;

        var result = Read(Encoding.UTF8.GetBytes(content), fileName, maxAllocatedBytes);

        Assert.NotNull(result.Extraction);
        Assert.True(result.Document!.Blocks.Count <= 2, $"{result.Document.Blocks.Count} blocks");
    }

    private sealed record Outcome(MinutesDocument? Document, ExtractionResult? Extraction, bool ReadsAsMinutes, UnreadableMinutesException? Refusal);

    /// <summary>
    /// Reads and extracts the way the intake does, on its own thread: a hang, a crash other than a clear refusal, or
    /// more allocation than <paramref name="maxAllocatedBytes"/> fails the test.
    /// </summary>
    private Outcome Read(byte[] content, string fileName, long maxAllocatedBytes)
    {
        Outcome? outcome = null;
        Exception? crash = null;
        long allocated = 0;
        var worker = new Thread(() =>
        {
            // The lexicons load on first use; that one-off cost is not the file's.
            MinutesExtractor.Extract(new MinutesDocument("warm.md", MinutesFormat.Markdown, [Block.Paragraph("Besluit: warm.", new SourceRef(null, 1))]));
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var document = new MinutesReader().Read(content, fileName);
                var extraction = MinutesExtractor.Extract(document);
                var minutes = MinutesRecognizer.ReadsAsMinutes(document, extraction, MinutesRecognizer.NameSuggestsMinutes(fileName));
                outcome = new Outcome(document, extraction, minutes, null);
            }
            catch (UnreadableMinutesException ex)
            {
                outcome = new Outcome(null, null, false, ex);
            }
            catch (Exception ex)
            {
                crash = ex;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        worker.Start();

        Assert.True(worker.Join(HangGuard), $"{fileName} of {content.Length} bytes did not end within {HangGuard.TotalSeconds} s.");
        Assert.Null(crash);
        output.WriteLine($"{fileName}: {content.Length} bytes in, {allocated / (double)MB:0.0} MB allocated, {(outcome!.Refusal is { } r ? "refused: " + r.Message : $"{outcome.Document!.Blocks.Count} blocks")}");
        Assert.True(allocated < maxAllocatedBytes, $"{fileName}: {allocated / MB} MB allocated, bound {maxAllocatedBytes / MB} MB.");
        if (outcome.Refusal is { } refusal)
        {
            Assert.StartsWith(fileName + ": ", refusal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', refusal.Message);
            Assert.True(refusal.Message.Length < 200, refusal.Message);
        }

        return outcome;
    }

    /// <summary>Minutes of the given number of pages: per page a heading, discussion, a decision and an action.</summary>
    private static IEnumerable<(string Text, bool Heading)> LongMinutes(int pages)
    {
        yield return ("Notulen jaarvergadering stuurgroep", true);
        yield return ("Datum: 24 mei 2023", false);
        yield return ("Aanwezig: Annet de Groot, Stef Fleischeuer, Cor Lamers", false);
        for (var page = 1; page <= pages; page++)
        {
            yield return ($"{page}. Onderwerp {page}", true);
            for (var line = 0; line < 4; line++)
            {
                yield return ($"De stuurgroep bespreekt onderwerp {page} en de gevolgen voor de planning van het komende jaar, deel {line}.", false);
            }

            yield return ($"Besluit: de stuurgroep stemt in met voorstel {page}.", false);
            yield return ($"Actie: Annet de Groot stuurt de offerte voor onderwerp {page} voor 1 juni 2023.", false);
        }
    }

    private static byte[] LongPdf(int pages)
    {
        using var sketch = new PdfSketch();
        var y = 0.0;
        var page = 0;
        foreach (var (text, heading) in LongMinutes(pages))
        {
            // A new page at each agenda point, so that the minutes run to exactly the number of pages.
            if (y < 80 || (heading && page > 0 && text[0] is >= '1' and <= '9'))
            {
                sketch.NewPage();
                page++;
                y = 780;
            }

            y = heading ? y - 8 : y;
            if (heading)
            {
                sketch.Text(60, y, text, 13, bold: true);
                y -= 20;
            }
            else
            {
                y = sketch.Wrapped(60, y, 470, text) - 6;
            }
        }

        return sketch.Build();
    }

    private static (byte[] Content, string FileName) Nested(string shape, int levels)
    {
        const string Inside = "Actie: Annet stuurt de offerte voor 1 juni.";
        string Repeat(string part) => string.Concat(Enumerable.Repeat(part, levels));
        return shape switch
        {
            "markdown-list-markers" => (Encoding.UTF8.GetBytes(Repeat("- ") + Inside + "\n"), "notulen.md"),
            "markdown-indented-lists" => (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, levels / 5).Select(i => new string(' ', i * 2) + "- " + Inside + "\n"))), "notulen.md"),
            "markdown-quotes" => (Encoding.UTF8.GetBytes(Repeat("> ") + Inside + "\n"), "notulen.md"),
            "html-lists" => (Encoding.UTF8.GetBytes($"<html><body>{Repeat("<ul><li>")}{Inside}{Repeat("</li></ul>")}</body></html>"), "notulen.html"),
            "html-divs" => (Encoding.UTF8.GetBytes($"<html><body>{Repeat("<div>")}<p>{Inside}</p></body></html>"), "notulen.html"),
            "docx-tables" => (Docx(Repeat("<w:tbl><w:tr><w:tc>") + Paragraph(Inside) + Repeat("</w:tc></w:tr></w:tbl>")), "notulen.docx"),
            "docx-content-controls" => (Docx(Repeat("<w:sdt><w:sdtContent>") + Paragraph(Inside) + Repeat("</w:sdtContent></w:sdt>")), "notulen.docx"),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    /// <summary>About <paramref name="length"/> characters without a line break: sentences with items in them, or words only.</summary>
    private static string OneLine(int length, bool sentences)
    {
        var text = new StringBuilder(length + 200);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(sentences
                ? $"Besluit: de stuurgroep stemt in met voorstel {i}. Actie: Annet stuurt offerte {i} voor 1 juni. "
                : $"woord{i % 97} tekst zonder einde ");
        }

        return text.ToString();
    }

    private static byte[] Docx(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var xml = new MemoryStream(Encoding.UTF8.GetBytes($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>"));
            main.FeedData(xml);
        }

        return stream.ToArray();
    }

    private static string Paragraph(string text, bool heading = false) =>
        $"<w:p>{(heading ? "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>" : "<w:r>")}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static string Row(params string[] cells) =>
        "<w:tr>" + string.Concat(cells.Select(c => $"<w:tc>{Paragraph(c)}</w:tc>")) + "</w:tr>";

    /// <summary>A greyscale PNG of the given size: a stand-in for a scanned page.</summary>
    private static byte[] GreyPng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // 8 bits a sample, colour type 0 (grey), default compression, filter and no interlace.
        Chunk(png, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                for (var x = 1; x <= width; x++)
                {
                    row[x] = (byte)((x * 7 + y * 3) % 256);
                }

                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
