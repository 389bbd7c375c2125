using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>What became of an earlier item, as the next minutes say.</summary>
public enum FollowupStatus { Done, Open, Dropped }

/// <summary>
/// An action item of an earlier meeting of the series, as the next minutes are read against it: its text, the sentence
/// it rests on, its section and owners.
/// </summary>
public sealed record EarlierItem(string Id, string Text, string Quote, string? Section, IReadOnlyList<string> Owners)
{
    /// <summary>What the item hangs under in its own minutes (the list item above it), when they nest it.</summary>
    public string? Context { get; init; }
}

/// <summary>
/// What the next minutes say of an earlier item: the status, the sentence that says so (never a status without one),
/// where it is, and the new due date when they give one.
/// </summary>
public sealed record FollowupFinding(
    string ItemId,
    FollowupStatus Status,
    string Evidence,
    string? Section,
    SourceRef Source,
    DateOnly? Due = null,
    string? DueText = null);

/// <summary>
/// Reads the next minutes of a series against the open items of the previous ones. An item is spoken of where a
/// sentence (or a list item and its parent) shares enough of what the item is about, weighted by how rare each word is
/// in the next minutes; what that sentence or the notes under it say gives the status: "DONE:", "is afgerond" and
/// the perfect tense are done; "WIP", "nog niet", "doorgeschoven" and a new action on the same topic are still open;
/// "vervalt" and "no longer needed" are dropped. Pure: no I/O, no clock.
/// </summary>
public static class FollowupReader
{
    public static IReadOnlyList<FollowupFinding> Read(IReadOnlyList<EarlierItem> items, MinutesDocument next, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(extraction);
        if (items.Count == 0)
        {
            return [];
        }

        var lexicon = FollowupLexicon.For(extraction.Language);
        var text = FollowupText.Of(next, lexicon);
        var findings = new List<FollowupFinding>();
        foreach (var item in items)
        {
            if (FollowupMatch.Best(item, text) is not { } unit)
            {
                continue;
            }

            if (Status(unit, FollowupMatch.OwnWords(item), text, lexicon, extraction) is { } finding)
            {
                findings.Add(finding with { ItemId = item.Id });
            }
        }

        return findings;
    }

    /// <summary>
    /// The status the matched sentence gives, else the notes under it (a list item's children); else, when the sentence
    /// is itself an action of the next minutes, still open (carried over); else what the rest of its paragraph says of
    /// the item.
    /// </summary>
    private static FollowupFinding? Status(FollowupUnit unit, IReadOnlySet<string> itemWords, FollowupText text, FollowupLexicon lexicon, ExtractionResult extraction)
    {
        var carried = ActionAt(unit, extraction);
        foreach (var sentence in text.Speaking(unit, itemWords))
        {
            if (carried is not null && sentence.Block == unit.Block && sentence.Sentence != unit.Sentence)
            {
                break;
            }

            if (lexicon.Cue(sentence.Text) is { } cue)
            {
                var status = cue switch
                {
                    FollowupCue.Done => FollowupStatus.Done,
                    FollowupCue.Dropped => FollowupStatus.Dropped,
                    _ => FollowupStatus.Open,
                };
                var action = status == FollowupStatus.Open ? ActionAt(sentence, extraction) ?? carried : null;
                return new FollowupFinding("", status, sentence.Text, sentence.Section, sentence.Source, action?.Due, action?.DueText);
            }
        }

        return carried is null ? null : new FollowupFinding("", FollowupStatus.Open, unit.Text, unit.Section, unit.Source, carried.Due, carried.DueText);
    }

    private static ExtractedAction? ActionAt(FollowupUnit unit, ExtractionResult extraction) =>
        extraction.ActionItems.FirstOrDefault(a => a.Source == unit.Source && Overlaps(a.Quote, unit.Text));

    private static bool Overlaps(string quote, string sentence) =>
        quote.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(quote, StringComparison.Ordinal);
}

/// <summary>The action items of minutes as earlier items for the next minutes to be read against.</summary>
public static class EarlierItems
{
    public static IReadOnlyList<EarlierItem> From(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return [.. extraction.ActionItems.Select(a => new EarlierItem(a.Id, a.Text, a.Quote, a.Section, a.Owners) { Context = a.Context })];
    }

    /// <summary>For each nested list item of the document, where it is and the text of the list item it hangs under.</summary>
    public static IReadOnlyDictionary<SourceRef, string> ListParents(MinutesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parents = new Dictionary<SourceRef, string>();
        var open = new List<Block>();
        foreach (var block in document.Blocks)
        {
            if (block.Kind != BlockKind.ListItem)
            {
                open.Clear();
                continue;
            }

            while (open.Count > 0 && open[^1].Level >= block.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count > 0)
            {
                parents.TryAdd(block.Source, open[^1].Text);
            }

            open.Add(block);
        }

        return parents;
    }
}
