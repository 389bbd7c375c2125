using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

/// <summary>Layout rules of the PDF reader, checked on small PDFs drawn in the test.</summary>
public class PdfLayoutTests
{
    private const string Left1 = "De werkgroep Wonen heeft twee keer vergaderd over de kaart van Nieuwland en Oost. Alle fysieke ingrepen worden zichtbaar gemaakt zodat partners zien waar zij elkaar raken.";
    private const string Left2 = "Besloten wordt dat de werkgroep in september een tweede sessie houdt met de woningcorporaties en de projectontwikkelaars.";
    private const string Right1 = "De werkgroep Veiligheid start volgende week. Roos Wilhelm trekt de werkgroep en zoekt nog leden uit het onderwijs en de zorg, zodat de aanpak breed gedragen wordt.";
    private const string Bottom = "De volgende vergadering is op woensdag 12 juli in het nieuwe kantoor aan de Singel; iedereen is van harte welkom om daar samen verder te praten over het programma.";

    private static MinutesDocument Read(byte[] pdf, string name = "sketch.pdf") =>
        new PdfReader().Read(pdf, name, new MinutesReaderOptions());

    [Fact]
    public void Read_TwoColumns_ReadsLeftColumnBeforeRightColumn()
    {
        using var sketch = new PdfSketch();
        sketch.NewPage();
        sketch.Text(50, 780, "Verslag werkgroepen", 16, bold: true);
        var y = sketch.Wrapped(50, 740, 230, Left1);
        sketch.Wrapped(50, y - 12, 230, Left2);
        var bottomY = sketch.Wrapped(315, 740, 230, Right1) - 120;
        sketch.Wrapped(50, bottomY, 495, Bottom);

        var blocks = Read(sketch.Build()).Blocks;

        Assert.Equal(
            [(BlockKind.Heading, "Verslag werkgroepen"), (BlockKind.Paragraph, Left1), (BlockKind.Paragraph, Left2), (BlockKind.Paragraph, Right1), (BlockKind.Paragraph, Bottom)],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Read_BulletsWithWrappedAndNestedItems_MakesOneListItemPerBullet()
    {
        const string first = "Cor Lamers opent de vergadering en heet iedereen welkom. Antoinette Laan schuift later aan, evenals Dogukan Ergin en de nieuwe programmasecretaris.";
        using var sketch = new PdfSketch();
        sketch.NewPage();
        sketch.Text(50, 780, "Lopende zaken", 11);
        sketch.Text(68, 760, "•");
        var y = sketch.Wrapped(82, 760, 460, first);
        sketch.Text(86, y, "–").Text(100, y, "Marijke Bergh neemt afscheid.");
        sketch.Text(68, y - 13.2, "1.").Text(82, y - 13.2, "Het verslag wordt vastgesteld.");

        var blocks = Read(sketch.Build()).Blocks;

        Assert.Equal(
            [(BlockKind.Paragraph, "Lopende zaken", 0, false), (BlockKind.ListItem, first, 0, false), (BlockKind.ListItem, "Marijke Bergh neemt afscheid.", 1, false), (BlockKind.ListItem, "Het verslag wordt vastgesteld.", 0, true)],
            blocks.Select(b => (b.Kind, b.Text, b.Level, b.Ordered)));
    }

    [Fact]
    public void Read_RepeatedHeaderAndPageNumbers_DropsThem()
    {
        using var sketch = new PdfSketch();
        for (var page = 1; page <= 3; page++)
        {
            sketch.NewPage()
                .Text(50, 810, $"Stuurgroep Stadspartners {20 + page} mei 2023", 9)
                .Text(50, 700, $"Agendapunt {page} is besproken en afgerond.", 11)
                .Text(280, 30, $"Pagina {page} van 3", 9);
        }

        var texts = Read(sketch.Build()).Blocks.Select(b => b.Text).ToList();

        Assert.Equal(["Agendapunt 1 is besproken en afgerond.", "Agendapunt 2 is besproken en afgerond.", "Agendapunt 3 is besproken en afgerond."], texts);
    }

    [Fact]
    public void Read_HeadingsBySizeAndBoldLine_GetLevelsAndSource()
    {
        using var sketch = new PdfSketch();
        sketch.NewPage();
        sketch.Text(50, 780, "Verslag Stuurgroep", 20, bold: true);
        sketch.Text(50, 750, "Besluiten", 14, bold: true);
        sketch.Text(50, 730, "Het uitvoeringsprogramma wordt vastgesteld.", 11);
        sketch.Text(50, 700, "Actiepunten", 11, bold: true);
        sketch.Text(50, 686.8, "Stef Fleischeuer plant een nieuwe sessie.", 11);

        var blocks = Read(sketch.Build()).Blocks;

        Assert.Equal(
            [(BlockKind.Heading, 1, "Verslag Stuurgroep"), (BlockKind.Heading, 2, "Besluiten"), (BlockKind.Paragraph, 0, "Het uitvoeringsprogramma wordt vastgesteld."), (BlockKind.Heading, 6, "Actiepunten"), (BlockKind.Paragraph, 0, "Stef Fleischeuer plant een nieuwe sessie.")],
            blocks.Select(b => (b.Kind, b.Level, b.Text)));
        Assert.Equal(new SourceRef(1, 4), blocks[3].Source);
    }

    [Fact]
    public void Read_NumberedHeadingInBodyFontContinuingTheAgenda_StaysAHeading()
    {
        // Another writer's export: "1." and "2." are bold, "3." is in the body font, spaced like the other headings.
        using var sketch = new PdfSketch();
        sketch.NewPage();
        sketch.Text(50, 780, "Verslag werkgroep Groen", 14, bold: true);
        sketch.Text(50, 750, "1. Opening", bold: true);
        sketch.Text(62, 734, "•").Text(86, 734, "Ilse Bakker opent de vergadering.");
        sketch.Text(50, 710, "2. Plantsoenen", bold: true);
        sketch.Text(62, 694, "1.").Text(86, 694, "De kaart van de wijk wordt bijgewerkt.");
        sketch.Text(62, 680, "2.").Text(86, 680, "De bomen aan de Singel worden geteld.");
        sketch.Text(62, 666, "3.").Text(86, 666, "Het maaibeleid wordt herzien.");
        sketch.Text(50, 642, "3. Rondvraag");
        sketch.Text(62, 626, "•").Text(86, 626, "Tom Vos stuurt de foto's rond.");

        var blocks = Read(sketch.Build()).Blocks;

        Assert.Equal(
            ["Verslag werkgroep Groen", "1. Opening", "2. Plantsoenen", "3. Rondvraag"],
            blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        Assert.Equal(BlockKind.ListItem, Assert.Single(blocks, b => b.Text == "Het maaibeleid wordt herzien.").Kind);
    }

    [Fact]
    public void Read_NumberedListRestartingInASection_StaysAList()
    {
        using var sketch = new PdfSketch();
        sketch.NewPage();
        sketch.Text(50, 750, "1. Opening", bold: true);
        sketch.Text(50, 726, "1. Ilse Bakker opent de vergadering");
        sketch.Text(50, 702, "2. Tom Vos leest de agenda voor");

        var blocks = Read(sketch.Build()).Blocks;

        Assert.Equal(["1. Opening"], blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void Read_ShortLinesWithoutGap_KeepsLineBreaks()
    {
        using var sketch = new PdfSketch();
        sketch.NewPage();
        sketch.Wrapped(50, 760, 495, Bottom);
        sketch.Text(50, 700, "Datum: 24 mei 2023").Text(50, 686.8, "Locatie: Schiedam");

        var blocks = Read(sketch.Build()).Blocks;

        Assert.Equal([Bottom, "Datum: 24 mei 2023\nLocatie: Schiedam"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_TitleFromWordExport_DropsPrefixAndExtension()
    {
        using var sketch = new PdfSketch { Title = "Microsoft Word - notulen stuurgroep.docx" };
        sketch.NewPage().Text(50, 700, "Tekst.");

        Assert.Equal("notulen stuurgroep", Read(sketch.Build()).Title);
    }

    [Theory]
    [InlineData("De afspraak wordt ver-", "volgd in juni.", "De afspraak wordt vervolgd in juni.")]
    [InlineData("Tabitha Oetomo-", "de Roode is er.", "Tabitha Oetomo-de Roode is er.")]
    [InlineData("provincie Noord-", "Holland", "provincie Noord-Holland")]
    [InlineData("in week 2 -", "daarna", "in week 2 - daarna")]
    [InlineData("zonder afbreking", "verder", "zonder afbreking verder")]
    [InlineData("Doc: https://docs.example.org/d/1ShVcDk_-", "BzwIX", "Doc: https://docs.example.org/d/1ShVcDk_-BzwIX")]
    public void JoinWrapped_LineEnds_UndoesOnlyLineBreakHyphens(string line, string next, string expected) =>
        Assert.Equal(expected, PdfLineJoiner.JoinWrapped(line, next));
}
