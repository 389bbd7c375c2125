using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>
/// One sentence of the next minutes as the follow-up reader sees it: its words, the words of the list item it hangs
/// under and of its section, and whether its section goes through the items of the last meeting.
/// </summary>
internal sealed record FollowupUnit(
    string Text,
    int Block,
    int Sentence,
    SourceRef Source,
    string? Section,
    bool InReview,
    IReadOnlySet<string> Words,
    IReadOnlySet<string> ParentWords,
    IReadOnlySet<string> SectionWords);

/// <summary>The sentences of the next minutes, with how rare each word is among their blocks.</summary>
internal sealed class FollowupText
{
    private readonly Dictionary<string, int> blockFrequency = new(StringComparer.Ordinal);
    private readonly List<List<FollowupUnit>> byBlock = [];

    private FollowupText(MinutesDocument document)
    {
        Document = document;
    }

    public MinutesDocument Document { get; }

    public List<FollowupUnit> Units { get; } = [];

    public static FollowupText Of(MinutesDocument document, FollowupLexicon lexicon)
    {
        var text = new FollowupText(document);
        string? section = null;
        IReadOnlySet<string> sectionWords = Empty;
        var review = false;
        var parents = new List<(int Level, IReadOnlySet<string> Words)>();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            var blockText = block.Kind == BlockKind.TableRow && block.Cells.Count > 0 ? string.Join(" | ", block.Cells) : block.Text;
            var blockWords = FollowupWords.Of(blockText);
            foreach (var word in blockWords)
            {
                text.blockFrequency[word] = text.blockFrequency.GetValueOrDefault(word) + 1;
            }

            IReadOnlySet<string> parentWords = Empty;
            if (block.Kind == BlockKind.Heading)
            {
                section = block.Text;
                sectionWords = blockWords;
                review = lexicon.ReviewSection.IsMatch(block.Text);
                parents.Clear();
            }
            else if (block.Kind == BlockKind.ListItem)
            {
                while (parents.Count > 0 && parents[^1].Level >= block.Level)
                {
                    parents.RemoveAt(parents.Count - 1);
                }

                parentWords = parents.Count > 0 ? parents[^1].Words : Empty;
                parents.Add((block.Level, blockWords));
            }
            else
            {
                parents.Clear();
            }

            var units = new List<FollowupUnit>();
            var sentences = SentenceSplitter.Split(blockText);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = blockText.Substring(sentences[s].Start, sentences[s].Length).Trim();
                if (sentence.Length == 0)
                {
                    continue;
                }

                units.Add(new FollowupUnit(sentence, i, s, block.Source, block.Kind == BlockKind.Heading ? null : section, review,
                    FollowupWords.Of(sentence), parentWords, block.Kind == BlockKind.Heading ? Empty : sectionWords));
            }

            text.byBlock.Add(units);
            text.Units.AddRange(units);
        }

        return text;
    }

    /// <summary>How telling a word is in these minutes: high for a word of few blocks, low for one of many.</summary>
    public double Rarity(string word) =>
        Math.Log((Document.Blocks.Count + 1.0) / (blockFrequency.GetValueOrDefault(word) + 0.5));

    /// <summary>
    /// The sentences that may say what became of the item a unit speaks of, nearest first: the unit, the list items
    /// under it, then the other sentences of its block that share a word with the item (a long paragraph moves on to
    /// other things).
    /// </summary>
    public IEnumerable<FollowupUnit> Speaking(FollowupUnit unit, IReadOnlySet<string> itemWords)
    {
        yield return unit;
        var blocks = Document.Blocks;
        var block = blocks[unit.Block];
        if (block.Kind == BlockKind.ListItem)
        {
            for (var i = unit.Block + 1; i < blocks.Count && blocks[i].Kind == BlockKind.ListItem && blocks[i].Level > block.Level; i++)
            {
                foreach (var child in byBlock[i])
                {
                    yield return child;
                }
            }
        }

        foreach (var sibling in byBlock[unit.Block])
        {
            if (sibling.Sentence != unit.Sentence && sibling.Words.Overlaps(itemWords))
            {
                yield return sibling;
            }
        }
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();
}
