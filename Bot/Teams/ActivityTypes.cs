namespace TeamsBot.Teams;

/// <summary>The activity <c>type</c> and invoke <c>name</c> values a meeting bot deals with.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";

    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string FileConsent = "fileConsent/invoke";

    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string FileDownloadInfoContentType = "application/vnd.microsoft.teams.file.download.info";
}
