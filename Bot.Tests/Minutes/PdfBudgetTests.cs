using System.IO.Compression;
using System.Text;
using TeamsBot.Minutes;
using Xunit.Abstractions;

namespace TeamsBot.Tests.Minutes;

/// <summary>
/// Decompression bombs in PDF, built by hand: one small file whose stream inflates far past the budget is refused with
/// one line before PdfPig decodes it, whichever stream carries it. Allocation is measured on the reading thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>); the bounds are about ten times what was measured.
/// </summary>
public sealed class PdfBudgetTests(ITestOutputHelper output)
{
    private const int MB = 1024 * 1024;
    private const string Text = "BT /F1 12 Tf 72 720 Td (Besluit: de stuurgroep stemt in met het voorstel.) Tj ET\n";

    /// <summary>512 MiB of zeros behind one line of text, deflated once: about 0.5 MB.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => Deflate(Encoding.ASCII.GetBytes(Text), 512L * MB));

    [Fact]
    public void Read_FlateBombAsPageContent_IsRefusedInOneLineWithBoundedAllocation()
    {
        var pdf = Pdf(("<< /Length {0} /Filter /FlateDecode >>", Bomb.Value));

        var (refusal, allocated) = ReadRefused(pdf, "bomb.pdf", new MinutesReaderOptions());

        // Measured: 0.5 MB.
        Assert.True(allocated < 20L * MB, $"{allocated / MB} MB allocated");
        Assert.Equal(UnreadableReason.TooLarge, refusal.Reason);
        Assert.Equal("bomb.pdf: a part of the PDF expands to more than 16 MB when unpacked.", refusal.Message);
    }

