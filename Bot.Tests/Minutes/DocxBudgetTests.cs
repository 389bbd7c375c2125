using TeamsBot.Bench;
using TeamsBot.Minutes;
using Xunit.Abstractions;

namespace TeamsBot.Tests.Minutes;

/// <summary>
/// A .docx just under the expansion limits (98 MB of XML packed about 20:1) is read a body element at a time. Allocation
/// counts the churn of parsing, not the peak (the bench verb's <c>documents</c> measures that); what the document keeps
/// after reading is measured after a full collection. Bounds are about three times what was measured.
/// </summary>
public sealed class DocxBudgetTests(ITestOutputHelper output)
{
    private const int MB = 1024 * 1024;

    private static readonly Lazy<byte[]> UnderLimits = new(() => BenchDocuments.WordUnderLimits(98L * MB));

    [Fact]
    public void Read_DocxJustUnderTheLimits_IsReadWithinABound()
    {
        // Its text (some 8 million characters) is past the default character limit: read here without it.
        var docx = UnderLimits.Value;
        var reader = new MinutesReader(new MinutesReaderOptions { MaxTextCharacters = 100_000_000 });

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        var (document, allocated) = Measured(() => reader.Read(docx, "groot.docx"));

        var kept = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        output.WriteLine($"{document.Blocks.Count} blocks, {kept / (double)MB:0.0} MB kept");
        Assert.True(document.Blocks.Count > 10_000, $"{document.Blocks.Count} blocks");
        Assert.True(allocated < 4_000L * MB, $"{allocated / MB} MB allocated");
        Assert.True(kept < 300L * MB, $"{kept / MB} MB kept");
    }

    [Fact]
    public void Read_DocxJustUnderTheLimits_IsRefusedAtTheCharacterLimit()
    {
        var reader = new MinutesReader();

        var refusal = Assert.Throws<UnreadableMinutesException>(() => reader.Read(UnderLimits.Value, "groot.docx"));

        Assert.Equal(UnreadableReason.TooLarge, refusal.Reason);
        Assert.Equal("groot.docx: the Word document has more than 5,000,000 characters of text.", refusal.Message);
    }

    private (T Result, long Allocated) Measured<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{allocated / (double)MB:0.0} MB allocated");
        return (result, allocated);
    }
}
