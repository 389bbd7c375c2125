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
        var dutch = turn.PrefersDutch;
        var text = turn.Activity.Type == ActivityTypes.InstallationUpdate ? Welcome(dutch)
            : IsHelp(turn.Activity) ? Help(dutch)
            : Unknown(dutch);
        return turn.Activity.Type == ActivityTypes.InstallationUpdate
            ? turn.Connector.SendToConversationAsync(turn.Conversation, Replies.Text(turn.Conversation, text), cancellationToken)
            : turn.ReplyAsync(text, cancellationToken);
    }

    public static bool IsHelp(Activity activity) =>
        HelpWords.Contains(activity.TextWithoutBotMention(), StringComparer.OrdinalIgnoreCase);

    private static string Welcome(bool dutch) => dutch
        ? "Hallo! Ik lees notulen van vergaderingen en haal de besluiten en actiepunten eruit. Typ 'help' om te zien wat ik kan."
        : "Hello! I read meeting minutes and pick out the decisions and action items. Type 'help' to see what I can do.";

    private static string Help(bool dutch) => dutch
        ? "Stuur me notulen (Word, PDF, Markdown, tekst of HTML) of noem me in het kanaal waar ze staan; ik vind de besluiten en actiepunten, met eigenaar en deadline."
        : "Send me minutes (Word, PDF, Markdown, text or HTML) or mention me in the channel where they are; I find the decisions and action items, with owner and due date.";

    private static string Unknown(bool dutch) => dutch
        ? "Dat ken ik (nog) niet. Typ 'help' om te zien wat ik kan."
        : "I don't know that one (yet). Type 'help' to see what I can do.";
}
