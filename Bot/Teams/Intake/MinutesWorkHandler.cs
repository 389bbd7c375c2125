using System.Text.Json;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Planner;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// The slow half of the intake (<c>minutes</c> work): <see cref="MinutesFetcher"/> fetches the bytes,
/// <see cref="MinutesPlaces"/> finds where they are filed, <see cref="MinutesReading"/> reads and stores them against the
/// team's members (within the <see cref="ReadingMemoryGate"/>), and <see cref="MinutesPresenter"/> presents the result.
/// </summary>
public sealed class MinutesWorkHandler(
    MinutesFetcher fetcher,
    MinutesPlaces places,
    MinutesReading reading,
    MinutesPresenter presenter,
    IntakeStore store,
    FollowupService followup,
    ReadingMemoryGate memory,
    PlannerSync planner,
    ILogger<MinutesWorkHandler> logger) : IBackgroundWorkHandler
{
    public string Kind => MinutesWork.Kind;

    public async Task HandleAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Payload?.Deserialize(IntakeJson.Default.MinutesWork) is not { } work)
        {
            return;
        }

        var language = await LanguageAsync(item, work, cancellationToken);
        try
        {
            await foreach (var fetched in fetcher.FetchAsync(item, work, language, cancellationToken))
            {
                await ReadAsync(fetched, language, cancellationToken);
            }
        }
        catch (Exception ex) when (work.Origin is MinutesOrigin.ChannelMessage or MinutesOrigin.FilesTab && GraphClient.IsAccessDenied(ex))
        {
            // A refusal by Graph (no permission for the channel's files) will not pass by itself: one line, no retries.
            Log.GraphRefused(logger, item.ActivityId);
            await presenter.AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.GraphRefused), cancellationToken);
        }
    }

    /// <summary>
    /// The language of what is said before the minutes are read: a team's upload speaks the team's language, one in a
    /// personal chat the language of its pasted words, else the client's (<see cref="TurnLanguage"/>).
    /// </summary>
    private async Task<Language> LanguageAsync(BackgroundWorkItem item, MinutesWork work, CancellationToken cancellationToken) =>
        work.Origin is MinutesOrigin.ChannelMessage or MinutesOrigin.FilesTab
            ? TurnLanguage.Of(await followup.GetSettingsAsync(work.TenantId, work.TeamId, cancellationToken), null, item.Conversation.Locale)
            : TurnLanguage.Of(null, work.Text, item.Conversation.Locale);

    private async Task ReadAsync(FetchedMinutes fetched, Language language, CancellationToken cancellationToken)
    {
        var personal = fetched.Work.Origin is MinutesOrigin.PersonalFile or MinutesOrigin.Pasted or MinutesOrigin.ReadAnyway;
        var insisted = fetched.Work.Origin == MinutesOrigin.ReadAnyway;
        var place = await places.FindAsync(fetched, personal, cancellationToken);
        var filed = place.Work;

        // Reviewed first, the minutes are a draft until she publishes them (a Files-tab upload has nobody to review it).
        var draft = filed.Origin != MinutesOrigin.FilesTab && (await followup.GetSettingsAsync(filed.TenantId, filed.TeamId, cancellationToken)).ReviewFirst;
        var upload = new MinutesUpload(filed.TenantId, filed.TeamId, filed.ChannelId, ThreadReference.Serialize(place.Thread),
            new Actor(fetched.Work.UploaderId, fetched.Work.UploaderName), fetched.FileName, fetched.Link, fetched.Bytes, draft);
        ReadingResult result;
        using (await memory.EnterAsync(ReadingMemoryGate.Estimate(fetched.FileName, fetched.Bytes.Length), cancellationToken))
        {
            result = await reading.ReadAsync(upload, [.. place.Members.Select(m => m.AsTeamMember())], personal ? UploadSource.SentToBot : UploadSource.Channel, cancellationToken, insisted);
        }

        Log.MinutesOutcome(logger, fetched.Item.ActivityId, result.GetType().Name);
        var work = fetched.Work;
        if (insisted)
        {
            await store.ForgetRefusedAsync(work.TenantId, work.UploaderId, cancellationToken);
        }
        else if (result is ReadingResult.NotMinutes && personal && fetched.Bytes.Length <= IntakeStore.MaxRefusedBytes)
        {
            // Kept for "Toch als notulen lezen", so that she need not send it again.
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(fetched.Bytes));
            await store.KeepRefusedAsync(work.TenantId, work.UploaderId, new RefusedUpload(fetched.FileName, hash, fetched.Bytes), cancellationToken);
            await presenter.NotMinutesAsync(fetched.Item, language, hash, cancellationToken);
            return;
        }

        await presenter.PresentAsync(fetched.Item, place, result, language, personal, cancellationToken);

        // Published without review (or a new version of published minutes): their tasks now, not at the next round.
        if (result is ReadingResult.Ingested { Outcome.Meeting: { Draft: false } meeting })
        {
            // Proposals applied at once settle items of earlier meetings too: their tasks follow.
            await planner.SyncTeamAsync(meeting.TenantId, meeting.TeamId, meeting.Followups.Count > 0 ? null : meeting.Id, cancellationToken);
        }
    }
}
