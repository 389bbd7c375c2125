using System.Diagnostics;
using System.Text;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public class PlainTextReaderTests
{
    private static readonly MinutesReaderOptions Options = new();

    [Fact]
    public void Read_DutchMinutesFixture_FindsStructure()
    {
        var blocks = ReadFixture().Blocks;

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "NOTULEN WERKGROEP DUURZAAMHEID"),
                (BlockKind.Paragraph, 0, "Datum: 14 februari 2024"),
                (BlockKind.Paragraph, 0, "Locatie: Raadhuis, kamer 2.14"),
                (BlockKind.Paragraph, 0, "Aanwezig:"),
                (BlockKind.Paragraph, 0, "Sanne Bakker (voorzitter)"),
                (BlockKind.Paragraph, 0, "Youssef Amrani"),
                (BlockKind.Paragraph, 0, "Els de Boer (notulen)"),
                (BlockKind.Heading, 2, "1. Opening"),
                (BlockKind.Paragraph, 0, "De voorzitter opent de vergadering om 19.30 uur en heet iedereen welkom. Er zijn geen aanvullingen op de agenda."),
                (BlockKind.Heading, 2, "2. Zonnepanelen sporthal"),
                (BlockKind.ListItem, 0, "Youssef heeft drie offertes opgevraagd; de goedkoopste is van Zon & Co."),
                (BlockKind.ListItem, 1, "levertijd is zes weken"),
                (BlockKind.ListItem, 1, "garantie 25 jaar"),
                (BlockKind.ListItem, 0, "De werkgroep besluit de offerte van Zon & Co voor te leggen aan het bestuur."),
                (BlockKind.Heading, 2, "3. Planning voorjaar"),
                (BlockKind.Paragraph, 0, "Actiepunten:"),
                (BlockKind.ListItem, 0, "Els stuurt het verslag rond voor 21 februari."),
                (BlockKind.ListItem, 0, "Sanne plant een bezoek aan de sporthal."),
                (BlockKind.Heading, 2, "RONDVRAAG"),
                (BlockKind.Paragraph, 0, "Geen punten."),
                (BlockKind.Paragraph, 0, "Volgende vergadering: 13 maart 2024."),
            ],
            blocks.Select(b => (b.Kind, b.Level, b.Text)));
    }

    [Fact]
    public void Read_DutchMinutesFixture_SourcesAreFirstLines()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Text", "notulen-nl.txt");
        var lines = File.ReadAllLines(path);

        foreach (var block in ReadFixture().Blocks)
        {
            Assert.Null(block.Source.Page);
            var firstWord = block.Text.Split(' ')[0];
            Assert.Contains(firstWord, lines[block.Source.Line - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_NumberedItems_OrderedWithoutTheirNumbers()
    {
        var items = ReadFixture().Blocks.Where(b => b.Kind == BlockKind.ListItem).ToArray();

        Assert.Equal([false, false, false, false, true, true], items.Select(i => i.Ordered));
    }

    [Fact]
    public void Read_StandaloneNumberedLines_AreAgendaHeadings()
    {
        var blocks = Read("1. Opening\n\nWelkom allemaal.\n\n4.1 Begroting\n\nDe begroting is akkoord.\n\n5. Dit is een gewone zin met een punt.\n");

        Assert.Equal(
            [(BlockKind.Heading, 2), (BlockKind.Paragraph, 0), (BlockKind.Heading, 3), (BlockKind.Paragraph, 0), (BlockKind.ListItem, 0)],
            blocks.Select(b => (b.Kind, b.Level)));
        Assert.Equal("4.1 Begroting", blocks[2].Text);
    }

    [Fact]
    public void Read_RunOfShortNumberedLines_IsAList()
    {
        var blocks = Read("Agenda\n1. Opening\n2. Mededelingen\n3) Rondvraag\na. subpunt\n");

        Assert.Equal(["Opening", "Mededelingen", "Rondvraag", "subpunt"], blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.All(blocks.Where(b => b.Kind == BlockKind.ListItem), b => Assert.True(b.Ordered));
    }

    [Fact]
    public void Read_WordTextExport_NumberedHeadingsBetweenParagraphLines()
    {
        var blocks = Read("1.\tOpening en welkom\r\nDe voorzitter opent de vergadering.\r\n2.\tVerslag\r\n•\tHet verslag wordt vastgesteld.\r\no\tMet een tekstuele wijziging.\r\n");

        Assert.Equal(
            [(BlockKind.Heading, "1. Opening en welkom"), (BlockKind.Paragraph, "De voorzitter opent de vergadering."), (BlockKind.Heading, "2. Verslag"),
             (BlockKind.ListItem, "Het verslag wordt vastgesteld."), (BlockKind.ListItem, "Met een tekstuele wijziging.")],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Theory]
    [InlineData("- punt")]
    [InlineData("* punt")]
    [InlineData("• punt")]
    [InlineData("· punt")]
    [InlineData("– punt")]
    [InlineData("o punt")]
    [InlineData("-\tpunt")]
    public void Read_BulletMarkers_ListItems(string line)
    {
        var block = Assert.Single(Read(line));

        Assert.Equal((BlockKind.ListItem, "punt", false), (block.Kind, block.Text, block.Ordered));
    }

    [Fact]
    public void Read_BulletIndentation_GivesDepth()
    {
        var blocks = Read("- a\n    - b\n\t\t- c\n    - d\n- e\n");

        Assert.Equal([0, 1, 2, 1, 0], blocks.Select(b => b.Level));
    }

    [Fact]
    public void Read_InitialsAndKeyValueLines_StayParagraphs()
    {
        var blocks = Read("J. de Vries opent de vergadering.\nVoorzitter: Cor Lamers\nonderwerp zonder hoofdletter.");

        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal("J. de Vries opent de vergadering.", blocks[0].Text);
    }

    [Fact]
    public void Read_HardWrappedParagraph_JoinedIntoOne()
    {
        var blocks = Read("Het bestuur heeft besloten om de\nsubsidieaanvraag in te dienen bij de\nprovincie.\nDaarna volgt de rondvraag.\n");

        Assert.Equal(
            ["Het bestuur heeft besloten om de subsidieaanvraag in te dienen bij de provincie.", "Daarna volgt de rondvraag."],
            blocks.Select(b => b.Text));
        Assert.Equal([1, 4], blocks.Select(b => b.Source.Line));
    }

    [Fact]
    public void Read_WrappedBullet_ContinuationJoined()
    {
        var block = Assert.Single(Read("- Piet zorgt dat de stukken\n  voor vrijdag bij het secretariaat zijn.\n"));

        Assert.Equal("Piet zorgt dat de stukken voor vrijdag bij het secretariaat zijn.", block.Text);
    }

    [Fact]
    public void Read_SetextAndLabelHeadings()
    {
        var blocks = Read("Besluitenlijst\n--------------\n\nBesluiten:\n\n- Het budget is akkoord.\n\n----------\nEinde\n");

        Assert.Equal(
            [(BlockKind.Heading, 2, "Besluitenlijst"), (BlockKind.Heading, 3, "Besluiten"), (BlockKind.ListItem, 0, "Het budget is akkoord."), (BlockKind.Paragraph, 0, "Einde")],
            blocks.Select(b => (b.Kind, b.Level, b.Text)));
    }

    [Fact]
    public void Read_WhitespaceInsideLines_Collapsed()
    {
        var block = Assert.Single(Read("  Jan\t en   Piet\u00A0bellen.  "));

        Assert.Equal("Jan en Piet bellen.", block.Text);
    }

    [Fact]
    public void Read_Utf8WithAndWithoutBom_SameBlocks()
    {
        const string Text = "Besluit: de financiële bijdrage wordt verhoogd.";
        var plain = Encoding.UTF8.GetBytes(Text);

        Assert.Equal(Text, Assert.Single(Read(plain)).Text);
        Assert.Equal(Text, Assert.Single(Read([.. Encoding.UTF8.GetPreamble(), .. plain])).Text);
    }

    [Fact]
    public void Read_Utf16LittleEndian_WithAndWithoutBom()
    {
        const string Text = "Actie: Zoë belt de coöperatie.\r\n- eerste punt";
        var bytes = Encoding.Unicode.GetBytes(Text);

        foreach (var content in new[] { bytes, [.. Encoding.Unicode.GetPreamble(), .. bytes] })
        {
            var blocks = Read(content);
            Assert.Equal(["Actie: Zoë belt de coöperatie.", "eerste punt"], blocks.Select(b => b.Text));
        }
    }

    [Fact]
    public void Read_Windows1252_DutchCharactersDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Text = "Financiële zaken – café-overleg\r\nDe naïeve raming was € 1.200.\r\n";

        var blocks = Read(Encoding.GetEncoding(1252).GetBytes(Text));

        Assert.Equal(["Financiële zaken – café-overleg", "De naïeve raming was € 1.200."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_BinaryBytes_Unsupported()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);

        var ex = Assert.Throws<UnreadableMinutesException>(() => new MinutesReader().Read(bytes, "notulen.txt"));

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyBlankLines_FacadeReportsEmpty()
    {
        var ex = Assert.Throws<UnreadableMinutesException>(() => new MinutesReader().Read(Encoding.UTF8.GetBytes(" \r\n\t\n\n"), "leeg.txt"));

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }

    [Fact]
    public void Read_TenMegabyteSingleLine_IsOneParagraph()
    {
        var large = SingleLine(10 * 1024 * 1024);
        var watch = Stopwatch.StartNew();

        Assert.Equal(BlockKind.Paragraph, Assert.Single(Read(large)).Kind);

        // Not a speed measurement (that is the bench verb's job): a guard against a quadratic hang.
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"10 MB: {watch.Elapsed.TotalSeconds:0} s");
    }

    private static byte[] SingleLine(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 7 == 6 ? ' ' : 'a' + (i % 26));
        }

        return bytes;
    }

    private static MinutesDocument ReadFixture()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Text", "notulen-nl.txt");
        return new PlainTextReader().Read(File.ReadAllBytes(path), "notulen-nl.txt", Options);
    }

    private static IReadOnlyList<Block> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static IReadOnlyList<Block> Read(byte[] content) => new PlainTextReader().Read(content, "test.txt", Options).Blocks;
}
