namespace TeamsBot.Teams;

/// <summary>The one short apology a user gets when the bot failed on their activity, in their language.</summary>
internal static class Apology
{
    public static string Text(string? locale) => IsDutch(locale)
        ? "Sorry, daar ging iets mis aan mijn kant. Probeer het later nog eens."
        : "Sorry, something went wrong on my side. Please try again later.";

    public static bool IsDutch(string? locale) => locale is not null && locale.StartsWith("nl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sends the apology; a failure to apologise is logged, never thrown (no error loops).</summary>
    public static async Task TrySendAsync(ConnectorClient connector, ConversationReference conversation, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendToConversationAsync(conversation, Replies.Text(conversation, Text(conversation.Locale)), cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or ConnectorException or InvalidOperationException or TaskCanceledException)
        {
            Log.ApologyFailed(logger, LoggedException.Of(ex), conversation.ActivityId);
        }
    }
}
