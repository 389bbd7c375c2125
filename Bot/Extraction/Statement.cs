using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>What kind of content a section of the minutes holds, judged by its heading or label.</summary>
/// <remarks>An agenda is read, not skipped: many minutes are written under the agenda's points ("Agenda/Verslag").</remarks>
internal enum SectionKind { Discussion, Actions, Decisions, Agenda, Skip }

/// <summary>
/// One sentence of the minutes with what the extractor needs to judge it: the section it is in, who is
/// speaking ("Ryan: ..."), and where it came from.
/// </summary>
internal sealed record Statement
{
    /// <summary>The sentence as written (line breaks as spaces), speaker label included: the quote.</summary>
    public required string Text { get; init; }

    /// <summary>The sentence without its speaker label: what is classified.</summary>
    public required string Body { get; init; }

    public required int BlockIndex { get; init; }

    public required Block Block { get; init; }

    /// <summary>Where the sentence starts in the block's text.</summary>
    public required int Start { get; init; }

    /// <summary>The nearest heading above the sentence, as written.</summary>
    public required string? Section { get; init; }

    public required SectionKind Kind { get; init; }

    /// <summary>The speaker label in effect ("Ryan"), as written, or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>True for the first sentence of its block.</summary>
    public required bool FirstInBlock { get; init; }

    /// <summary>True when a list label above this item ("Follow ups:") or a section put it in an action or decision list.</summary>
    public bool Listed { get; init; }
}
