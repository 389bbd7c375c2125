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
/// <see cref="SuggestedOwners"/> holds people the text only suggests, for the minute-taker to confirm.
/// </summary>
public sealed record ExtractedAction(
    string Id,
    string Text,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> SuggestedOwners,
    DateOnly? Due,
    string? DueText,
    string Quote,
    string? Section,
    SourceRef Source,
    ExtractedStatus Status = ExtractedStatus.Open);