    [Fact]
    public void Read_FlateBombBehindTwoFilters_IsRefused()
    {
        var twice = Deflate(Bomb.Value, 0);
        var pdf = Pdf(("<< /Length {0} /Filter [/FlateDecode /FlateDecode] >>", twice));

        var (refusal, allocated) = ReadRefused(pdf, "bomb.pdf", new MinutesReaderOptions());

        Assert.True(allocated < 20L * MB, $"{allocated / MB} MB allocated");
        Assert.Contains("expands to more than 16 MB", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RunLengthBomb_IsRefused()
    {
        // Each pair (129, 0) is 128 zero bytes: 2 MB of them expand to 128 MB.
        var runs = new byte[2 * MB];
        for (var i = 0; i < runs.Length; i += 2)
        {
            runs[i] = 129;
        }

        var pdf = Pdf(("<< /Length {0} /Filter /RunLengthDecode >>", [.. Encoding.ASCII.GetBytes(Text), .. runs, 128]));

        var (refusal, _) = ReadRefused(pdf, "runs.pdf", new MinutesReaderOptions());

        Assert.Equal("runs.pdf: a part of the PDF expands to more than 16 MB when unpacked.", refusal.Message);
    }

    [Fact]
    public void Read_StreamsTogetherPastTheDocumentLimit_AreRefusedForTheWhole()
    {
        // Ten pages of 4 MB each: every stream is under the per-stream limit, together they are over 32 MB.
        var page = Deflate(Encoding.ASCII.GetBytes(Text), 4L * MB);
        var pdf = Pdf([.. Enumerable.Repeat(("<< /Length {0} /Filter /FlateDecode >>", page), 10)]);
        var options = new MinutesReaderOptions { MaxExpandedBytes = 32L * MB };

        var (refusal, _) = ReadRefused(pdf, "pages.pdf", options);

        Assert.Equal("pages.pdf: the PDF expands to more than 32 MB when unpacked.", refusal.Message);
    }

    [Fact]
    public void Read_CompressedPageUnderTheLimits_IsRead()
    {
        var pdf = Pdf(("<< /Length {0} /Filter /FlateDecode >>", Deflate(Encoding.ASCII.GetBytes(Text), 1024)));

        var document = new MinutesReader().Read(pdf, "notulen.pdf");

        Assert.Contains(document.Blocks, b => b.Text.Contains("stemt in met het voorstel", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TextPastTheCharacterLimit_IsRefused()
    {
        var pdf = Pdf([.. Enumerable.Repeat(("<< /Length {0} >>", Encoding.ASCII.GetBytes(Text)), 3)]);
        var options = new MinutesReaderOptions { MaxTextCharacters = 100 };

        var (refusal, _) = ReadRefused(pdf, "long.pdf", options);

        Assert.Equal("long.pdf: the PDF has more than 100 characters of text.", refusal.Message);
    }

    [Fact]
    public void Read_PastTheReadTime_IsRefused()
    {
        var pdf = Pdf([.. Enumerable.Repeat(("<< /Length {0} >>", Encoding.ASCII.GetBytes(Text)), 2)]);
        var options = new MinutesReaderOptions { MaxReadTime = TimeSpan.FromTicks(1) };

        var (refusal, _) = ReadRefused(pdf, "slow.pdf", options);

        Assert.StartsWith("slow.pdf: reading the PDF takes longer than", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FlateBombAsCrossReferenceStream_IsRefused()
    {
        var pdf = Pdf([("<< /Length {0} >>", Encoding.ASCII.GetBytes(Text))], xrefStream: Bomb.Value);

        var (refusal, allocated) = ReadRefused(pdf, "xref.pdf", new MinutesReaderOptions());

        Assert.True(allocated < 20L * MB, $"{allocated / MB} MB allocated");
        Assert.Contains("expands to more than", refusal.Message, StringComparison.Ordinal);
    }

    private (UnreadableMinutesException Refusal, long Allocated) ReadRefused(byte[] pdf, string fileName, MinutesReaderOptions options)
    {
        var reader = new MinutesReader(options);

        // PdfPig's and the runtime's one-off costs on first use are not the file's.
        new MinutesReader().Read(Pdf(("<< /Length {0} >>", Encoding.ASCII.GetBytes(Text))), "warm.pdf");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Assert.Throws<UnreadableMinutesException>(() => reader.Read(pdf, fileName));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before - pdf.Length;
        output.WriteLine($"{fileName}: {pdf.Length} bytes, {allocated / (double)MB:0.0} MB allocated: {refusal.Message}");
        Assert.DoesNotContain('\n', refusal.Message);
        return (refusal, allocated);
    }

    /// <summary><paramref name="head"/> followed by <paramref name="zeros"/> zero bytes, zlib-compressed.</summary>
    private static byte[] Deflate(byte[] head, long zeros)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(head);
            var chunk = new byte[MB];
            for (long left = zeros; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        return packed.ToArray();
    }

    /// <summary>
    /// A PDF of one page per content stream (dictionary with {0} for the length, and data), Helvetica as the font; its
    /// cross-reference is a classic table, or a compressed cross-reference stream of the given data.
    /// </summary>
    private static byte[] Pdf(params (string Dictionary, byte[] Data)[] pages) => Pdf(pages, xrefStream: null);

    private static byte[] Pdf((string Dictionary, byte[] Data)[] pages, byte[]? xrefStream)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body, byte[]? data = null)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\n");
            if (data is not null)
            {
                Write("stream\n");
                pdf.Write(data);
                Write("\nendstream\n");
            }

            Write("endobj\n");
        }

        var kids = string.Join(' ', pages.Select((_, i) => $"{4 + (2 * i)} 0 R"));
        Write("%PDF-1.7\n%\u00e2\u00e3\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object($"<< /Type /Pages /Kids [{kids}] /Count {pages.Length} >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (var i = 0; i < pages.Length; i++)
        {
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + (2 * i)} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            Object(string.Format(System.Globalization.CultureInfo.InvariantCulture, pages[i].Dictionary, pages[i].Data.Length), pages[i].Data);
        }

        if (xrefStream is not null)
        {
            var at = pdf.Position;
            Object($"<< /Type /XRef /Size {offsets.Count + 2} /W [1 4 1] /Root 1 0 R /Length {xrefStream.Length} /Filter /FlateDecode >>", xrefStream);
            Write($"startxref\n{at}\n%%EOF\n");
            return pdf.ToArray();
        }

        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
