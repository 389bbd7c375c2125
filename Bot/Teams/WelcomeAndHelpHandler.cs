namespace TeamsBot.Teams;

/// <summary>
/// The built-in conversation until the real commands arrive: a greeting when the app is installed, a short help
/// text for "help", and a pointer to help for anything else. Runs only for activities no feature accepted.
/// </summary>
public sealed class WelcomeAndHelpHandler : IActivityHandler
{
    private static readonly string[] HelpWords = ["help", "hulp", "?", "/help"];

    public bool Accepts(Activity activity) =>
        activity.Type switch
        {
            ActivityTypes.InstallationUpdate => string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase),
            ActivityTypes.Message => !string.IsNullOrWhiteSpace(activity.Text),
            _ => false,
        };

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var texts = turn.Language.Texts.Replies;
        var text = turn.Activity.Type == ActivityTypes.InstallationUpdate ? texts.Greeting
            : IsHelp(turn.Activity) ? texts.Help
            : texts.Unknown;
        return turn.Activity.Type == ActivityTypes.InstallationUpdate
            ? turn.Connector.SendToConversationAsync(turn.Conversation, Replies.Text(turn.Conversation, text), cancellationToken)
            : turn.ReplyAsync(text, cancellationToken);
    }

    public static bool IsHelp(Activity activity) =>
        HelpWords.Contains(activity.TextWithoutBotMention(), StringComparer.OrdinalIgnoreCase);
}
