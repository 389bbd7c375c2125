using System.Text.RegularExpressions;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

/// <summary>
/// The same minutes saved as Markdown, Word and PDF (by a real office suite) read into the same blocks,
/// modulo formatting: the same headings in the same order, and the same paragraphs and list items.
/// </summary>
public sealed partial class CrossFormatTests
{
    public static TheoryData<string, string> Documents => new()
    {
        { "nl-00", ".docx" }, { "nl-00", ".pdf" },
        { "nl-05", ".docx" }, { "nl-05", ".pdf" },
        { "en-03", ".docx" }, { "en-03", ".pdf" },
        { "en-06", ".docx" }, { "en-06", ".pdf" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_OfficeFormat_GivesTheHeadingsOfTheMarkdown(string id, string extension)
    {
        var (markdown, other) = Read(id, extension);

        Assert.Equal(Texts(markdown, BlockKind.Heading), Texts(other, BlockKind.Heading));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_OfficeFormat_GivesTheParagraphsAndListItemsOfTheMarkdown(string id, string extension)
    {
        var (markdown, other) = Read(id, extension);

        var expected = Texts(markdown, BlockKind.Paragraph).Concat(Texts(markdown, BlockKind.ListItem)).ToHashSet();
        var actual = Texts(other, BlockKind.Paragraph).Concat(Texts(other, BlockKind.ListItem)).ToHashSet();
        var missing = expected.Except(actual).ToList();

        // A handful may differ in how a line break inside a paragraph came through; the text must not.
        Assert.True(missing.Count <= expected.Count / 20, $"{missing.Count} of {expected.Count} missing, e.g. {string.Join(" || ", missing.Take(3))}");
        Assert.Equal(Words(markdown), Words(other));
    }

    private static (MinutesDocument Markdown, MinutesDocument Other) Read(string id, string extension)
    {
        var reader = new MinutesReader();
        return (reader.ReadFile(TestDocuments.Fixture("Minutes", id + ".md")), reader.ReadFile(TestDocuments.Fixture("Minutes", id + extension)));
    }

    private static List<string> Texts(MinutesDocument document, BlockKind kind) =>
        document.Blocks.Where(b => b.Kind == kind).Select(b => Normal(b.Text)).ToList();

    /// <summary>Every word of the document in order, tables included: nothing lost, nothing added.</summary>
    private static string Words(MinutesDocument document) =>
        string.Join(' ', document.Blocks.Select(b => Normal(b.Text.Replace(" | ", " ", StringComparison.Ordinal))));

    private static string Normal(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
