namespace TeamsBot.Texts;

/// <summary>
/// Every line the bot writes outside a card, in one language: the answers of the commands and card buttons, the
/// intake's notices, the greeting and help, the apology, and the line above a reminder posted in a thread.
/// </summary>
public sealed class ReplyStrings
{
    /// <summary>The greeting when the bot is added to a team or a personal chat.</summary>
    public required string Welcome { get; init; }

    /// <summary>The shorter greeting of an installation no feature took up.</summary>
    public required string Greeting { get; init; }

    public required string Help { get; init; }

    public required string Unknown { get; init; }

    public required string HelpLead { get; init; }

    public required string OnlyInTeam { get; init; }

    public required string NoTeamsYet { get; init; }

    public required string TooLong { get; init; }

    /// <summary>After Publish when the summary card of an earlier version was replaced rather than posted anew.</summary>
    public required string PublishedUpdated { get; init; }

    /// <summary>In the thread of a new version whose summary replaced the card posted earlier (the meeting's title).</summary>
    public required Func<string, string> SummaryUpdated { get; init; }

    public required Func<string, string> NextMeetingSaved { get; init; }

    /// <summary>The rhythm as the team wrote it, and when that makes the next meeting (null when it gives no date ahead).</summary>
    public required Func<string, string?, string> RhythmSaved { get; init; }

    public required string NextMeetingUnreadable { get; init; }

    public required string NextMeetingPast { get; init; }

    public required string ItemNotFound { get; init; }

    public required string NotAMember { get; init; }

    public required string MembersOnly { get; init; }

    public required string ActionNotUnderstood { get; init; }

    public required string OwnerNotLinkable { get; init; }

    public required string MemberNotInTeam { get; init; }

    /// <summary>"I'll take it" on an item that somebody took in the meantime: who owns it now.</summary>
    public required Func<string, string> AlreadyTaken { get; init; }

    public required string SettingsRefused { get; init; }

    /// <summary>What an answer that needs the store says while the store does not answer.</summary>
    public required string StorageBusy { get; init; }

    /// <summary>The one short apology when the bot failed on an activity.</summary>
    public required string Apology { get; init; }

    public required string Reading { get; init; }

    /// <summary>The same minutes again; the argument is the meeting's title.</summary>
    public required Func<string, string> AlreadyRead { get; init; }

    public required string NotMinutes { get; init; }

    /// <summary>The same answer with the button "Toch als notulen lezen" under it.</summary>
    public required string NotMinutesWithButton { get; init; }

    /// <summary>"Toch als notulen lezen" pressed, but the bot no longer keeps that upload (another came after it, or it was read).</summary>
    public required string RefusedUploadGone { get; init; }

    /// <summary>A refused file; the argument is the reason, from <see cref="RefusalStrings"/> of the same table.</summary>
    public required Func<string, string> Unreadable { get; init; }

    public required string GraphRefused { get; init; }

    /// <summary>The summary waits for its review; the argument is the uploader's name.</summary>
    public required Func<string, string> ReviewWaiting { get; init; }

    /// <summary>Minutes sent privately were filed under a team; the argument is its name, null when unknown.</summary>
    public required Func<string?, string> FiledUnder { get; init; }

    public required string TeamUnclear { get; init; }

    /// <summary>Where the summary went on publishing: the thread of the upload, the personal chat, or a new channel post.</summary>
    public required string Published { get; init; }

    public required string PublishedInChat { get; init; }

    public required string PublishedInChannel { get; init; }

    /// <summary>After "discard draft": nothing of it is kept; and the answer when the minutes were published meanwhile.</summary>
    public required string Discarded { get; init; }

    public required string NotADraft { get; init; }

    public required string NotYours { get; init; }

    public required string MeetingGone { get; init; }

    /// <summary>Above a next-meeting reminder posted in the thread; the argument is the owner's name as markup.</summary>
    public required Func<string, string> ReminderInThread { get; init; }

    /// <summary>Above a due-date reminder posted in the thread; the argument is the owner's name as markup.</summary>
    public required Func<string, string> DueInThread { get; init; }
}
