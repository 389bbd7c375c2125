using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Teams.Commands;
using TeamsBot.Minutes;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Presents what became of an upload: a line for an unreadable file, a hint or silence for other files, "already
/// read" for the same file again, else the review card for the uploader or the summary card in the thread, and for
/// minutes sent privately a line saying under which team they were filed.
/// </summary>
public sealed class MinutesPresenter(IntakeStore store, IntakeCards cards, ReviewDelivery delivery, ConnectorClient connector, FollowupService followup, SummaryPoster summaries)
{
    public async Task PresentAsync(BackgroundWorkItem item, MinutesPlace place, ReadingResult result, Language language, bool personal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(place);
        switch (result)
        {
            case ReadingResult.Unreadable unreadable:
                await UnreadableAsync(item, language, unreadable.Text, cancellationToken);
                break;
            case ReadingResult.NotMinutes when personal:
                await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.NotMinutes), cancellationToken);
                break;
            case ReadingResult.Ingested ingested:
                await IngestedAsync(item, place, ingested.Outcome, personal, place.LanguageFor(ingested.Outcome.Meeting, item.Conversation.Locale), cancellationToken);
                break;
        }
    }

    /// <summary>Not minutes, with "Toch als notulen lezen" for the kept upload <paramref name="uploadHash"/>.</summary>
    public Task<ResourceResponse> NotMinutesAsync(BackgroundWorkItem item, Language language, string uploadHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var card = NoticeCard.NotMinutes(language.Texts.Replies.NotMinutesWithButton, uploadHash, new CardContext(language, cards.Today("UTC")));
        return AnswerAsync(item, IntakeCards.Message(item.Conversation, card), cancellationToken);
    }

    /// <summary>A refused file: the reason in the same language as the line around it.</summary>
    public Task<ResourceResponse> UnreadableAsync(BackgroundWorkItem item, Language language, RefusalText reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(reason);
        return AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.Unreadable(reason.In(language))), cancellationToken);
    }

    /// <summary>Answers in the thread of the work's activity, or as a new message when it has none.</summary>
    public Task<ResourceResponse> AnswerAsync(BackgroundWorkItem item, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(reply);
        return item.Conversation.ActivityId is { } activityId
            ? connector.ReplyToActivityAsync(item.Conversation, reply with { ReplyToId = activityId }, cancellationToken)
            : connector.SendToConversationAsync(item.Conversation, reply, cancellationToken);
    }

    /// <summary>
    /// New or changed minutes get their card. The same bytes again get "already read", unless their card never went
    /// out (a crash between storing and sending: send it now) or this very work sent it (a re-run after a crash before
    /// the queue forgot the work: stay silent). A sweep's file that is known already is left alone.
    /// </summary>
    private async Task IngestedAsync(BackgroundWorkItem item, MinutesPlace place, IngestOutcome outcome, bool personal, Language language, CancellationToken cancellationToken)
    {
        var work = place.Work;
        var meeting = outcome.Meeting;
        var workId = WorkIdentity(item, work);
        if (outcome.Result == IngestResult.Unchanged
            && await store.GetPresentedAsync(work.TenantId, meeting.Id, meeting.Source.ContentHash, cancellationToken) is { } presented)
        {
            if (presented.WorkId != workId && work.Origin != MinutesOrigin.FilesTab)
            {
                await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.AlreadyRead(meeting.Title)), cancellationToken);
            }

            return;
        }

        await CardsAsync(item, place, meeting, personal, language, () => store.MarkPresentedAsync(work.TenantId, meeting.Id, meeting.Source.ContentHash, workId, cancellationToken), cancellationToken);
    }

    /// <summary>What makes one piece of minutes work itself: the activity that brought it, or the Files-tab item.</summary>
    private static string WorkIdentity(BackgroundWorkItem item, MinutesWork work) =>
        item.ActivityId ?? $"{work.DriveId}/{work.ItemId}/{work.FileName}";

    private async Task CardsAsync(BackgroundWorkItem item, MinutesPlace place, Meeting meeting, bool personal, Language language, Func<Task> markPresented, CancellationToken cancellationToken)
    {
        var (work, members) = (place.Work, place.Members);
        var settings = await followup.GetSettingsAsync(work.TenantId, work.TeamId, cancellationToken);
        if (FilingNotice(place.Filing, language) is { } notice)
        {
            await AnswerAsync(item, Replies.Text(item.Conversation, notice), cancellationToken);
        }

        // A Files-tab upload has no known uploader to review it privately: its summary goes straight to the channel. A
        // draft always goes to review: it is published there or nowhere.
        if ((!settings.ReviewFirst || work.Origin == MinutesOrigin.FilesTab) && !meeting.Draft)
        {
            await SummaryAsync(item, place, meeting, settings, language, cancellationToken);
            await markPresented();
            return;
        }

        await store.RecordReviewAsync(new PendingReview(work.TenantId, work.TeamId, meeting.Id, work.UploaderId), cancellationToken);
        var review = IntakeCards.Message(item.Conversation, cards.Review(meeting, settings, FollowupViews.Members(members), 0, language));
        if (personal)
        {
            await AnswerAsync(item, review, cancellationToken);
            await markPresented();
            return;
        }

        await delivery.SendPrivatelyAsync(item.Conversation, work.TenantId, work.UploaderId, work.UploaderTeamsId, review, cancellationToken);
        await markPresented();
        await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.ReviewWaiting(work.UploaderName)), cancellationToken);
    }

    /// <summary>The summary without review: in the thread of the upload, or for minutes filed from a chat, in the team's channel.</summary>
    private async Task SummaryAsync(BackgroundWorkItem item, MinutesPlace place, Meeting meeting, TeamSettings settings, Language language, CancellationToken cancellationToken)
    {
        var viewers = SummaryViewers.Of(meeting, place.Members, place.Work.UploaderTeamsId);
        JsonObject Summary(bool updated) => cards.Summary(meeting, settings, viewers, language, updated);
        var replaced = place.Filing is Filing.InTeam
            ? await summaries.PostAsync(meeting, place.Thread, Summary, message => connector.SendToConversationAsync(place.Thread, message, cancellationToken), cancellationToken)
            : await summaries.PostAsync(meeting, item.Conversation, Summary, message => AnswerAsync(item, message, cancellationToken), cancellationToken);
        if (replaced)
        {
            // The thread of this version hears where its summary is: the one card of the meeting, now up to date.
            await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.SummaryUpdated(meeting.Title)), cancellationToken);
        }
    }

    private static string? FilingNotice(Filing? filing, Language language) => filing switch
    {
        Filing.InTeam inTeam => language.Texts.Replies.FiledUnder(inTeam.Team.Name),
        Filing.OwnSpace { Unclear: true } => language.Texts.Replies.TeamUnclear,
        _ => null,
    };
}
