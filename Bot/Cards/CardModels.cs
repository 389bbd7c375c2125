using TeamsBot.Texts;

namespace TeamsBot.Cards;

/// <summary>
/// A person as a card shows them. <see cref="MemberId"/> (Teams user id "29:…", Entra object id or UPN) is set only
/// for a member of the team; only such a person is @mentioned. A group ("Programmabureau") is a person without id.
/// </summary>
public sealed record CardPerson(string Name, string? MemberId = null);

/// <summary>A team member to choose from (hand over, link an owner, review).</summary>
public sealed record CardMember(string Id, string Name);

public enum CardItemStatus { Open, Done }

/// <summary>
/// An action item as a card shows it. <see cref="Id"/> is the item's id within its meeting (letters, digits, '-', '_');
/// <see cref="TimesPostponed"/> is how often it was snoozed or moved, shown as "2× uitgesteld".
/// </summary>
public sealed record CardItem(
    string Id,
    string Text,
    IReadOnlyList<CardPerson> Owners,
    DateOnly? Due,
    CardItemStatus Status,
    string? Quote = null,
    string? Section = null,
    DateOnly? SnoozedUntil = null,
    int TimesPostponed = 0)
{
    /// <summary>Who the minutes imply where they name nobody, best first: the review offers them as choices.</summary>
    public IReadOnlyList<CardSuggestion> Suggestions { get; init; } = [];
}

/// <summary>Someone the minutes imply for an item, with why ("programmamanager Veiligheid").</summary>
public sealed record CardSuggestion(CardPerson Person, string Reason);

public sealed record CardDecision(string Id, string Text, string? Quote = null);

/// <summary>
/// A meeting as a card shows it. <see cref="NextMeeting"/> is the local wall-clock time of the next meeting in the
/// team's time zone, when known (it enables "snooze until the next meeting").
/// </summary>
public sealed record CardMeeting(string Id, string Title, DateOnly? Date, DateTime? NextMeeting = null)
{
    /// <summary>Waiting for review: the review card offers to discard it.</summary>
    public bool Draft { get; init; }

    /// <summary>A summary that replaces the card of an earlier version of the same minutes: its header says so.</summary>
    public bool Updated { get; init; }
}

/// <summary>What the review proposes for an open item of an earlier meeting: done, still open, dropped, or left as it is.</summary>
public enum CardFollowupStatus { Done, Open, Dropped, Unchanged }

/// <summary>
/// A proposal of the review's "Uit de vorige vergadering": the earlier item (its text, owners and meeting date), the
/// status the next minutes give it with the sentence that says so, the new due date they give, and the minute-taker's
/// answer so far (<see cref="Chosen"/>).
/// </summary>
public sealed record CardFollowup(string ItemText, string? Owners, DateOnly? MeetingDate, CardFollowupStatus Proposed, string Evidence, DateOnly? Due)
{
    public CardFollowupStatus? Chosen { get; init; }
}

/// <summary>The review's proposals for the open items of earlier meetings of the series, and how many open items the minutes do not mention.</summary>
public sealed record CardFollowups(IReadOnlyList<CardFollowup> Proposals, int Unmentioned)
{
    public static CardFollowups None { get; } = new([], 0);
}

/// <summary>Items of one meeting, for cards that list items across meetings.</summary>
public sealed record CardMeetingItems(CardMeeting Meeting, IReadOnlyList<CardItem> Items);

/// <summary>A decision found by a search, with the meeting it was taken in.</summary>
public sealed record CardDecisionHit(CardMeeting Meeting, CardDecision Decision);

/// <summary>A team's settings as the settings card shows and submits them.</summary>
public sealed record CardSettings(bool ReviewFirst, int ReminderLeadDays, string TimeZone, Language Language)
{
    /// <summary>"Acties ook in Planner"; submitted cards of before the setting leave it as it is (null).</summary>
    public CardPlanner? Planner { get; init; }
}

/// <summary>
/// The Planner part of the settings card: on or off, the chosen plan (<see cref="CardPlanner.NewPlan"/>: the plan the bot
/// creates), the group's plans to choose from, and whether Graph refused the bot (shown in one line).
/// </summary>
public sealed record CardPlanner(bool Enabled, string PlanId, IReadOnlyList<CardPlan> Plans, bool NoAccess)
{
    public const string NewPlan = "new";
}

/// <summary>A plan of the team's group, as the settings card offers it.</summary>
public sealed record CardPlan(string Id, string Title);

/// <summary>
/// What every card needs to know about the call: its language (the caller resolves it), today's date in the team's time zone (for "overdue")
/// and who should see live updates (Teams user ids for <c>refresh.userIds</c>).
/// </summary>
public sealed record CardContext(Language Language, DateOnly Today, IReadOnlyList<string> Viewers)
{
    public CardContext(Language language, DateOnly today)
        : this(language, today, [])
    {
    }

    public CardStrings Strings => Language.Texts.Cards;
}
