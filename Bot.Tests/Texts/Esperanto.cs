using System.Globalization;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Texts;

/// <summary>
/// A language only the tests know, added as a translator adds one: one text table. Its words are the English ones in
/// «guillemets» (pseudo-localisation), so that a test sees at once a word that did not come from this table; its
/// commands are Esperanto ("helpo", "miaj taskoj"), so that a user's words tell the language.
/// </summary>
public sealed class Esperanto : TextTable
{
    private static readonly TextTable En = Language.En.Texts;

    public override string Code => "eo";

    public override string Name => "Esperanto";

    public override NumberFormatInfo Numbers => NumberFormatInfo.InvariantInfo;

    public override CardStrings Cards { get; } = new()
    {
        DayNames = [.. En.Cards.DayNames.Select(Pseudo)],
        MonthNames = [.. En.Cards.MonthNames.Select(Pseudo)],
        Decisions = Pseudo(En.Cards.Decisions),
        ActionItems = Pseudo(En.Cards.ActionItems),
        NoDecisions = Pseudo(En.Cards.NoDecisions),
        NoItems = Pseudo(En.Cards.NoItems),
        NoOwner = Pseudo(En.Cards.NoOwner),
        NotAMember = Pseudo(En.Cards.NotAMember),
        Suggested = Pseudo(En.Cards.Suggested),
        ToAssign = Pseudo(En.Cards.ToAssign),
        ToAssignHint = Pseudo(En.Cards.ToAssignHint),
        MeetingOf = date => Pseudo(En.Cards.MeetingOf(date)),
        SummaryUpdated = Pseudo(En.Cards.SummaryUpdated),
        DueOn = date => Pseudo(En.Cards.DueOn(date)),
        StatusOpen = Pseudo(En.Cards.StatusOpen),
        StatusDone = Pseudo(En.Cards.StatusDone),
        StatusOverdue = Pseudo(En.Cards.StatusOverdue),
        SnoozedUntil = date => Pseudo(En.Cards.SnoozedUntil(date)),
        Postponed = count => Pseudo(En.Cards.Postponed(count)),
        FromSection = section => Pseudo(En.Cards.FromSection(section)),
        Done = Pseudo(En.Cards.Done),
        Reopen = Pseudo(En.Cards.Reopen),
        Snooze = Pseudo(En.Cards.Snooze),
        SnoozeWeek = Pseudo(En.Cards.SnoozeWeek),
        SnoozeNextMeeting = Pseudo(En.Cards.SnoozeNextMeeting),
        SnoozeForAWeek = Pseudo(En.Cards.SnoozeForAWeek),
        SnoozeUntilNextMeeting = Pseudo(En.Cards.SnoozeUntilNextMeeting),
        HandOver = Pseudo(En.Cards.HandOver),
        TakeIt = Pseudo(En.Cards.TakeIt),
        Assign = Pseudo(En.Cards.Assign),
        AssignTo = Pseudo(En.Cards.AssignTo),
        UnownedQuestion = count => Pseudo(En.Cards.UnownedQuestion(count)),
        PublishAsIs = Pseudo(En.Cards.PublishAsIs),
        DiscardDraft = Pseudo(En.Cards.DiscardDraft),
        DiscardWarning = Pseudo(En.Cards.DiscardWarning),
        DiscardConfirm = Pseudo(En.Cards.DiscardConfirm),
        LinkToMember = Pseudo(En.Cards.LinkToMember),
        Source = Pseudo(En.Cards.Source),
        Refresh = Pseudo(En.Cards.Refresh),
        MoreItems = count => Pseudo(En.Cards.MoreItems(count)),
        MoreDecisions = count => Pseudo(En.Cards.MoreDecisions(count)),
        ReviewTitle = Pseudo(En.Cards.ReviewTitle),
        ReviewHint = Pseudo(En.Cards.ReviewHint),
        ItemText = Pseudo(En.Cards.ItemText),
        Owner = Pseudo(En.Cards.Owner),
        Nobody = Pseudo(En.Cards.Nobody),
        Due = Pseudo(En.Cards.Due),
        Remove = Pseudo(En.Cards.Remove),
        AddItem = Pseudo(En.Cards.AddItem),
        Add = Pseudo(En.Cards.Add),
        Publish = Pseudo(En.Cards.Publish),
        PageOf = (page, pages) => Pseudo(En.Cards.PageOf(page, pages)),
        Next = Pseudo(En.Cards.Next),
        Previous = Pseudo(En.Cards.Previous),
        MyActions = Pseudo(En.Cards.MyActions),
        MyActionsEmpty = Pseudo(En.Cards.MyActionsEmpty),
        TeamItems = Pseudo(En.Cards.TeamItems),
        TeamItemsEmpty = Pseudo(En.Cards.TeamItemsEmpty),
        DecisionsAbout = words => Pseudo(En.Cards.DecisionsAbout(words)),
        NoDecisionsAbout = words => Pseudo(En.Cards.NoDecisionsAbout(words)),
        Settings = Pseudo(En.Cards.Settings),
        ReviewFirst = Pseudo(En.Cards.ReviewFirst),
        ReminderLeadDays = Pseudo(En.Cards.ReminderLeadDays),
        TimeZone = Pseudo(En.Cards.TimeZone),
        Language = Pseudo(En.Cards.Language),
        Save = Pseudo(En.Cards.Save),
        Edit = Pseudo(En.Cards.Edit),
        SettingsSaved = Pseudo(En.Cards.SettingsSaved),
        HelpTitle = Pseudo(En.Cards.HelpTitle),
        HelpIntro = Pseudo(En.Cards.HelpIntro),
        HelpLines = [.. En.Cards.HelpLines.Select(l => new CardHelpLine(Pseudo(l.Command), Pseudo(l.Explanation), Pseudo(l.Example)))],
        Example = ex => Pseudo(En.Cards.Example(ex)),
        ReminderTitle = meeting => Pseudo(En.Cards.ReminderTitle(meeting)),
        ReminderHint = Pseudo(En.Cards.ReminderHint),
        CarryOverTitle = meeting => Pseudo(En.Cards.CarryOverTitle(meeting)),
        CarryOverHint = Pseudo(En.Cards.CarryOverHint),
        CarryOverEmpty = Pseudo(En.Cards.CarryOverEmpty),
        WithoutOwner = Pseudo(En.Cards.WithoutOwner),
        OtherSection = Pseudo(En.Cards.OtherSection),
        HandOverTo = Pseudo(En.Cards.HandOverTo),
        LinkOwner = name => Pseudo(En.Cards.LinkOwner(name)),
        ChooseMember = Pseudo(En.Cards.ChooseMember),
        Link = Pseudo(En.Cards.Link),
        Cancel = Pseudo(En.Cards.Cancel),
        NoticeInfo = Pseudo(En.Cards.NoticeInfo),
        NoticeWarning = Pseudo(En.Cards.NoticeWarning),
        NoticeError = Pseudo(En.Cards.NoticeError),
        NoticeDone = Pseudo(En.Cards.NoticeDone),
    };

