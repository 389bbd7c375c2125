using System.Text.RegularExpressions;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>
/// Walks the blocks of a document (leaving out its header) and cuts them into statements: sentences that know
/// their section, its kind (actions, decisions, discussion), and the speaker label in effect.
/// </summary>
internal static partial class StatementReader
{
    public static IReadOnlyList<Statement> Read(MinutesDocument document, IReadOnlySet<int> skip, ItemLexicon lexicon, Func<string, bool> isSpeaker)
    {
        var statements = new List<Statement>();
        var headings = new List<(int Level, string Text, SectionKind Kind)>();
        (int Depth, SectionKind Kind)? listLabel = null;
        var minActionDepth = int.MaxValue;
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind == BlockKind.Heading)
            {
                headings.RemoveAll(h => h.Level >= block.Level);
                headings.Add((block.Level, block.Text, KindOf(block.Text, lexicon)));
                listLabel = null;
                minActionDepth = int.MaxValue;
                continue;
            }

            if (skip.Contains(index) || block.Kind == BlockKind.TableRow)
            {
                continue;
            }

            var section = headings.Count > 0 ? headings[^1] : (Level: 0, Text: (string?)null, Kind: SectionKind.Discussion);
            var kind = section.Kind;
            if (block.Kind == BlockKind.ListItem)
            {
                if (listLabel is { } label && block.Level <= label.Depth)
                {
                    listLabel = null;
                }

                if (listLabel is { } active)
                {
                    kind = active.Kind;
                }
                else if (kind is SectionKind.Actions or SectionKind.Decisions)
                {
                    // In an action list, nested bullets are notes on the item above, not items of their own.
                    minActionDepth = Math.Min(minActionDepth, block.Level);
                    if (block.Level > minActionDepth)
                    {
                        kind = SectionKind.Discussion;
                    }
                }

                if (LabelOnly(block.Text, lexicon) is { } labelKind)
                {
                    listLabel = (block.Level, labelKind);
                    continue;
                }
            }
            else
            {
                listLabel = null;
            }

            if (kind == SectionKind.Skip)
            {
                continue;
            }

            AddSentences(statements, document, index, section.Text, kind, lexicon, isSpeaker);
        }

        return statements;
    }

    private static void AddSentences(List<Statement> statements, MinutesDocument document, int index, string? section, SectionKind kind, ItemLexicon lexicon, Func<string, bool> isSpeaker)
    {
        var block = document.Blocks[index];
        var text = block.Text;
        string? speaker = null;
        var first = true;
        var listed = kind is SectionKind.Actions or SectionKind.Decisions;
        foreach (var span in SentenceSplitter.Split(text))
        {
            var sentence = text.Substring(span.Start, span.Length);
            var body = sentence;

            // A first line that is only a label ("Vervolgafspraken:") makes the rest of the block its kind.
            if (first && LeadingLabel(sentence, lexicon) is { } labelled)
            {
                kind = labelled.Kind;
                listed = kind is SectionKind.Actions or SectionKind.Decisions;
                body = sentence[labelled.Length..].TrimStart();
                if (body.Length == 0)
                {
                    first = false;
                    continue;
                }
            }

            var label = SpeakerLabels.AtStart(body);
            if (label.Success && isSpeaker(label.Groups["name"].Value))
            {
                speaker = label.Groups["name"].Value;
                body = body[label.Length..];
            }

            statements.Add(new Statement
            {
                Text = sentence.Replace('\n', ' '),
                // "I’ll" reads as "I'll": the lexicon's patterns are written with the typewriter apostrophe.
                Body = body.Replace('\n', ' ').Replace('’', '\'').Replace('‘', '\'').Trim(),
                BlockIndex = index,
                Block = block,
                Start = span.Start,
                Section = section,
                Kind = kind,
                Speaker = speaker,
                FirstInBlock = first,
                Listed = listed,
            });
            first = false;
        }
    }

    private static SectionKind KindOf(string title, ItemLexicon lexicon)
    {
        var text = Numbering().Replace(title, "").Trim();
        return lexicon.ActionSection.IsMatch(text) ? SectionKind.Actions
            : lexicon.DecisionSection.IsMatch(text) ? SectionKind.Decisions
            : lexicon.AgendaSection.IsMatch(text) ? SectionKind.Agenda
            : lexicon.SkipSection.IsMatch(text) ? SectionKind.Skip
            : SectionKind.Discussion;
    }

    /// <summary>A list item that is nothing but a label such as "Follow ups:" or "Acties:".</summary>
    private static SectionKind? LabelOnly(string text, ItemLexicon lexicon)
    {
        if (text.Length > 40 || !text.EndsWith(':'))
        {
            return null;
        }

        var kind = KindOf(text.TrimEnd(':'), lexicon);
        return kind == SectionKind.Discussion ? null : kind;
    }

    private static (SectionKind Kind, int Length)? LeadingLabel(string sentence, ItemLexicon lexicon)
    {
        var colon = sentence.IndexOf(':', StringComparison.Ordinal);
        if (colon is <= 0 or > 40)
        {
            return null;
        }

        var after = colon + 1;
        var endsLine = after >= sentence.Length || sentence[after] == '\n';
        var kind = KindOf(sentence[..colon], lexicon);
        return endsLine && kind != SectionKind.Discussion ? (kind, after) : null;
    }

    [GeneratedRegex(@"^\s*(?:\d+(?:\.\d+)*[.)]?|[a-zA-Z][.)]|[IVX]+\.)\s+")]
    private static partial Regex Numbering();
}
