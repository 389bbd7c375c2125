namespace TeamsBot.Texts;

/// <summary>One help line: the command as typed, what it does, and an example.</summary>
public sealed record CardHelpLine(string Command, string Explanation, string Example);

/// <summary>Every word a card shows, in one language: a part of that language's <see cref="TextTable"/>.</summary>
public sealed class CardStrings
{
    public required IReadOnlyList<string> DayNames { get; init; }

    public required IReadOnlyList<string> MonthNames { get; init; }

    public required string Decisions { get; init; }

    public required string ActionItems { get; init; }

    public required string NoDecisions { get; init; }

    public required string NoItems { get; init; }

    public required string NoOwner { get; init; }

    public required string NotAMember { get; init; }

    /// <summary>The minute-taker's reminder: the heading over the items nobody owns yet, and what to do with them.</summary>
    public required string ToAssign { get; init; }

    public required string ToAssignHint { get; init; }

    /// <summary>Before the people the minutes imply for an item that names nobody.</summary>
    public required string Suggested { get; init; }

    public required Func<string, string> MeetingOf { get; init; }

    /// <summary>On a summary card that a new version of the minutes replaced in place.</summary>
    public required string SummaryUpdated { get; init; }

    public required Func<string, string> DueOn { get; init; }

    public required string StatusOpen { get; init; }

    public required string StatusDone { get; init; }

    public required string StatusOverdue { get; init; }

    public required Func<string, string> SnoozedUntil { get; init; }

    public required Func<int, string> Postponed { get; init; }

    public required Func<string, string> FromSection { get; init; }

    public required string Done { get; init; }

    public required string Reopen { get; init; }

    public required string Snooze { get; init; }

    public required string SnoozeWeek { get; init; }

    public required string SnoozeNextMeeting { get; init; }

    /// <summary>The snooze choices as entries of an item's "…" menu, where they stand without "Uitstellen" above them.</summary>
    public required string SnoozeForAWeek { get; init; }

    public required string SnoozeUntilNextMeeting { get; init; }

    public required string HandOver { get; init; }

    /// <summary>For an item nobody owns: the member who clicks takes it; or the minute-taker gives it to someone.</summary>
    public required string TakeIt { get; init; }

    public required string Assign { get; init; }

    public required string AssignTo { get; init; }

    /// <summary>The review's question before it publishes items nobody owns, and the button that publishes them so.</summary>
    public required Func<int, string> UnownedQuestion { get; init; }

    public required string PublishAsIs { get; init; }

    /// <summary>The review's way out without publishing: the button, what it will do, and the confirming button.</summary>
    public required string DiscardDraft { get; init; }

    public required string DiscardWarning { get; init; }

    public required string DiscardConfirm { get; init; }

    public required string LinkToMember { get; init; }

    public required string Source { get; init; }

    /// <summary>What selecting an item of the summary does: shows its source sentence and its buttons.</summary>
    public required string ShowItem { get; init; }

    /// <summary>The subtle line under the summary's action items heading that says how to reach an item's buttons.</summary>
    public required string ItemsHint { get; init; }

    /// <summary>Opens an item's text, owner, due date and removal on the review card.</summary>
    public required string Edit { get; init; }

    public required string Refresh { get; init; }

    public required Func<int, string> MoreItems { get; init; }

    public required Func<int, string> MoreDecisions { get; init; }

    public required string ReviewTitle { get; init; }

    /// <summary>
    /// The review's section on the open items of the last meeting that these minutes speak of: its heading, what it is,
    /// the label of each item's choice, the four choices, the new due date the minutes give, and the line that counts
    /// the open items they do not mention.
    /// </summary>
    public required string FollowupsHeading { get; init; }

    public required string FollowupsHint { get; init; }

    public required string FollowupChoice { get; init; }

    public required string FollowupDone { get; init; }

    public required string FollowupOpen { get; init; }

    public required string FollowupDropped { get; init; }

    public required string FollowupUnchanged { get; init; }

    public required Func<string, string> FollowupNewDue { get; init; }

    public required Func<int, string> FollowupsUnmentioned { get; init; }

    /// <summary>Proposals beyond what the card holds: they stay as they are.</summary>
    public required Func<int, string> MoreFollowups { get; init; }

    public required string ReviewHint { get; init; }

    public required string ItemText { get; init; }

    public required string Owner { get; init; }

    public required string Nobody { get; init; }

    public required string Due { get; init; }

    public required string Remove { get; init; }

    public required string AddItem { get; init; }

    public required string Add { get; init; }

    public required string Publish { get; init; }

    public required Func<int, int, string> PageOf { get; init; }

    public required string Next { get; init; }

    public required string Previous { get; init; }

    public required string MyActions { get; init; }

    public required string MyActionsEmpty { get; init; }

    public required string TeamItems { get; init; }

    public required string TeamItemsEmpty { get; init; }

    public required Func<string, string> DecisionsAbout { get; init; }

    public required Func<string, string> NoDecisionsAbout { get; init; }

    public required string Settings { get; init; }

    public required string ReviewFirst { get; init; }

    public required string ReminderLeadDays { get; init; }

    public required string TimeZone { get; init; }

    public required string Language { get; init; }

    public required string Save { get; init; }

    /// <summary>Shown on the settings card once its changes are stored.</summary>
    public required string SettingsSaved { get; init; }

    /// <summary>The settings card's toggle "Acties ook in Planner".</summary>
    public required string PlannerToggle { get; init; }

    /// <summary>The label of the plan choice on the settings card.</summary>
    public required string PlannerPlan { get; init; }

    /// <summary>The plan choice for a plan the bot creates (titled <see cref="PlannerPlanTitle"/>).</summary>
    public required string PlannerNewPlan { get; init; }

    /// <summary>The title of the plan the bot creates in the team's group.</summary>
    public required string PlannerPlanTitle { get; init; }

    /// <summary>One line on the settings card when Graph refused Planner (no permission): the rest of the bot works.</summary>
    public required string PlannerNoAccess { get; init; }

    /// <summary>The labels in a Planner task's details: the quote, the section and the link to the minutes.</summary>
    public required string PlannerQuote { get; init; }

    public required string PlannerSection { get; init; }

    public required string PlannerMinutes { get; init; }

    public required string HelpTitle { get; init; }

    public required string HelpIntro { get; init; }

    public required IReadOnlyList<CardHelpLine> HelpLines { get; init; }

    public required Func<string, string> Example { get; init; }

    public required Func<string, string> ReminderTitle { get; init; }

    public required string ReminderHint { get; init; }

    public required Func<string, string> CarryOverTitle { get; init; }

    public required string CarryOverHint { get; init; }

    public required string CarryOverEmpty { get; init; }

    public required string WithoutOwner { get; init; }

    /// <summary>The button on the answer that a document is not minutes: read that same upload as minutes.</summary>
    public required string ReadAsMinutes { get; init; }

    /// <summary>The summary's subtle heading over items the minutes give no agenda item for, after items that have one.</summary>
    public required string OtherSection { get; init; }

    public required string HandOverTo { get; init; }

    public required Func<string, string> LinkOwner { get; init; }

    public required string ChooseMember { get; init; }

    public required string Link { get; init; }

    public required string Cancel { get; init; }

    public required string NoticeInfo { get; init; }

    public required string NoticeWarning { get; init; }

    public required string NoticeError { get; init; }

    /// <summary>The heading of a notice that confirms what was done ("Gepubliceerd ...").</summary>
    public required string NoticeDone { get; init; }
}