    public override ReplyStrings Replies { get; } = new()
    {
        Welcome = Pseudo(En.Replies.Welcome),
        Greeting = Pseudo(En.Replies.Greeting),
        Help = Pseudo(En.Replies.Help),
        Unknown = Pseudo(En.Replies.Unknown),
        HelpLead = Pseudo(En.Replies.HelpLead),
        OnlyInTeam = Pseudo(En.Replies.OnlyInTeam),
        NoTeamsYet = Pseudo(En.Replies.NoTeamsYet),
        TooLong = Pseudo(En.Replies.TooLong),
        PublishedUpdated = Pseudo(En.Replies.PublishedUpdated),
        SummaryUpdated = title => Pseudo(En.Replies.SummaryUpdated(title)),
        NextMeetingSaved = when => Pseudo(En.Replies.NextMeetingSaved(when)),
        RhythmSaved = (rhythm, next) => Pseudo(En.Replies.RhythmSaved(rhythm, next)),
        NextMeetingUnreadable = Pseudo(En.Replies.NextMeetingUnreadable),
        NextMeetingPast = Pseudo(En.Replies.NextMeetingPast),
        ItemNotFound = Pseudo(En.Replies.ItemNotFound),
        NotAMember = Pseudo(En.Replies.NotAMember),
        MembersOnly = Pseudo(En.Replies.MembersOnly),
        ActionNotUnderstood = Pseudo(En.Replies.ActionNotUnderstood),
        OwnerNotLinkable = Pseudo(En.Replies.OwnerNotLinkable),
        MemberNotInTeam = Pseudo(En.Replies.MemberNotInTeam),
        Discarded = Pseudo(En.Replies.Discarded),
        PublishedInChat = Pseudo(En.Replies.PublishedInChat),
        PublishedInChannel = Pseudo(En.Replies.PublishedInChannel),
        NotADraft = Pseudo(En.Replies.NotADraft),
        AlreadyTaken = owners => Pseudo(En.Replies.AlreadyTaken(owners)),
        SettingsRefused = Pseudo(En.Replies.SettingsRefused),
        StorageBusy = Pseudo(En.Replies.StorageBusy),
        Apology = Pseudo(En.Replies.Apology),
        Reading = Pseudo(En.Replies.Reading),
        AlreadyRead = title => Pseudo(En.Replies.AlreadyRead(title)),
        NotMinutes = Pseudo(En.Replies.NotMinutes),
        Unreadable = reason => Pseudo(En.Replies.Unreadable(reason)),
        GraphRefused = Pseudo(En.Replies.GraphRefused),
        ReviewWaiting = uploader => Pseudo(En.Replies.ReviewWaiting(uploader)),
        FiledUnder = team => Pseudo(En.Replies.FiledUnder(team)),
        TeamUnclear = Pseudo(En.Replies.TeamUnclear),
        Published = Pseudo(En.Replies.Published),
        NotYours = Pseudo(En.Replies.NotYours),
        MeetingGone = Pseudo(En.Replies.MeetingGone),
        ReminderInThread = name => Pseudo(En.Replies.ReminderInThread(name)),
        DueInThread = name => Pseudo(En.Replies.DueInThread(name)),
    };

