namespace TeamsBot.Cards;

/// <summary>An Action.Execute of one of our cards, checked and typed by <see cref="CardActionParser"/>.</summary>
public abstract record CardAction;

public sealed record ItemDone(string MeetingId, string ItemId) : CardAction;

public sealed record ItemReopen(string MeetingId, string ItemId) : CardAction;

public enum SnoozeUntil { Week, NextMeeting }

public sealed record ItemSnooze(string MeetingId, string ItemId, SnoozeUntil Until) : CardAction;

public sealed record ItemHandOverPick(string MeetingId, string ItemId) : CardAction;

public sealed record ItemHandOver(string MeetingId, string ItemId, string MemberId) : CardAction;

public sealed record ItemTake(string MeetingId, string ItemId) : CardAction;

public sealed record OwnerLinkPick(string MeetingId, string ItemId, int OwnerIndex) : CardAction;

public sealed record OwnerLink(string MeetingId, string ItemId, int OwnerIndex, string MemberId) : CardAction;

public enum ReviewStep { Publish, Page, Add, Assign, Discard }

public enum ReviewOwnerKind { Keep, Nobody, Member }

/// <summary>The owner chosen in the review card; <see cref="MemberId"/> is set for <see cref="ReviewOwnerKind.Member"/>.</summary>
public sealed record ReviewOwner(ReviewOwnerKind Kind, string? MemberId = null);

/// <summary>What the reviewer left in the inputs of one item.</summary>
public sealed record ReviewEdit(string ItemId, string Text, ReviewOwner Owner, DateOnly? Due, bool Remove);

public sealed record ReviewNewItem(string Text, ReviewOwner Owner, DateOnly? Due);

/// <summary>A one-tap choice of a suggested owner: <see cref="MemberId"/> takes item <see cref="ItemId"/>.</summary>
public sealed record ReviewAssign(string ItemId, string MemberId);

/// <summary>
/// A review card submission: the edits of the page shown, for <see cref="ReviewStep.Add"/> the new item and for
/// <see cref="ReviewStep.Assign"/> the chosen owner; <see cref="Page"/> is the page to show next (0-based).
/// <see cref="Confirmed"/>: the reviewer was told which items nobody owns, and publishes as they are.
/// </summary>
public sealed record ReviewSubmit(ReviewStep Step, string MeetingId, int Page, IReadOnlyList<ReviewEdit> Edits, ReviewNewItem? NewItem, bool Confirmed = false, ReviewAssign? Assign = null) : CardAction
{
    /// <summary>The answers to the proposals of "Uit de vorige vergadering", by position, when the card showed them.</summary>
    public ReviewFollowups? Followups { get; init; }
}

/// <summary>
/// The answers of the review's first page to its proposals: the number of proposals the card was made with, and the
/// answer per position shown.
/// </summary>
public sealed record ReviewFollowups(int Count, IReadOnlyDictionary<int, CardFollowupStatus> Choices);

public sealed record SettingsSave(CardSettings Settings) : CardAction;

public sealed record CardRefresh(CardView View, string? MeetingId) : CardAction;
