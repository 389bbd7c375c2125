using System.Net;
using System.Text.RegularExpressions;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public partial class PdfReaderTests
{
    private static readonly string FixturesDir = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> MinutesPdfs => new(
        Directory.GetFiles(Path.Combine(FixturesDir, "Minutes"), "*.pdf").Select(Path.GetFileNameWithoutExtension).Order()!);

    private static MinutesDocument ReadFixture(string folder, string fileName, MinutesReaderOptions? options = null) =>
        new PdfReader().Read(File.ReadAllBytes(Path.Combine(FixturesDir, folder, fileName)), fileName, options ?? new MinutesReaderOptions());

    private static UnreadableMinutesException ReadBad(string fileName) =>
        Assert.Throws<UnreadableMinutesException>(() => ReadFixture("Bad", fileName));

    [Fact]
    public void Recognizes_PdfSignatureWithinFirstKilobyte_True()
    {
        var reader = new PdfReader();
        Assert.True(reader.Recognizes("%PDF-1.7\n%\u00e2\u00e3"u8));
        Assert.True(reader.Recognizes([.. new byte[600], .. "%PDF-1.4"u8]));
        Assert.False(reader.Recognizes("# Verslag\n%PDF"u8));
        Assert.False(reader.Recognizes([]));
    }

    [Fact]
    public void Read_Nl00_FindsHeadingsAndJoinsWrappedBulletIntoOneItem()
    {
        var blocks = ReadFixture("Minutes", "nl-00.pdf").Blocks;

        Assert.Contains(blocks, b => b is { Kind: BlockKind.Heading, Level: 1, Text: "Verslag bijeenkomst Stuurgroep Stadspartners" });
        var opening = blocks.ToList().FindIndex(b => b is { Kind: BlockKind.Heading, Text: "1. Opening en welkom" });
        Assert.True(opening >= 0);
        var item = blocks[opening + 1];
        Assert.Equal(BlockKind.ListItem, item.Kind);
        Assert.StartsWith("Cor Lamers opent de vergadering", item.Text, StringComparison.Ordinal);
        Assert.Contains("Marijke wordt eenmalig vervangen door Dino van Dal.", item.Text, StringComparison.Ordinal);
        Assert.Equal(new SourceRef(1, 18), item.Source);
    }

    [Fact]
    public void Read_Nl00_ContinuesListItemAcrossPageBreakAndKeepsBoldNumberedHeading()
    {
        var blocks = ReadFixture("Minutes", "nl-00.pdf").Blocks;

        var item = Assert.Single(blocks, b => b.Text.StartsWith("De subsidie Preventie met Gezag", StringComparison.Ordinal));
        Assert.EndsWith("Het projectplan is geschreven door Roos Wilhelm.", item.Text, StringComparison.Ordinal);
        Assert.Contains(blocks, b => b is { Kind: BlockKind.Heading, Text: "4. Stand van zake werkgroepen" });
        Assert.Equal("Cor Lamers beëindigt de vergadering om 14:45 uur.", blocks[^1].Text);
    }

    [Theory]
    [MemberData(nameof(MinutesPdfs))]
    public void Read_MinutesFixture_HeadingsMatchMarkdownSource(string id)
    {
        var document = ReadFixture("Minutes", id + ".pdf");
        var markdownHeadings = File.ReadLines(Path.Combine(FixturesDir, "Minutes", id + ".md"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('#') || BoldParagraph().IsMatch(l))
            .Select(l => MarkdownText(l.TrimStart('#')))
            .ToList();

        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();

        Assert.Equal(markdownHeadings, headings);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Any(c => c is >= '\uE000' and <= '\uF8FF'));
    }

    [Fact]
    public void Read_TitleThatIsOnlyTheFileName_HasNoTitle()
    {
        Assert.Null(ReadFixture("Minutes", "nl-00.pdf").Title);
    }

    [Fact]
    public void Read_OwnerPasswordOnly_ReadsText()
    {
        var document = ReadFixture("Pdf", "owner-password-only.pdf");

        Assert.Contains(document.Blocks, b => b is { Kind: BlockKind.Heading, Text: "Werkgroep Beveiliging" });
    }

    [Fact]
    public void Read_MorePagesThanAllowed_TooLarge()
    {
        var ex = Assert.Throws<UnreadableMinutesException>(() => ReadFixture("Minutes", "nl-00.pdf", new MinutesReaderOptions { MaxPages = 2 }));

        Assert.Equal(UnreadableReason.TooLarge, ex.Reason);
        Assert.StartsWith("nl-00.pdf: the PDF has more than 2 pages", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf-encrypted.pdf", UnreadableReason.Encrypted)]
    [InlineData("pdf-scan.pdf", UnreadableReason.NoText)]
    [InlineData("pdf-garbage.pdf", UnreadableReason.Damaged)]
    public void Read_BadFile_ExplainsInOneLine(string fileName, UnreadableReason reason)
    {
        var ex = ReadBad(fileName);

        Assert.Equal(reason, ex.Reason);
        Assert.StartsWith(fileName + ": ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Read_Scan_AsksWhetherItIsAScan()
    {
        Assert.Equal("pdf-scan.pdf: no text found: is this a scan?", ReadBad("pdf-scan.pdf").Message);
    }

    [Fact]
    public void Read_TruncatedFile_IsDamagedOrKeepsRealText()
    {
        var original = ReadFixture("Minutes", "nl-00.pdf").Blocks.Select(b => b.Text).ToHashSet();
        try
        {
            var partial = ReadFixture("Bad", "pdf-truncated.pdf");
            Assert.NotEmpty(partial.Blocks);
            Assert.All(partial.Blocks, b => Assert.Contains(b.Text, original));
        }
        catch (UnreadableMinutesException ex)
        {
            Assert.Equal(UnreadableReason.Damaged, ex.Reason);
            Assert.Equal("pdf-truncated.pdf: the PDF is damaged and cannot be read.", ex.Message);
        }
    }

    [Fact]
    public void MinutesReader_PdfBytesUnderAnyName_UsesPdfReader()
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixturesDir, "Minutes", "nl-01.pdf"));

        var document = new MinutesReader().Read(bytes, "notulen");

        Assert.Equal(MinutesFormat.Pdf, document.Format);
    }

    private static string MarkdownText(string line)
    {
        var text = MarkdownLink().Replace(line, "$1").Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        return string.Join(' ', WebUtility.HtmlDecode(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // A paragraph that is bold as a whole and does not end like a sentence: the bold-heading rule.
    [GeneratedRegex(@"^\*\*[^*]{1,116}[^*.!?:]\*\*$")]
    private static partial Regex BoldParagraph();
}
