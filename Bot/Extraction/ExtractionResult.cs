using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>Everything the extractor found in one document of minutes.</summary>
public sealed record ExtractionResult(
    MeetingHeader Meeting,
    string Language,
    IReadOnlyList<ExtractedDecision> Decisions,
    IReadOnlyList<ExtractedAction> ActionItems);

/// <summary>Something the meeting settled, with the sentence it rests on.</summary>
public sealed record ExtractedDecision(string Id, string Text, string Quote, string? Section, SourceRef Source);

/// <summary>Whether an action item is still to be done, as far as the minutes say.</summary>
public enum ExtractedStatus { Open, Done }

/// <summary>
/// Something someone is to do after the meeting. <see cref="Owners"/> holds the people (names as in the
/// attendee list) or the group who must do it, and is empty when the minutes name nobody;
/// <see cref="Suggestions"/> holds who the text only implies where it names nobody, best first with the reason, for the
/// minute-taker to choose: never an owner by itself.
/// </summary>
public sealed record ExtractedAction(
    string Id,
    string Text,
    IReadOnlyList<string> Owners,
    IReadOnlyList<SuggestedOwner> Suggestions,
    DateOnly? Due,
    string? DueText,
    string Quote,
    string? Section,
    SourceRef Source,
    ExtractedStatus Status = ExtractedStatus.Open)
{
    /// <summary>What the item hangs under in the minutes (the list item above it), when they nest it.</summary>
    public string? Context { get; init; }

    /// <summary>The names of <see cref="Suggestions"/>, best first.</summary>
    public IReadOnlyList<string> SuggestedOwners => [.. Suggestions.Select(s => s.Name)];
}

/// <summary>Someone the minutes imply for an item, with why ("programmamanager Veiligheid", "deed het voorstel").</summary>
public sealed record SuggestedOwner(string Name, string Reason);
