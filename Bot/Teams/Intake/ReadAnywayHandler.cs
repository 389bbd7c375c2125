using System.Text.Json;
using TeamsBot.Cards;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// "Toch als notulen lezen" (<c>minutes.readanyway</c>) on the answer that a document is not minutes: queues the
/// refused upload, kept for the one who sent it (<see cref="RefusedUpload"/>), to be read as minutes; the card becomes
/// "Ik lees de notulen…" and the review follows as for any upload. Someone else's press, or a press after the upload
/// was replaced or read, finds nothing of theirs and gets one line.
/// </summary>
public sealed class ReadAnywayHandler(IntakeStore store, IntakeCards cards) : IInvokeHandler
{
    public bool Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action"
            && activity.ReadAdaptiveCardInvoke()?.Action?.Verb == CardVerbs.MinutesReadAnyway;
    }

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var replies = turn.Language.Texts.Replies;
        if (activity.ReadAdaptiveCardInvoke()?.Action?.Data is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(CardVerbs.Upload, out var upload) || upload.ValueKind != JsonValueKind.String
            || upload.GetString() is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
        {
            return InvokeResponse.Error(400, "the button came without its upload");
        }

        if (activity.TenantId is not { } tenantId || activity.From is not { } from || activity.Conversation?.Id is not { } conversationId)
        {
            return InvokeResponse.Message(replies.RefusedUploadGone);
        }

        var uploaderId = from.AadObjectId ?? from.Id ?? string.Empty;
        if (await store.GetRefusedAsync(tenantId, uploaderId, cancellationToken) is not { } kept || kept.ContentHash != hash)
        {
            return InvokeResponse.Message(replies.RefusedUploadGone);
        }

        var work = new MinutesWork(MinutesOrigin.ReadAnyway, tenantId, conversationId, conversationId, uploaderId, from.Name ?? string.Empty, from.Id,
            kept.FileName, ContentHash: hash);
        await turn.QueueAsync(MinutesWork.Kind, JsonSerializer.SerializeToElement(work, IntakeJson.Default.MinutesWork), cancellationToken);
        return InvokeResponse.AdaptiveCard(IntakeCards.Element(IntakeCards.Notice(replies.Reading, turn.Language, cards.Today("UTC"))));
    }
}
