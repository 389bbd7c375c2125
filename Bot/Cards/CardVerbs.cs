namespace TeamsBot.Cards;

/// <summary>
/// The Action.Execute verbs of every card and the names of their data fields: the contract between the cards and the
/// code that handles <c>adaptiveCard/action</c> invokes (see <see cref="CardActionParser"/>). Teams merges a card's
/// input values into <c>data</c>, so input ids are data fields too.
/// </summary>
public static class CardVerbs
{
    /// <summary>{meetingId, itemId}</summary>
    public const string ItemDone = "item.done";

    /// <summary>{meetingId, itemId}</summary>
    public const string ItemReopen = "item.reopen";

    /// <summary>{meetingId, itemId, until: "week" | "nextMeeting"}</summary>
    public const string ItemSnooze = "item.snooze";

    /// <summary>{meetingId, itemId}: answer with the member picker card for this item.</summary>
    public const string ItemHandOverPick = "item.handover.pick";

    /// <summary>{meetingId, itemId, memberId (input)}</summary>
    public const string ItemHandOver = "item.handover";

    /// <summary>{meetingId, itemId}: the clicking member takes an item nobody owns ("Ik pak dit op").</summary>
    public const string ItemTake = "item.take";

    /// <summary>{meetingId, itemId, owner (index of the unresolved owner)}: answer with the member picker card.</summary>
    public const string OwnerLinkPick = "owner.link.pick";

    /// <summary>{meetingId, itemId, owner, memberId (input)}</summary>
    public const string OwnerLink = "owner.link";

    /// <summary>
    /// {meetingId, page, items: "a1 a2", inputs item.&lt;id&gt;.text|owner|due|remove, followups? with inputs followup.&lt;n&gt;,
    /// confirmed?}: save this page, publish.
    /// Without <see cref="Confirmed"/> a review with items nobody owns asks once before it publishes.
    /// </summary>
    public const string ReviewPublish = "review.publish";

    /// <summary>{meetingId, page (the page to show), items, item inputs}: save this page, show another.</summary>
    public const string ReviewPage = "review.page";

    /// <summary>{meetingId, page, items, item inputs, new.text, new.owner, new.due}: save this page and add an item.</summary>
    public const string ReviewAdd = "review.add";

    /// <summary>{meetingId, page, items, item inputs}: delete the draft, publish nothing.</summary>
    public const string ReviewDiscard = "review.discard";

    /// <summary>{meetingId, page, items, item inputs, itemId, memberId}: save this page and give the item to a suggested member.</summary>
    public const string ReviewAssign = "review.assign";

    /// <summary>{reviewFirst, leadDays, timeZone, language} (inputs)</summary>
    public const string SettingsSave = "settings.save";

    /// <summary>"Toch als notulen lezen" on the answer that a document sent to the bot is not minutes; data: <see cref="Upload"/>.</summary>
    public const string MinutesReadAnyway = "minutes.readanyway";

    /// <summary>The SHA-256 (hex) of the refused upload the button stands for.</summary>
    public const string Upload = "upload";

    /// <summary>{view, meetingId?}: the card's refresh action and the manual refresh button.</summary>
    public const string Refresh = "card.refresh";

    public const string MeetingId = "meetingId";
    public const string ItemId = "itemId";
    public const string Until = "until";
    public const string MemberId = "memberId";
    public const string Owner = "owner";
    public const string Page = "page";
    public const string Items = "items";
    public const string View = "view";
    public const string NewText = "new.text";
    public const string NewOwner = "new.owner";
    public const string NewDue = "new.due";
    public const string ReviewFirst = "reviewFirst";
    public const string LeadDays = "leadDays";
    public const string TimeZone = "timeZone";
    public const string Language = "language";
    public const string PlannerOn = "plannerOn";
    public const string PlannerPlan = "plannerPlan";
    public const string Confirmed = "confirmed";

    /// <summary>On the review's first page: how many proposals the meeting had when the card was made (inputs <see cref="FollowupInput"/>).</summary>
    public const string Followups = "followups";

    public const string UntilWeek = "week";
    public const string UntilNextMeeting = "nextMeeting";

    /// <summary>Owner choice values in the review card: keep the extracted owners, nobody, or "m:" + a member id.</summary>
    public const string OwnerKeep = "keep";
    public const string OwnerNobody = "none";
    public const string OwnerMemberPrefix = "m:";

    /// <summary>The review's answer to a proposal of "Uit de vorige vergadering".</summary>
    public const string FollowupDone = "done";
    public const string FollowupOpen = "open";
    public const string FollowupDropped = "dropped";
    public const string FollowupKeep = "keep";

    /// <summary>A view's name in refresh data: "summary", "myActions", ...</summary>
    public static string ViewName(CardView view)
    {
        var name = view.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    public static string ItemTextInput(string itemId) => $"item.{itemId}.text";

    public static string ItemOwnerInput(string itemId) => $"item.{itemId}.owner";

    public static string ItemDueInput(string itemId) => $"item.{itemId}.due";

    public static string ItemRemoveInput(string itemId) => $"item.{itemId}.remove";

    /// <summary>The choice of the review's proposal at <paramref name="index"/> (0, 1, ...).</summary>
    public static string FollowupInput(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"followup.{index}");

    public static string FollowupValue(CardFollowupStatus status) => status switch
    {
        CardFollowupStatus.Done => FollowupDone,
        CardFollowupStatus.Open => FollowupOpen,
        CardFollowupStatus.Dropped => FollowupDropped,
        _ => FollowupKeep,
    };
}

/// <summary>Which card a refresh asks for.</summary>
public enum CardView { Summary, Review, MyActions, TeamItems, Reminder, CarryOver }
