namespace TeamsBot.Teams.Commands;

/// <summary>
/// Which messages are commands. In a channel or group chat only those that mention the bot, and never a message
/// with a file (minutes in are the intake's). In a personal chat every text, except long pasted text of several
/// lines, which is minutes for the intake, and file uploads; an empty message too, so that it gets an answer.
/// </summary>
public static class MessageRouting
{
    /// <summary>Pasted minutes: at least this long and with at least <see cref="PastedLines"/> lines.</summary>
    public const int PastedLength = 400;

    public const int PastedLines = 3;

    public static bool IsForCommands(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || HasFile(activity))
        {
            return false;
        }

        if (!IsPersonal(activity))
        {
            return MentionsBot(activity);
        }

        // An empty message (a sticker, an image without words) is answered too: with the help card.
        return !LooksPasted(activity.Text ?? string.Empty);
    }

    public static bool IsPersonal(Activity activity) =>
        string.Equals(activity?.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    public static bool LooksPasted(string text) =>
        text.Length >= PastedLength && text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l)) >= PastedLines;

    public static bool MentionsBot(Activity activity) =>
        activity?.Recipient?.Id is { Length: > 0 } bot
        && (activity.Entities ?? []).Any(e => e.IsMention && e.Mentioned?.Id == bot);

    private static bool HasFile(Activity activity) =>
        (activity.Attachments ?? []).Any(a =>
            a.ContentType is { } type
            && (type == ActivityTypes.FileDownloadInfoContentType
                || type.Equals("reference", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("application/vnd.microsoft.teams.file", StringComparison.OrdinalIgnoreCase)));
}
