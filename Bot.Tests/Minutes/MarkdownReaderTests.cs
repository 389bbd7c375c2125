using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void Read_HeadingsListsAndTables_ComeThroughAsBlocks()
    {
        var document = TestDocuments.Markdown("""
            # Verslag werkgroep

            Datum: 3 maart 2024

            ## 1. Opening

            - Jan opent de vergadering.
              - Een **genest** punt met een [link](https://example.org).
            1. Eerste genummerde punt

            | Naam | Organisatie |
            | --- | --- |
            | Jan Jansen | Gemeente |
            """);

        Assert.Collection(
            document.Blocks,
            b => Assert.Equal((BlockKind.Heading, 1, "Verslag werkgroep"), (b.Kind, b.Level, b.Text)),
            b => Assert.Equal((BlockKind.Paragraph, "Datum: 3 maart 2024"), (b.Kind, b.Text)),
            b => Assert.Equal((BlockKind.Heading, 2, "1. Opening"), (b.Kind, b.Level, b.Text)),
            b => Assert.Equal((BlockKind.ListItem, 0, false, "Jan opent de vergadering."), (b.Kind, b.Level, b.Ordered, b.Text)),
            b => Assert.Equal((BlockKind.ListItem, 1, "Een genest punt met een link."), (b.Kind, b.Level, b.Text)),
            b => Assert.Equal((BlockKind.ListItem, 0, true), (b.Kind, b.Level, b.Ordered)),
            b => Assert.Equal((BlockKind.TableRow, 1, "Naam | Organisatie"), (b.Kind, b.Table, b.Text)),
            b => Assert.Equal(new[] { "Jan Jansen", "Gemeente" }, b.Cells));
    }

    [Fact]
    public void Read_SourceLines_PointAtTheLineInTheFile()
    {
        var document = TestDocuments.Markdown("# Title\n\nFirst paragraph.\n\n- item\n");

        Assert.Equal([1, 3, 5], document.Blocks.Select(b => b.Source.Line));
        Assert.All(document.Blocks, b => Assert.Null(b.Source.Page));
    }

    [Fact]
    public void Read_WhollyBoldShortParagraph_IsAHeading()
    {
        var document = TestDocuments.Markdown("**API 58**\n\nEr staat een pull request open.\n\n**Dit is een hele zin in vet.**\n");

        Assert.Equal(BlockKind.Heading, document.Blocks[0].Kind);
        Assert.Equal("API 58", document.Blocks[0].Text);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[2].Kind);
    }

    [Fact]
    public void Read_SoftLineBreaks_AreKeptAsNewlines()
    {
        var document = TestDocuments.Markdown("Aanwezig:\nJan Jansen (Gemeente)\nPiet Pietersen (Politie)\n");

        Assert.Equal("Aanwezig:\nJan Jansen (Gemeente)\nPiet Pietersen (Politie)", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_FrontMatterTitle_BecomesTheDocumentTitle()
    {
        var document = TestDocuments.Markdown("---\ntitle: Notulen bestuursvergadering 2 juli 2018\n---\n\nAanwezig: Anneke\n");

        Assert.Equal("Notulen bestuursvergadering 2 juli 2018", document.Title);
        Assert.Equal("Aanwezig: Anneke", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_DevelopmentMinutes_KeepsEveryAgendaHeading()
    {
        var document = new MinutesReader().ReadFile(TestDocuments.Fixture("Minutes", "nl-00.md"));
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();

        Assert.Contains("Verslag bijeenkomst Stuurgroep Stadspartners", headings);
        Assert.Contains("1. Opening en welkom", headings);
        Assert.Contains("6. Afscheid voorzitter Cor Lammers", headings);
    }

    [Fact]
    public void Read_DeeplyNestedLists_DoesNotFail()
    {
        var nested = string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- level " + i + "\n"));

        var document = TestDocuments.Markdown(nested);

        Assert.NotEmpty(document.Blocks);
    }

    [Fact]
    public void Read_Links_AreKeptWithTheirAddress()
    {
        var document = TestDocuments.Markdown("- [Issue #7](https://example.org/issues/7) pakken Martin en Remco op, zie ook [de notitie](https://example.org/n).\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal("Issue #7 pakken Martin en Remco op, zie ook de notitie.", block.Text);
        Assert.Equal([new BlockLink("Issue #7", "https://example.org/issues/7"), new BlockLink("de notitie", "https://example.org/n")], block.Links);
    }
}
