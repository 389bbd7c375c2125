using System.Globalization;

namespace TeamsBot.Texts;

/// <summary>Every word the bot writes in English.</summary>
public sealed class English : TextTable
{
    public English()
    {
        Refusals = new()
        {
            LargerThanLimit = (file, limit) => $"{file}: the file is larger than the limit of {Size(limit)}.",
            LargerThanDownload = (file, limit) => $"{file} is larger than {Size(limit)}.",
            Empty = file => $"{file}: the file is empty.",
            NoTextAtAll = file => $"{file}: the file has no text.",
            CannotOpen = (file, error) => $"{file}: cannot open the file ({error}).",
            WordPassword = file => $"{file}: the document is password protected; save it without a password and send it again.",
            OldOffice = file => $"{file}: this is an old Word (.doc) or other Office binary file; save it as .docx or PDF.",
            NotReally = (file, extension) => $"{file}: the file is damaged or is not really a {extension} file.",
            Unsupported = (file, extension) => $"{file}: cannot read '{(extension.Length > 0 ? extension : "files without an extension")}'; send .docx, .pdf, .md, .txt or .html.",
            NotText = file => $"{file}: the file is not text (it holds binary data).",
            PdfPages = (file, max, pages) => $"{file}: the PDF has more than {max} pages ({pages}).",
            PdfPassword = file => $"{file}: the PDF is password protected; remove the password and send it again.",
            PdfNoText = file => $"{file}: no text found: is this a scan?",
            PdfDamaged = file => $"{file}: the PDF is damaged and cannot be read.",
            PartExpands = (file, kind, limit) => $"{file}: a part of the {Document(kind)} expands to more than {Size(limit)} when unpacked.",
            Expands = (file, kind, limit) => $"{file}: the {Document(kind)} expands to more than {Size(limit)} when unpacked.",
            TooManyCharacters = (file, kind, limit) => string.Create(CultureInfo.InvariantCulture, $"{file}: the {Document(kind)} has more than {limit:N0} characters of text."),
            ReadsTooLong = (file, kind, limit) => string.Create(CultureInfo.InvariantCulture, $"{file}: reading the {Document(kind)} takes longer than {limit.TotalSeconds:0.#} s; it is too large or too complex."),
            WordDamaged = (file, invalidXml) => $"{file}: the Word document is damaged ({(invalidXml ? "its text is not valid XML" : "its package structure is broken")}).",
            WordTooDeep = (file, levels) => $"{file}: the Word document nests its content more than {levels} levels deep, which no real document does.",
            ZipExpands = (file, limit) => string.Create(CultureInfo.InvariantCulture, $"{file}: the document expands to more than {limit / (1024 * 1024.0):0.#} MB when unpacked."),
            ZipRatio = (file, ratio) => $"{file}: part of the document expands to more than {ratio} times its packed size.",
            ZipBroken = file => $"{file}: the file is damaged (its zip structure is broken).",
            ZipNotWord = file => $"{file}: this is a zip file but not a Word document.",
            HtmlUnreadable = (file, error) => $"{file}: the HTML could not be read ({error}).",
            NoDownloadAddress = file => $"{file}: the file came without a download address.",
            DownloadTimedOut = (file, limit) => $"{file}: the download did not finish within {(int)Math.Ceiling(limit.TotalSeconds)} s; please send the file again.",
            DownloadBrokeOff = file => $"{file}: the download broke off; please send the file again.",
            DownloadNotCompleted = file => $"{file}: the download did not complete; please send the file again.",
            DownloadElsewhere = file => $"{file}: the file is offered from an address the bot does not download from.",
            DownloadFailed = (file, status) => $"{file}: the download failed ({status}); please send the file again.",
            DownloadRedirectedTooOften = file => $"{file}: the download was redirected too often.",
            Unspecified = message => message,
        };
    }

    public override string Code => "en";

    public override string Name => "English";

    public override NumberFormatInfo Numbers => NumberFormatInfo.InvariantInfo;

    public override RefusalStrings Refusals { get; }

