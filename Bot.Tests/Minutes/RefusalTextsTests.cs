using System.Reflection;
using System.Text;
using TeamsBot.Bench;
using TeamsBot.Minutes;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Minutes;

/// <summary>Every reason a file is refused has a Dutch line beside the English one, with numbers as each language writes them.</summary>
public sealed class RefusalTextsTests
{
    private const int MB = 1024 * 1024;

    [Fact]
    public void EveryReason_HasADutchLineThatIsNotTheEnglishOne()
    {
        var reasons = typeof(RefusalTexts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(RefusalText) && m.Name != nameof(RefusalTexts.Unspecified))
            .ToList();

        Assert.True(reasons.Count > 25, $"{reasons.Count} reasons");
        foreach (var reason in reasons)
        {
            var text = (RefusalText)reason.Invoke(null, [.. reason.GetParameters().Select(p => Argument(p.ParameterType))])!;
            Assert.StartsWith("bom.pdf", text.In(Language.En), StringComparison.Ordinal);
            Assert.StartsWith("bom.pdf", text.In(Language.Nl), StringComparison.Ordinal);
            Assert.NotEqual(text.In(Language.En), text.In(Language.Nl));
            Assert.DoesNotContain(" the ", text.In(Language.Nl), StringComparison.Ordinal);
            Assert.DoesNotContain('\n', text.In(Language.Nl));
        }
    }

    [Fact]
    public void BudgetRefusals_WriteNumbersTheDutchWay()
    {
        Assert.Equal("bom.pdf: een deel van de PDF is uitgepakt groter dan 16 MB.", RefusalTexts.PartExpands("bom.pdf", DocumentKind.Pdf, 16 * MB).In(Language.Nl));
        Assert.Equal("bom.pdf: a part of the PDF expands to more than 16 MB when unpacked.", RefusalTexts.PartExpands("bom.pdf", DocumentKind.Pdf, 16 * MB).In(Language.En));
        Assert.Equal("lang.docx: het Word-document heeft meer dan 5.000.000 tekens tekst.", RefusalTexts.TooManyCharacters("lang.docx", DocumentKind.Word, 5_000_000).In(Language.Nl));
        Assert.Equal("lang.docx: the Word document has more than 5,000,000 characters of text.", RefusalTexts.TooManyCharacters("lang.docx", DocumentKind.Word, 5_000_000).In(Language.En));
        Assert.Equal("x.pdf: het lezen van de PDF duurt langer dan 2,5 s; het bestand is te groot of te ingewikkeld.",
            RefusalTexts.ReadsTooLong("x.pdf", DocumentKind.Pdf, TimeSpan.FromSeconds(2.5)).In(Language.Nl));
        Assert.Equal("x.docx: het bestand is groter dan de limiet van 1,5 MB.", RefusalTexts.LargerThanLimit("x.docx", 3 * MB / 2).In(Language.Nl));
        Assert.Equal("x.docx: the file is larger than the limit of 1.5 MB.", RefusalTexts.LargerThanLimit("x.docx", 3 * MB / 2).In(Language.En));
    }

    [Fact]
    public void Readers_RefuseWithTheDutchLineToo()
    {
        var reader = new MinutesReader();

        Assert.Equal("bom.pdf: een deel van de PDF is uitgepakt groter dan 16 MB.", Refused(reader, BenchDocuments.FlateBombPdf(32L * MB), "bom.pdf").In(Language.Nl));
        Assert.Equal("scan.pdf: geen tekst gevonden: is dit een scan?", Refused(reader, File.ReadAllBytes(TestDocuments.Fixture("Bad", "pdf-scan.pdf")), "scan.pdf").In(Language.Nl));
        Assert.Equal("leeg.md: het bestand is leeg.", Refused(reader, [], "leeg.md").In(Language.Nl));
        Assert.Equal("notulen.xls: '.xls' kan ik niet lezen; stuur .docx, .pdf, .md, .txt of .html.", Refused(reader, Encoding.UTF8.GetBytes("a;b;c"), "notulen.xls").In(Language.Nl));
    }

    private static RefusalText Refused(MinutesReader reader, byte[] content, string fileName) =>
        Assert.Throws<UnreadableMinutesException>(() => reader.Read(content, fileName)).Text;

    private static object Argument(Type type) => type switch
    {
        _ when type == typeof(string) => "bom.pdf",
        _ when type == typeof(long) => 16L * MB,
        _ when type == typeof(int) => 3,
        _ when type == typeof(bool) => true,
        _ when type == typeof(TimeSpan) => TimeSpan.FromSeconds(30),
        _ when type == typeof(DocumentKind) => DocumentKind.Pdf,
        _ => throw new InvalidOperationException($"No test argument for {type}."),
    };
}
