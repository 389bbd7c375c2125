namespace TeamsBot.Followup;

/// <summary>How the bot came by a file, which decides what it says about a file that is not minutes.</summary>
public enum UploadSource
{
    /// <summary>Sent to the bot (a file or a long message in a chat): the sender expects an answer either way.</summary>
    SentToBot,

    /// <summary>Seen in a channel the bot watches: anything that is not minutes is ignored without a word.</summary>
    Channel,
}
