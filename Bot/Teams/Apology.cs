namespace TeamsBot.Teams;

/// <summary>The one short apology a user gets when the bot failed on their activity, and the storage line, in their language.</summary>
internal static class Apology
{
    public static string Text(string? locale) => IsDutch(locale)
        ? "Sorry, daar ging iets mis aan mijn kant. Probeer het later nog eens."
        : "Sorry, something went wrong on my side. Please try again later.";

    /// <summary>What an answer that needs the store says while the store does not answer (the request does not wait for it).</summary>
    public static string StorageBusy(bool dutch) => dutch
        ? "Even geduld: de opslag reageert nu niet. Probeer het zo nog eens."
        : "One moment: storage is not responding right now. Please try again shortly.";

    public static bool IsDutch(string? locale) => locale is not null && locale.StartsWith("nl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sends the apology; a failure to apologise is logged, never thrown (no error loops).</summary>
    public static Task TrySendAsync(ConnectorClient connector, ConversationReference conversation, ILogger logger, CancellationToken cancellationToken) =>
        TrySendAsync(connector, conversation, Text(conversation?.Locale), logger, cancellationToken);

    /// <summary>Sends <paramref name="text"/> (the apology or the storage line); a failure is logged, never thrown.</summary>
    public static async Task TrySendAsync(ConnectorClient connector, ConversationReference conversation, string text, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(conversation);
        try
        {
            await connector.SendToConversationAsync(conversation, Replies.Text(conversation, text), cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or ConnectorException or InvalidOperationException or TaskCanceledException)
        {
            Log.ApologyFailed(logger, LoggedException.Of(ex), conversation.ActivityId);
        }
    }
}