    public override CardStrings Cards { get; } = new()
    {
        DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        Decisions = "Decisions",
        ActionItems = "Action items",
        NoDecisions = "No decisions found.",
        NoItems = "No action items found.",
        NoOwner = "No owner",
        NotAMember = "(not a team member)",
        Suggested = "Suggested",
        ToAssign = "Still to assign",
        ToAssignHint = "Nobody owns these actions yet. Assign each one to the member who takes it.",
        MeetingOf = date => $"Meeting of {date}",
        SummaryUpdated = "updated with the new version of the minutes",
        DueOn = date => $"due {date}",
        StatusOpen = "Open",
        StatusDone = "Done",
        StatusOverdue = "Overdue",
        SnoozedUntil = date => $"Snoozed until {date}",
        Postponed = count => $"postponed {count}×",
        FromSection = section => $"From: {section}",
        Done = "Done",
        Reopen = "Reopen",
        Snooze = "Snooze",
        SnoozeWeek = "A week",
        SnoozeNextMeeting = "Until the next meeting",
        SnoozeForAWeek = "Snooze for a week",
        SnoozeUntilNextMeeting = "Snooze until the next meeting",
        HandOver = "Hand over",
        TakeIt = "I'll take it",
        Assign = "Assign",
        AssignTo = "Assign to",
        UnownedQuestion = count => count == 1
            ? "1 action has no owner yet — assign it or publish as is?"
            : $"{count} actions have no owner yet — assign them or publish as is?",
        PublishAsIs = "Publish as is",
        DiscardDraft = "Discard draft",
        DiscardWarning = "This deletes these minutes with all their decisions and actions; nothing is published.",
        DiscardConfirm = "Yes, delete",
        LinkToMember = "Link to member",
        Source = "Source",
        Edit = "Edit",
        Refresh = "Refresh",
        MoreItems = count => $"And {count} more: ask 'actions'.",
        MoreDecisions = count => $"And {count} more decisions: ask 'decisions'.",
        ReviewTitle = "Review before publishing",
        ReviewHint = "Only you see this card. Fix owners, dates or text, then publish to the channel.",
        ItemText = "Action",
        Owner = "Owner",
        Nobody = "Nobody",
        Due = "Due",
        Remove = "Remove",
        AddItem = "Add an item",
        Add = "Add",
        Publish = "Publish",
        PageOf = (page, pages) => $"Page {page} of {pages}",
        Next = "Next",
        Previous = "Previous",
        MyActions = "My actions",
        MyActionsEmpty = "You have no open actions. Nice work!",
        TeamItems = "The team's open items",
        TeamItemsEmpty = "The team has no open items.",
        DecisionsAbout = words => $"Decisions about '{words}'",
        NoDecisionsAbout = words => $"No decisions found about '{words}'. Try another word.",
        Settings = "Settings",
        ReviewFirst = "Review items myself before publishing",
        ReminderLeadDays = "Reminder: working days before the meeting",
        TimeZone = "Time zone",
        Language = "Language",
        Save = "Save",
        SettingsSaved = "Saved. This now applies to the whole team.",
        HelpTitle = "What I can do",
        HelpIntro = "Post minutes in the channel or send them to me in a personal chat (Word, PDF, Markdown, text or HTML); I pick out the decisions and action items. In a channel, @mention me.",
        HelpLines =
        [
            new("my actions", "Your open items from every meeting.", "my actions"),
            new("actions", "The team's open items.", "actions"),
            new("decisions [words]", "Search the decisions.", "decisions budget"),
            new("next meeting <date time>", "Set the next meeting or the rhythm, for the reminders.", "next meeting Thursday 13:30"),
            new("settings", "Review first, reminders, time zone and language.", "settings"),
            new("help", "This overview.", "help"),
        ],
        Example = ex => $"For example: {ex}",
        ReminderTitle = meeting => $"Next meeting {meeting} — your open actions:",
        ReminderHint = "Update them with the buttons; the card in the channel follows.",
        CarryOverTitle = meeting => $"Open items for {meeting}",
        CarryOverHint = "Per owner, ready for the agenda.",
        CarryOverEmpty = "No open items. Nothing to carry over.",
        WithoutOwner = "No owner yet",
        ReadAsMinutes = "Read as minutes anyway",
        OtherSection = "Other items",
        HandOverTo = "Hand over to",
        LinkOwner = name => $"Link '{name}' to a team member",
        ChooseMember = "Choose a team member",
        Link = "Link",
        Cancel = "Cancel",
        NoticeInfo = "For your information",
        NoticeWarning = "Please note",
        NoticeError = "Something went wrong",
        NoticeDone = "Done",
    };

