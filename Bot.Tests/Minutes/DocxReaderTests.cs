using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public sealed class DocxReaderTests
{
    private const string Bold = "<w:rPr><w:b/></w:rPr>";

    private static readonly MinutesReaderOptions Options = new();

    /// <summary>Expands to 300 MB, three times the default limit; made once (it takes a few seconds).</summary>
    private static readonly Lazy<byte[]> LargeBomb = new(() => Bomb(300L * 1024 * 1024));

    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static MinutesDocument ReadFixture(string id) => new MinutesReader().ReadFile(Fixture("Minutes", id + ".docx"));

    private static IReadOnlyList<Block> Read(byte[] docx) => new DocxReader().Read(docx, "test.docx", Options).Blocks;

    private static UnreadableMinutesException Unreadable(byte[] content, string fileName, MinutesReaderOptions? options = null)
    {
        var ex = Assert.Throws<UnreadableMinutesException>(() => new MinutesReader(options).Read(content, fileName));
        Assert.StartsWith(fileName + ":", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        return ex;
    }

    [Fact]
    public void Recognizes_ZipSignature_OnlyZip()
    {
        var reader = new DocxReader();
        Assert.True(reader.Recognizes(File.ReadAllBytes(Fixture("Minutes", "nl-00.docx")).AsSpan(0, 100)));
        Assert.False(reader.Recognizes("%PDF-1.7"u8));
        Assert.False(reader.Recognizes("# Notulen"u8));
    }

    [Fact]
    public void Read_DutchFixture_HeadingsListsAndLineBreaks()
    {
        var blocks = ReadFixture("nl-00").Blocks;

        var title = Assert.Single(blocks, b => b.Text == "Verslag bijeenkomst Stuurgroep Stadspartners");
        Assert.Equal((BlockKind.Heading, 2), (title.Kind, title.Level));
        var opening = blocks.Single(b => b.Text == "1. Opening en welkom");
        Assert.Equal(BlockKind.Heading, opening.Kind);
        var firstItem = blocks[blocks.ToList().IndexOf(opening) + 1];
        Assert.Equal(BlockKind.ListItem, firstItem.Kind);
        Assert.StartsWith("Cor Lamers opent de vergadering", firstItem.Text, StringComparison.Ordinal);
        Assert.Equal(0, firstItem.Level);
        Assert.Contains(blocks, b => b.Text.StartsWith("Datum: woensdag 24 mei 2023\nLocatie: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DutchFixture_SourcesAreIncreasingParagraphNumbers()
    {
        var sources = ReadFixture("nl-00").Blocks.Select(b => b.Source).ToList();

        Assert.All(sources, s => Assert.Null(s.Page));
        Assert.Equal(1, sources[0].Line);
        Assert.True(sources.Zip(sources.Skip(1)).All(pair => pair.First.Line < pair.Second.Line));
    }

    [Fact]
    public void Read_FixtureWithTable_RowsWithCells()
    {
        var rows = ReadFixture("nl-05").Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(1, r.Table));
        Assert.Equal(["Bijen, Antoon", "Justid"], rows[1].Cells);
        Assert.Equal("Bijen, Antoon | Justid", rows[1].Text);
    }

    [Fact]
    public void Read_EnglishFixture_NestedListItemsHaveDepthOne()
    {
        var blocks = ReadFixture("en-06").Blocks;

        var nested = blocks.Single(b => b.Text.StartsWith("Just wanted to make sure everybody is aware", StringComparison.Ordinal));
        Assert.Equal((BlockKind.ListItem, 1), (nested.Kind, nested.Level));
        Assert.Contains(blocks, b => b.Kind == BlockKind.ListItem && b.Level == 0);
    }

    [Theory]
    [MemberData(nameof(TestDocuments.DevelopmentMinutes), MemberType = typeof(TestDocuments))]
    public void Read_EveryFixture_CleanBlocks(string id)
    {
        var document = ReadFixture(id);

        Assert.Equal(MinutesFormat.Docx, document.Format);
        Assert.True(document.Blocks.Count > 10);
        Assert.All(document.Blocks, b => Assert.Equal(b.Text.Trim(), b.Text));
        Assert.All(document.Blocks, b => Assert.DoesNotContain("  ", b.Text, StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Heading);
    }

    [Fact]
    public void Read_LocalisedAndDerivedHeadingStyles_Levels()
    {
        var styles = """
            <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="Kop 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Uberschrift2"><w:name w:val="Überschrift 2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Agendapunt"><w:name w:val="Agendapunt"/><w:basedOn w:val="Kop1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Eigen"><w:name w:val="Eigen kop"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
            """;
        var body = P("Notulen", "<w:pStyle w:val=\"Titel\"/>") + P("Opening", "<w:pStyle w:val=\"Kop1\"/>")
            + P("Mededelingen", "<w:pStyle w:val=\"Uberschrift2\"/>") + P("Rondvraag", "<w:pStyle w:val=\"Agendapunt\"/>")
            + P("Besluiten", "<w:pStyle w:val=\"Eigen\"/>") + P("Actiepunten", "<w:outlineLvl w:val=\"1\"/>")
            + P("Gewone tekst", "<w:pStyle w:val=\"Onbekend\"/>");

        var blocks = Read(Build(body, styles));

        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Heading, 1), (BlockKind.Heading, 3), (BlockKind.Heading, 2), (BlockKind.Paragraph, 0)],
            blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Read_RunsSplitMidWord_JoinedWithoutSpace()
    {
        var body = "<w:p><w:r><w:t>Beslu</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>it: de be</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>groting</w:t></w:r></w:p>";

        Assert.Equal("Besluit: de begroting", Assert.Single(Read(Build(body))).Text);
    }

    [Fact]
    public void Read_TrackedChanges_AcceptedText()
    {
        var body = """
            <w:p><w:r><w:t xml:space="preserve">Het budget is </w:t></w:r>
            <w:del w:id="1" w:author="A"><w:r><w:delText>tienduizend</w:delText></w:r></w:del>
            <w:ins w:id="2" w:author="A"><w:r><w:t>twintigduizend</w:t></w:r></w:ins>
            <w:r><w:t xml:space="preserve"> euro</w:t></w:r>
            <w:moveFrom w:id="3" w:author="A"><w:r><w:t>verplaatst</w:t></w:r></w:moveFrom></w:p>
            <w:p><w:moveTo w:id="4" w:author="A"><w:r><w:t>verplaatst</w:t></w:r></w:moveTo></w:p>
            """;

        Assert.Equal(["Het budget is twintigduizend euro", "verplaatst"], Read(Build(body)).Select(b => b.Text));
    }

    [Fact]
    public void Read_Comments_Ignored()
    {
        var body = """
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Jan maakt het plan.</w:t></w:r><w:commentRangeEnd w:id="0"/>
            <w:r><w:commentReference w:id="0"/></w:r></w:p>
            """;
        var comments = "<w:comment w:id=\"0\" w:author=\"B\">" + P("Wanneer is het klaar?") + "</w:comment>";

        Assert.Equal(["Jan maakt het plan."], Read(Build(body, commentsXml: comments)).Select(b => b.Text));
    }

    [Fact]
    public void Read_TextBoxInAlternateContent_ReadOnce()
    {
        var box = P("Besluit: akkoord");
        var body = $"""
            <w:p><w:r><w:t xml:space="preserve">Zie kader </w:t></w:r><w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            """;

        var text = Assert.Single(Read(Build(body))).Text;

        Assert.Equal("Zie kader\nBesluit: akkoord", text);
    }

    [Fact]
    public void Read_BreaksTabsAndSymbols_Converted()
    {
        var body = """
            <w:p><w:r><w:t>Aanwezig:</w:t><w:br/><w:t>Jan</w:t><w:cr/><w:t>Piet</w:t><w:tab/><w:t>(voorzitter)</w:t></w:r></w:p>
            <w:p><w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>mail</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="2192"/></w:r></w:p>
            """;

        Assert.Equal(["Aanwezig:\nJan\nPiet (voorzitter)", "e-mail→"], Read(Build(body)).Select(b => b.Text));
    }

    [Fact]
    public void Read_FieldsAndContentControls_ResultTextOnly()
    {
        var body = """
            <w:p><w:r><w:t xml:space="preserve">Datum: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
            <w:r><w:instrText xml:space="preserve"> DATE \@ "d-M-yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
            <w:r><w:t>3-5-2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:sdt><w:sdtPr><w:alias w:val="Locatie"/></w:sdtPr><w:sdtContent>
            <w:p><w:r><w:t xml:space="preserve">Locatie: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Utrecht</w:t></w:r></w:sdtContent></w:sdt></w:p>
            </w:sdtContent></w:sdt>
            """;

        Assert.Equal(["Datum: 3-5-2024", "Locatie: Utrecht"], Read(Build(body)).Select(b => b.Text));
    }

    [Fact]
    public void Read_NumberedAndBulletedLists_OrderedAndDepth()
    {
        var numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """;
        var styles = """<w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="Opsomming"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>""";
        static string Item(string text, int numId, int level) => P(text, $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        var body = Item("Eerste punt", 1, 0) + Item("Detail", 1, 1) + P("Via stijl", "<w:pStyle w:val=\"Opsomming\"/>")
            + Item("Geen lijst meer", 0, 0) + Item("Onbekende lijst", 7, 0);

        var blocks = Read(Build(body, styles, numbering));

        Assert.Equal(
            [(BlockKind.ListItem, 0, true), (BlockKind.ListItem, 1, false), (BlockKind.ListItem, 0, false), (BlockKind.Paragraph, 0, false), (BlockKind.Paragraph, 0, false)],
            blocks.Select(b => (b.Kind, b.Level, b.Ordered)));
    }

    [Fact]
    public void Read_ListParagraphWithTypedBullet_ListItemWithoutGlyph()
    {
        var styles = """<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/></w:style>""";
        var body = P("•\tPiet belt de leverancier", "<w:pStyle w:val=\"Lijstalinea\"/>") + P("- gewoon een streepje");

        var blocks = Read(Build(body, styles));

        Assert.Equal((BlockKind.ListItem, "Piet belt de leverancier", false), (blocks[0].Kind, blocks[0].Text, blocks[0].Ordered));
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
    }

    [Fact]
    public void Read_BoldShortParagraph_HeadingLevelSix()
    {
        var body = $"<w:p><w:r>{Bold}<w:t>Agendapunt 3</w:t></w:r></w:p>"
            + $"<w:p><w:r>{Bold}<w:t>Besluit:</w:t></w:r></w:p>"
            + $"<w:p><w:r>{Bold}<w:t xml:space=\"preserve\">Deels </w:t></w:r><w:r><w:t>vet</w:t></w:r></w:p>"
            + $"<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Niet vet</w:t></w:r></w:p>";

        var blocks = Read(Build(body));

        Assert.Equal(
            [(BlockKind.Heading, 6), (BlockKind.Paragraph, 0), (BlockKind.Paragraph, 0), (BlockKind.Paragraph, 0)],
            blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Read_Tables_RowsNumberedNestedFlattenedEmptySkipped()
    {
        static string Cell(string content) => $"<w:tc>{content}</w:tc>";
        static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(Cell)) + "</w:tr>";
        var nested = "<w:tbl>" + Row(P("a"), P("b")) + Row(P("c"), P("d")) + "</w:tbl>";
        var body = P("Aanwezig")
            + "<w:tbl><w:tblPr/>" + Row(P("Naam"), P("Rol")) + Row(P(""), P("")) + Row(P("Jan") + P("Piet"), nested) + "</w:tbl>"
            + P("Acties")
            + "<w:tbl>" + Row(P("Actie"), P("Wie")) + "</w:tbl>";

        var blocks = Read(Build(body));

        var rows = blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal([1, 1, 2], rows.Select(r => r.Table));
        Assert.Equal(["Jan\nPiet", "a | b\nc | d"], rows[1].Cells);
        Assert.Equal([1, 2, 4, 5, 6], blocks.Select(b => b.Source.Line));
    }

    [Fact]
    public void Read_CoreTitle_DocumentTitle()
    {
        var content = Build(P("Tekst"), title: "Notulen MT 12 maart");

        Assert.Equal("Notulen MT 12 maart", new DocxReader().Read(content, "mt.docx", Options).Title);
        Assert.Null(new DocxReader().Read(Build(P("Tekst")), "mt.docx", Options).Title);
    }

    [Fact]
    public void Read_OnlyATable_TableRows()
    {
        var body = "<w:tbl><w:tr><w:tc>" + P("Actie") + "</w:tc><w:tc>" + P("Wie") + "</w:tc></w:tr></w:tbl><w:p/>";

        var document = new MinutesReader().Read(Build(body), "acties.docx");

        var row = Assert.Single(document.Blocks);
        Assert.Equal((BlockKind.TableRow, "Actie | Wie"), (row.Kind, row.Text));
    }

    [Fact]
    public void Read_NoText_Empty()
    {
        var ex = Unreadable(Build("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>"), "leeg.docx");

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }

    [Fact]
    public void Read_TruncatedDocx_Damaged()
    {
        var content = File.ReadAllBytes(Fixture("Minutes", "nl-00.docx"));

        var ex = Unreadable(content[..(content.Length / 2)], "kapot.docx");

        Assert.Equal(UnreadableReason.Damaged, ex.Reason);
    }

    [Fact]
    public void Read_DocumentXmlNotXml_Damaged()
    {
        var content = ReplaceEntry(File.ReadAllBytes(Fixture("Minutes", "nl-00.docx")), "word/document.xml", "this is <not xml"u8.ToArray());

        var ex = Unreadable(content, "corrupt.docx");

        Assert.Equal(UnreadableReason.Damaged, ex.Reason);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "budget.docx")]
    [InlineData("content.xml", "notulen.odt.docx")]
    [InlineData("readme.txt", "archief.zip")]
    public void Read_ZipWithoutWordDocument_Unsupported(string entry, string fileName)
    {
        var ex = Unreadable(Zip(("[Content_Types].xml", "<Types/>"), (entry, "<x/>")), fileName);

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
        Assert.Contains("not a Word document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_TooLarge()
    {
        var ex = Unreadable(LargeBomb.Value.ToArray(), "bom.docx");

        Assert.Equal(UnreadableReason.TooLarge, ex.Reason);
        Assert.Contains("expands to more than", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HighlyCompressedPart_TooLargeByRatio()
    {
        var options = new MinutesReaderOptions { MaxExpandedBytes = 1L << 32, MaxCompressionRatio = 100 };

        var ex = Unreadable(Bomb(8L * 1024 * 1024), "ratio.docx", options);

        Assert.Equal(UnreadableReason.TooLarge, ex.Reason);
    }

    [Fact]
    public void Read_BombLyingAboutItsSize_StopsAtDeclaredSize()
    {
        var bomb = LargeBomb.Value.ToArray();
        DeclareSize(bomb, "word/document.xml", 4096);
        var watch = Stopwatch.StartNew();

        var ex = Unreadable(bomb, "leugen.docx");

        // The zip reader yields only the declared 4 KB: the XML is cut off, not expanded to 300 MB.
        Assert.Equal(UnreadableReason.Damaged, ex.Reason);
        // A guard against expanding the real 300 MB, not a speed measurement (that is the bench verb's job).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Read_PasswordProtectedDocx_Encrypted()
    {
        var ex = Unreadable(File.ReadAllBytes(Fixture("Bad", "protected.docx")), "protected.docx");

        Assert.Equal(UnreadableReason.Encrypted, ex.Reason);
    }

    /// <summary>A valid small docx whose document.xml holds <paramref name="whitespace"/> bytes of whitespace.</summary>
    private static byte[] Bomb(long whitespace)
    {
        using var output = new MemoryStream();
        output.Write(Build(P("Kort verslag")));
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            document.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < whitespace; written += spaces.Length)
            {
                document.Write(spaces);
            }

            document.Write(Encoding.UTF8.GetBytes(P("Kort verslag") + "</w:body></w:document>"));
        }

        return output.ToArray();
    }

    /// <summary>Overwrites an entry's declared uncompressed size in its local header and in the central directory.</summary>
    private static void DeclareSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip.AsSpan(i).StartsWith("PK\x03\x04"u8) && zip.AsSpan(i + 30).StartsWith(name);
            var central = zip.AsSpan(i).StartsWith("PK\x01\x02"u8) && zip.AsSpan(i + 46).StartsWith(name);
            if (local || central)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + (local ? 22 : 24), 4), size);
            }
        }
    }

    // Small Word documents built in memory with the Open XML SDK, from WordprocessingML snippets.

    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "mc:Ignorable=\"w14\"";

    private static byte[] Build(string bodyXml, string? stylesXml = null, string? numberingXml = null, string? commentsXml = null, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (stylesXml is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{stylesXml}</w:styles>");
            }

            if (numberingXml is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numberingXml}</w:numbering>");
            }

            if (commentsXml is not null)
            {
                Feed(main.AddNewPart<WordprocessingCommentsPart>(), $"<w:comments {Namespaces}>{commentsXml}</w:comments>");
            }

            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph with one run of plain text.</summary>
    private static string P(string text, string properties = "") =>
        $"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A copy of a zip with one entry's content replaced.</summary>
    private static byte[] ReplaceEntry(byte[] zip, string entryName, byte[] content)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == entryName)
                {
                    to.Write(content);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip of the given entries (name, text).</summary>
    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var to = zip.CreateEntry(name).Open();
                to.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
