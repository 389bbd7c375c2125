using System.Diagnostics;
using System.Text;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public class HtmlReaderTests
{
    private static readonly MinutesReaderOptions Options = new();

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>")]
    [InlineData("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">")]
    [InlineData("\r\n  <html xmlns:o=\"urn:schemas-microsoft-com:office:office\">")]
    [InlineData("<HEAD><title>x</title></HEAD>")]
    [InlineData("<body>x</body>")]
    [InlineData("<!-- saved from url=(0014)about:internet -->\n<html>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html>")]
    public void Recognizes_HtmlOpenings_True(string head) =>
        Assert.True(new HtmlReader().Recognizes(Encoding.UTF8.GetBytes(head)));

    [Theory]
    [InlineData("# Notulen\n\n<html> in Markdown")]
    [InlineData("Notulen van het overleg <html>")]
    [InlineData("<htmlfoo>")]
    [InlineData("<div>only a fragment</div>")]
    [InlineData("")]
    public void Recognizes_OtherText_False(string head) =>
        Assert.False(new HtmlReader().Recognizes(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Recognizes_ByteOrderMarks_True()
    {
        var reader = new HtmlReader();
        Assert.True(reader.Recognizes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(" <!DOCTYPE html>")]));
        Assert.True(reader.Recognizes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body>")]));
        Assert.True(reader.Recognizes([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("<html>")]));
    }

    [Fact]
    public void Read_OutlookMinutes_ReadsTitleHeadingsAndParagraphs()
    {
        var document = ReadFixture("Html", "outlook-nl.htm");

        Assert.Equal("Notulen teamoverleg Facilitair 12 maart", document.Title);
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)).ToArray();
        Assert.Equal(
            [("Notulen teamoverleg Facilitair", 1), ("Aanwezig", 6), ("1. Opening en mededelingen", 2), ("2. Verhuizing archief", 2), ("Actiepunten", 6)],
            headings);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "Datum: dinsdag 12 maart 2024\nLocatie: vergaderzaal De Linde, 2e verdieping");
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "Besluit: het team kiest voor Verhuisbedrijf Jansen.");
        Assert.Contains(document.Blocks, b => b.Text == "Het archief verhuist in mei naar de kelder. Bart heeft de offerte van Verhuisbedrijf Jansen bekeken.");
    }

    [Fact]
    public void Read_OutlookMinutes_ListParagraphsBecomeItemsWithoutMarkers()
    {
        var items = ReadFixture("Html", "outlook-nl.htm").Blocks.Where(b => b.Kind == BlockKind.ListItem).ToArray();

        Assert.Equal(
            [
                ("Ingrid opent de vergadering om 10.00 uur.", 0, false),
                ("De nieuwe koffieautomaten worden in april geplaatst:", 0, false),
                ("eerst op de begane grond, daarna op de overige verdiepingen.", 1, false),
                ("Planning rondsturen aan alle afdelingen", 0, true),
                ("Sleutels van de kelder laten bijmaken", 0, true),
            ],
            items.Select(i => (i.Text, i.Level, i.Ordered)));
    }

    [Fact]
    public void Read_OutlookMinutes_TableRowsCarryCells()
    {
        var rows = ReadFixture("Html", "outlook-nl.htm").Blocks.Where(b => b.Kind == BlockKind.TableRow).ToArray();

        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.Equal(1, r.Table));
        Assert.Equal(["Actie", "Wie", "Wanneer"], rows[0].Cells);
        Assert.Equal(["Offerte Verhuisbedrijf Jansen ondertekenen", "Bart de Wit", "22 maart"], rows[1].Cells);
        Assert.Equal("Koffieautomaten: contract controleren\nen leverdatum bevestigen", rows[2].Cells[0]);
        Assert.Equal("Offerte Verhuisbedrijf Jansen ondertekenen | Bart de Wit | 22 maart", rows[1].Text);
    }

    [Fact]
    public void Read_OutlookMinutes_LeavesOutHeadStyleScriptAndEmptyParagraphs()
    {
        var blocks = ReadFixture("Html", "outlook-nl.htm").Blocks;

        Assert.DoesNotContain(blocks, b => b.Text.Contains("tracking", StringComparison.Ordinal) || b.Text.Contains("font-family", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.Contains('\u00A0', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(b.Text));
        Assert.Equal("Volgende vergadering: dinsdag 9 april 2024.", blocks[^1].Text);
    }

    [Fact]
    public void Read_OutlookMinutes_SourcesAreLinesOfTheFile()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html", "outlook-nl.htm");
        var lines = File.ReadAllLines(path);
        var document = ReadFixture("Html", "outlook-nl.htm");

        var decision = document.Blocks.Single(b => b.Text.StartsWith("Besluit:", StringComparison.Ordinal));
        Assert.Contains("Besluit:", lines[decision.Source.Line - 1], StringComparison.Ordinal);
        Assert.Null(decision.Source.Page);
    }

    [Fact]
    public void Read_TeamsMessage_KeepsMentionsAndNesting()
    {
        var document = ReadFixture("Html", "teams-message.html");

        Assert.Null(document.Title);
        Assert.Equal(BlockKind.Heading, document.Blocks[0].Kind);
        Assert.Equal("Korte stand-up zorgteam", document.Blocks[0].Text);
        Assert.Contains(document.Blocks, b => b.Text == "Aanwezig: Sanne Visser, Mehmet Yilmaz, Lotte de Graaf");
        var items = document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Text, b.Level)).ToArray();
        Assert.Equal(
            [("Mehmet Yilmaz past het rooster aan voor vrijdag.", 0), ("Lotte belt het uitzendbureau", 0), ("vraagt naar beschikbaarheid in juni", 1)],
            items);
        Assert.Equal("Groet,\nSanne", document.Blocks[^1].Text);
    }

    [Fact]
    public void Read_OneLineMarkup_SourcesAreBlockIndexes()
    {
        var document = ReadFixture("Html", "teams-message.html");

        Assert.Equal(Enumerable.Range(1, document.Blocks.Count), document.Blocks.Select(b => b.Source.Line));
    }

    [Fact]
    public void Read_MarkdigOutputOfDevMinutes_HeadingsAndListsComeThrough()
    {
        var markdown = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Minutes", "nl-00.md"));
        var expectedHeadings = markdown.Where(l => l.StartsWith('#'))
            .Select(l => (l.TrimStart('#').Replace("**", "", StringComparison.Ordinal).Trim(), l.TakeWhile(c => c == '#').Count()))
            .ToArray();
        var firstItem = markdown.First(l => l.StartsWith("- ", StringComparison.Ordinal))[2..].Trim();

        var document = ReadFixture("Minutes", "nl-00.html");

        Assert.Equal(expectedHeadings, document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)));
        var item = document.Blocks.First(b => b.Kind == BlockKind.ListItem);
        Assert.Equal(firstItem, item.Text);
        Assert.Equal(0, item.Level);
        Assert.Equal("nl-00", document.Title);
    }

    [Fact]
    public void Read_HeadingElements_CarryTheirLevel()
    {
        var blocks = Read("<html><body><h1>Een</h1><h3>Drie <em>cursief</em></h3><h6>Zes</h6></body></html>");

        Assert.Equal([("Een", 1), ("Drie cursief", 3), ("Zes", 6)], blocks.Select(b => (b.Text, b.Level)));
        Assert.All(blocks, b => Assert.Equal(BlockKind.Heading, b.Kind));
    }

    [Fact]
    public void Read_NestedLists_ItemsHoldOwnTextWithDepthAndOrder()
    {
        var blocks = Read("<body><ol><li>Begroting <b>2025</b><ul><li>kosten</li><li>baten<ol><li>subsidie</li></ol></li></ul></li><li>Planning</li></ol></body>");

        Assert.Equal(
            [("Begroting 2025", 0, true), ("kosten", 1, false), ("baten", 1, false), ("subsidie", 2, true), ("Planning", 0, true)],
            blocks.Select(b => (b.Text, b.Level, b.Ordered)));
        Assert.All(blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Read_ParagraphsInsideListItems_StayListItems()
    {
        var blocks = Read("<body><ul>\n<li><p>Eerste punt.</p></li>\n<li><p>Tweede punt.</p></li>\n</ul><blockquote><p>Citaat</p></blockquote></body>");

        Assert.Equal([(BlockKind.ListItem, "Eerste punt."), (BlockKind.ListItem, "Tweede punt."), (BlockKind.Paragraph, "Citaat")], blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Read_Tables_NumberedPerTopLevelTableWithNestedTablesFlattened()
    {
        var blocks = Read(
            "<body><table><tr><th>Wie</th><th>Wat</th></tr><tr><td>Jan</td><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr></table>" +
            "<p>Tussentekst</p><table><tbody><tr><td>x</td><td>y</td></tr><tr><td></td><td> </td></tr></tbody></table></body>");

        var rows = blocks.Where(b => b.Kind == BlockKind.TableRow).ToArray();
        Assert.Equal([1, 1, 2], rows.Select(r => r.Table));
        Assert.Equal(["Jan", "a b\nc d"], rows[1].Cells);
        Assert.Equal(["x", "y"], rows[2].Cells);
        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "Tussentekst");
    }

    [Fact]
    public void Read_OneColumnLayoutTable_ReadsItsContentAsText()
    {
        var blocks = Read("<body><table><tr><td><h2>Notulen</h2><p>Het budget is goedgekeurd.</p></td></tr></table></body>");

        Assert.Equal([(BlockKind.Heading, "Notulen"), (BlockKind.Paragraph, "Het budget is goedgekeurd.")], blocks.Select(b => (b.Kind, b.Text)));
    }

    [Theory]
    [InlineData("<p><b>Besluiten</b></p>", BlockKind.Heading)]
    [InlineData("<p><strong>Actie</strong><strong>punten</strong> </p>", BlockKind.Heading)]
    [InlineData("<p style=\"font-weight: bold\">Rondvraag</p>", BlockKind.Heading)]
    [InlineData("<p><span style='font-weight:700'>Rondvraag</span></p>", BlockKind.Heading)]
    [InlineData("<p><b>Aanwezig:</b></p>", BlockKind.Paragraph)]
    [InlineData("<p><b>Het budget is goedgekeurd.</b></p>", BlockKind.Paragraph)]
    [InlineData("<p><b>Besluit</b> budget goedgekeurd</p>", BlockKind.Paragraph)]
    public void Read_BoldParagraphs_ShortOnesAreLevelSixHeadings(string body, BlockKind expected)
    {
        var block = Assert.Single(Read($"<body>{body}</body>"));

        Assert.Equal(expected, block.Kind);
        Assert.Equal(expected == BlockKind.Heading ? 6 : 0, block.Level);
    }

    [Fact]
    public void Read_LongBoldParagraph_IsParagraph()
    {
        var block = Assert.Single(Read($"<body><p><b>{new string('x', 121)}</b></p></body>"));

        Assert.Equal(BlockKind.Paragraph, block.Kind);
    }

    [Fact]
    public void Read_InlineMarkupAndWhitespace_CollapsedToPlainText()
    {
        var block = Assert.Single(Read("<body><p>  Jan&nbsp;&nbsp;<a href='x'>belt</a>\n   <em>Piet</em><!-- niet --><code>morgen</code>&#8203;<br/>  terug </p></body>"));

        Assert.Equal("Jan belt Pietmorgen\nterug", block.Text);
    }

    [Fact]
    public void Read_NonContentElements_Ignored()
    {
        var blocks = Read("<html><head><title>T</title><style>p{}</style></head><body><script>x()</script><noscript>geen js</noscript><template><p>t</p></template><svg><text>s</text></svg><p>Inhoud</p></body></html>");

        Assert.Equal(["Inhoud"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_PreformattedText_KeepsLineBreaks()
    {
        var block = Assert.Single(Read("<body><pre>regel een\nregel   twee</pre></body>"));

        Assert.Equal("regel een\nregel twee", block.Text);
    }

    [Fact]
    public void Read_NoText_ZeroBlocksAndFacadeReportsEmpty()
    {
        var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Leeg</title><style>p{}</style></head><body><p>&nbsp;</p><div> </div></body></html>");

        Assert.Empty(new HtmlReader().Read(bytes, "leeg.html", Options).Blocks);
        var ex = Assert.Throws<UnreadableMinutesException>(() => new MinutesReader().Read(bytes, "leeg.html"));
        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }

    [Fact]
    public void Read_ThroughFacade_HtmlRecognizedByContent()
    {
        var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Besloten: akkoord.</p></body></html>");

        var document = new MinutesReader().Read(bytes, "verslag.txt");

        Assert.Equal(MinutesFormat.Html, document.Format);
        Assert.Equal("Besloten: akkoord.", Assert.Single(document.Blocks).Text);
    }

    [Theory]
    [InlineData("div", 10_000)]
    [InlineData("div", 200_000)]
    [InlineData("b", 50_000)]
    public void Read_DeeplyNestedMarkup_ReadsTextQuickly(string tag, int depth)
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, $"<{tag}>", depth).Append("Diep verstopt besluit.").Insert(html.Length, $"</{tag}>", depth).Append("<p>Daarna</p></body></html>");
        var watch = Stopwatch.StartNew();

        var blocks = new HtmlReader().Read(Encoding.UTF8.GetBytes(html.ToString()), "diep.html", Options).Blocks;

        Assert.Equal(["Diep verstopt besluit.", "Daarna"], blocks.Select(b => b.Text));
        // Not a speed measurement (that is the bench verb's job): a guard against AngleSharp's quadratic time in depth.
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"{watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Read_TagsInScriptsAndAttributes_DoNotCountAsNesting()
    {
        var script = string.Concat(Enumerable.Repeat("'<div>' + ", 1000));
        var blocks = Read($"<body><script>var s = {script} '';</script><div title='<div><div>'><div><p>Binnen</p></div></div></body>");

        Assert.Equal(["Binnen"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_Windows1252Html_DecodesAccents()
    {
        var bytes = TextDecoding.Windows1252.GetBytes("<html><head><meta charset=windows-1252></head><body><p>Financiële overdracht – € 250, café</p></body></html>");

        var block = Assert.Single(new HtmlReader().Read(bytes, "oud.htm", Options).Blocks);

        Assert.Equal("Financiële overdracht – € 250, café", block.Text);
    }

    [Fact]
    public void Read_Utf16WithBom_Decodes()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body><h1>Overleg</h1><p>Ëén punt</p></body></html>")];

        var blocks = new HtmlReader().Read(bytes, "u16.htm", Options).Blocks;

        Assert.Equal(["Overleg", "Ëén punt"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_BinaryContent_Unsupported()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        Encoding.ASCII.GetBytes("<html>").CopyTo(bytes, 0);

        var ex = Assert.Throws<UnreadableMinutesException>(() => new HtmlReader().Read(bytes, "x.html", Options));

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
    }

    [Theory]
    [InlineData("<html><body><p>open <b>tags <i>nooit <table><tr><td>dicht")]
    [InlineData("<html><body></p></li></table></html></body><p>los")]
    [InlineData("<<<>>><!-- <p>")]
    public void Read_BrokenMarkup_ReadsWhatTextThereIs(string html)
    {
        var document = new HtmlReader().Read(Encoding.UTF8.GetBytes(html), "kapot.html", Options);

        Assert.All(document.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
    }

    private static MinutesDocument ReadFixture(string folder, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name);
        return new HtmlReader().Read(File.ReadAllBytes(path), name, Options);
    }

    private static IReadOnlyList<Block> Read(string html) =>
        new HtmlReader().Read(Encoding.UTF8.GetBytes(html), "test.html", Options).Blocks;
}