    public override ReplyStrings Replies { get; } = new()
    {
        Welcome = "Hello! I read meeting minutes and pick out the decisions and action items. Send me minutes or post them in the channel; type 'help' to see what I can do.",
        Greeting = "Hello! I read meeting minutes and pick out the decisions and action items. Type 'help' to see what I can do.",
        Help = "Send me minutes (Word, PDF, Markdown, text or HTML) or mention me in the channel where they are; I find the decisions and action items, with owner and due date.",
        Unknown = "I don't know that one (yet). Type 'help' to see what I can do.",
        HelpLead = "I read minutes and pick out the decisions and action items. These are my commands:",
        OnlyInTeam = "That works in your team's channel: @mention me there and type the command.",
        NoTeamsYet = "I don't know a team of yours with me in it yet. Ask 'actions' in your team's channel, or 'my actions' here.",
        TooLong = "That message is too long for a command. Type 'help' to see what I can do.",
        PublishedUpdated = "Published: the summary of this meeting posted earlier is updated.",
        SummaryUpdated = title => $"New version of '{title}': the summary posted earlier is updated.",
        NextMeetingSaved = when => $"Noted: the next meeting is {when}.",
        RhythmSaved = (rhythm, next) => $"Noted: the team meets {rhythm}." + (next is null ? "" : $" The next meeting is then {next}."),
        NextMeetingUnreadable = "I can't read that date. Try for example 'next meeting June 21 13:30' or 'next meeting every 4 weeks on Wednesday 13:30'.",
        NextMeetingPast = "That date has passed. Give a date in the future.",
        ItemNotFound = "I can't find this action item (any more).",
        NotAMember = "Only members of the team can change this action item.",
        MembersOnly = "Only members of this team can see or change that.",
        ActionNotUnderstood = "I don't understand this button. Ask for the card again, for example with 'my actions'.",
        OwnerNotLinkable = "This owner is already linked or no longer exists.",
        MemberNotInTeam = "That person is not a member of the team.",
        AlreadyTaken = owners => $"{owners} already took this action.",
        SettingsRefused = "I can't save these settings.",
        StorageBusy = "One moment: storage is not responding right now. Please try again shortly.",
        Apology = "Sorry, something went wrong on my side. Please try again later.",
        Reading = "Reading the minutes…",
        AlreadyRead = title => $"I have already read these minutes ({title}); nothing changed.",
        NotMinutes = "This does not look like minutes: I found no meeting with decisions or action items. Minutes after all? Put 'Minutes' in the file name or on the first line and I will read them as minutes.",
        NotMinutesWithButton = "This does not look like minutes: I found no meeting with decisions or action items. Minutes after all? Choose 'Read as minutes anyway' and I will read this document as minutes.",
        RefusedUploadGone = "I no longer keep this document. Please send it again with 'Minutes' in the file name or on the first line, and I will read it as minutes.",
        Unreadable = reason => $"I could not read this file: {reason}",
        GraphRefused = "I may not read this channel's files (Microsoft Graph refused access). Ask an admin to grant the app its permissions, then share the minutes again.",
        ReviewWaiting = uploader => $"The summary is ready; {uploader} reviews it first and then publishes it here.",
        FiledUnder = team => team is null ? "I filed these minutes under your team." : $"I filed these minutes under the team {team}.",
        TeamUnclear = "You are in several teams with me and I can't tell which one these minutes belong to, so I kept them for you only; post them in the team's channel to file them there.",
        Published = "Published in the thread of the minutes.",
        PublishedInChat = "Published in this chat.",
        PublishedInChannel = "Published as a new post in the team's channel.",
        Discarded = "The draft is deleted; nothing was published. Send the minutes again if you want them read after all.",
        NotADraft = "These minutes are published already; the team sees them.",
        NotYours = "Only the person who shared the minutes (or a member of the team) can finish this review.",
        MeetingGone = "I don't know this meeting (any more).",
        ReminderInThread = name => $"{name}, your open actions for the next meeting (I could not reach you in a personal chat):",
        DueInThread = name => $"{name}, these actions of yours are due soon or overdue (I could not reach you in a personal chat):",
    };

    public override CommandWords Commands { get; } = new()
    {
        MyActions = ["my actions", "my action items", "my tasks", "my items"],
        TeamActions = ["open actions", "action items", "open items", "actions"],
        Decisions = ["decisions"],
        NextMeeting = ["next meeting"],
        Settings = ["settings"],
        Help = [],
        Polite = ["please", "pls", "plz", "thanks", "show", "svp"],
        SearchNoise =
        [
            "decision", "decisions", "decided", "search", "find", "show", "about", "all",
            "the", "a", "an", "of", "and", "on", "in", "for", "to", "with", "what", "which", "my", "we",
        ],
    };

    public override IReadOnlyList<MenuCommand> Menu { get; } =
    [
        new("help", "Show what I can do and how to send me minutes"),
        new("my actions", "Your open action items"),
        new("actions", "The team's open action items"),
        new("decisions", "Search the decisions: decisions <words>"),
        new("next meeting", "Set the next meeting: next meeting <date time>"),
        new("settings", "Reminders and language for this team or chat"),
    ];

    private static string Document(DocumentKind kind) => kind == DocumentKind.Pdf ? "PDF" : "Word document";
}