    public override RefusalStrings Refusals { get; } = new()
    {
        LargerThanLimit = (file, limit) => Pseudo(En.Refusals.LargerThanLimit(file, limit)),
        LargerThanDownload = (file, limit) => Pseudo(En.Refusals.LargerThanDownload(file, limit)),
        Empty = file => Pseudo(En.Refusals.Empty(file)),
        NoTextAtAll = file => Pseudo(En.Refusals.NoTextAtAll(file)),
        CannotOpen = (file, error) => Pseudo(En.Refusals.CannotOpen(file, error)),
        WordPassword = file => Pseudo(En.Refusals.WordPassword(file)),
        OldOffice = file => Pseudo(En.Refusals.OldOffice(file)),
        NotReally = (file, extension) => Pseudo(En.Refusals.NotReally(file, extension)),
        Unsupported = (file, extension) => Pseudo(En.Refusals.Unsupported(file, extension)),
        NotText = file => Pseudo(En.Refusals.NotText(file)),
        PdfPages = (file, max, pages) => Pseudo(En.Refusals.PdfPages(file, max, pages)),
        PdfPassword = file => Pseudo(En.Refusals.PdfPassword(file)),
        PdfNoText = file => Pseudo(En.Refusals.PdfNoText(file)),
        PdfDamaged = file => Pseudo(En.Refusals.PdfDamaged(file)),
        PartExpands = (file, kind, limit) => Pseudo(En.Refusals.PartExpands(file, kind, limit)),
        Expands = (file, kind, limit) => Pseudo(En.Refusals.Expands(file, kind, limit)),
        TooManyCharacters = (file, kind, limit) => Pseudo(En.Refusals.TooManyCharacters(file, kind, limit)),
        ReadsTooLong = (file, kind, limit) => Pseudo(En.Refusals.ReadsTooLong(file, kind, limit)),
        WordDamaged = (file, invalidXml) => Pseudo(En.Refusals.WordDamaged(file, invalidXml)),
        WordTooDeep = (file, levels) => Pseudo(En.Refusals.WordTooDeep(file, levels)),
        ZipExpands = (file, limit) => Pseudo(En.Refusals.ZipExpands(file, limit)),
        ZipRatio = (file, ratio) => Pseudo(En.Refusals.ZipRatio(file, ratio)),
        ZipBroken = file => Pseudo(En.Refusals.ZipBroken(file)),
        ZipNotWord = file => Pseudo(En.Refusals.ZipNotWord(file)),
        HtmlUnreadable = (file, error) => Pseudo(En.Refusals.HtmlUnreadable(file, error)),
        NoDownloadAddress = file => Pseudo(En.Refusals.NoDownloadAddress(file)),
        DownloadTimedOut = (file, limit) => Pseudo(En.Refusals.DownloadTimedOut(file, limit)),
        DownloadBrokeOff = file => Pseudo(En.Refusals.DownloadBrokeOff(file)),
        DownloadNotCompleted = file => Pseudo(En.Refusals.DownloadNotCompleted(file)),
        DownloadElsewhere = file => Pseudo(En.Refusals.DownloadElsewhere(file)),
        DownloadFailed = (file, status) => Pseudo(En.Refusals.DownloadFailed(file, status)),
        DownloadRedirectedTooOften = file => Pseudo(En.Refusals.DownloadRedirectedTooOften(file)),
        Unspecified = message => Pseudo(En.Refusals.Unspecified(message)),
    };

    public override CommandWords Commands { get; } = new()
    {
        MyActions = ["miaj taskoj"],
        TeamActions = ["taskoj"],
        Decisions = ["decidoj"],
        NextMeeting = ["venonta kunveno"],
        Settings = ["agordoj"],
        Help = ["helpo"],
        Polite = ["bonvolu", "dankon"],
        SearchNoise = ["decidoj", "la", "pri"],
    };

    public override IReadOnlyList<MenuCommand> Menu { get; } =
    [
        new("helpo", "«Show what I can do»"),
        new("miaj taskoj", "«Your open action items»"),
        new("taskoj", "«The team's open action items»"),
        new("decidoj", "«Search the decisions»"),
        new("venonta kunveno", "«Set the next meeting»"),
        new("agordoj", "«Reminders and language»"),
    ];

    /// <summary>The English text in guillemets: «Decisions».</summary>
    public static string Pseudo(string english) => $"«{english}»";
}
