using TeamsBot.Texts;

namespace TeamsBot.Teams;

/// <summary>Sends the one short apology a user gets when the bot failed on their activity, and the storage line.</summary>
internal static class Apology
{
    /// <summary>
    /// Sends the apology in the conversation's language (a team's conversation carries the team's language as its
    /// locale, see <see cref="Intake.ThreadReference"/>); a failure to apologise is logged, never thrown (no error loops).
    /// </summary>
    public static Task TrySendAsync(ConnectorClient connector, ConversationReference conversation, ILogger logger, CancellationToken cancellationToken) =>
        TrySendAsync(connector, conversation, TurnLanguage.Of(null, null, conversation?.Locale).Texts.Replies.Apology, logger, cancellationToken);

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
