namespace TeamsBot.Followup;

/// <summary>What the minutes of a meeting say became of an open item of an earlier meeting of its series.</summary>
public enum FollowupOutcome
{
    Done,
    Open,
    Dropped,

    /// <summary>The minute-taker keeps the item as it is.</summary>
    Unchanged,
}

/// <summary>
/// A proposal of the review: the newer minutes say of an open item of an earlier meeting of the series (its meeting and
/// item id, text and owners as they were) that it is done, still open (with a new due date when they give one) or
/// dropped, with the sentence that says so. <see cref="Chosen"/> is the minute-taker's answer in review; publishing
/// applies it once (<see cref="Applied"/>), or <see cref="Outcome"/> when the minutes are published without review.
/// </summary>
public sealed record FollowupProposal(
    string MeetingId,
    string ItemId,
    string ItemText,
    string? Owners,
    DateOnly? MeetingDate,
    FollowupOutcome Proposed,
    string Evidence,
    DateOnly? Due)
{
    public FollowupOutcome? Chosen { get; init; }

    public bool Applied { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public FollowupOutcome Outcome => Chosen ?? Proposed;
}
