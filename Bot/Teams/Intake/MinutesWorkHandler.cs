using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Minutes;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// The slow half of the intake (<c>minutes</c> work): gets the bytes (download, pasted text, Graph), reads them with
/// <see cref="MinutesIntake"/> against the team's members, and answers: a line for an unreadable file, a hint or silence
/// for other files, "already read" for the same file again, else the review card for the uploader or the summary card
/// in the thread. Minutes sent privately are filed under the uploader's team when <see cref="PersonalMinutesFiling"/> finds
/// one: the review card still comes to the chat, with a line saying which team; the summary goes to the team's channel.
/// </summary>
public sealed class MinutesWorkHandler(
    MinutesIntake intake,
    MinutesDownloader downloader,
    FollowupService followup,
    TeamRosters rosters,
    IntakeStore store,
    IntakeCards cards,
    ReviewDelivery delivery,
    ConnectorClient connector,
    IOptions<MinutesReaderOptions> limits,
    ILogger<MinutesWorkHandler> logger,
    GraphAccess graphAccess,
    PersonalMinutesFiling filings,
    ReadingMemoryGate memory) : IBackgroundWorkHandler
{
    private readonly GraphClient? _graph = graphAccess.Client;

    public string Kind => MinutesWork.Kind;

    public async Task HandleAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Payload?.Deserialize(IntakeJson.Default.MinutesWork) is not { } work)
        {
            return;
        }

        var language = await LanguageAsync(item, work, cancellationToken);
        switch (work.Origin)
        {
            case MinutesOrigin.Pasted:
                await TakeAsync(item, work, language, work.FileName ?? "minutes.md", Encoding.UTF8.GetBytes(work.Text ?? string.Empty), cancellationToken);
                break;
            case MinutesOrigin.PersonalFile:
                if (await DownloadAsync(item, work, language, cancellationToken) is { } bytes)
                {
                    await TakeAsync(item, work, language, work.FileName ?? "minutes", bytes, cancellationToken);
                }

                break;
            case MinutesOrigin.ChannelMessage or MinutesOrigin.FilesTab:
                await FromGraphAsync(item, work, language, cancellationToken);
                break;
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

    /// <summary>A refusal by Graph (no permission for the channel's files) will not pass by itself: one line, no retries.</summary>
    private async Task FromGraphAsync(BackgroundWorkItem item, MinutesWork work, Language language, CancellationToken cancellationToken)
    {
        try
        {
            await (work.Origin == MinutesOrigin.FilesTab ? FilesTabAsync(item, work, language, cancellationToken) : ChannelMessageAsync(item, work, language, cancellationToken));
        }
        catch (Exception ex) when (GraphClient.IsAccessDenied(ex))
        {
            Log.GraphRefused(logger, item.ActivityId);
            await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.GraphRefused), cancellationToken);
        }
    }

    private async Task<byte[]?> DownloadAsync(BackgroundWorkItem item, MinutesWork work, Language language, CancellationToken cancellationToken)
    {
        var name = work.FileName ?? "minutes";
        try
        {
            if (!Uri.TryCreate(work.DownloadUrl, UriKind.Absolute, out var url))
            {
                throw new DownloadRefusedException(RefusalTexts.NoDownloadAddress(name));
            }

            return await downloader.DownloadAsync(url, name, cancellationToken);
        }
        catch (Exception ex) when (ex is DownloadRefusedException or FileTooLargeException or HttpRequestException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.DownloadFailed(logger, ex.GetType().Name, item.ActivityId);
            var reason = ex switch
            {
                DownloadRefusedException refused => refused.Text,
                FileTooLargeException tooLarge => tooLarge.Text,
                _ => RefusalTexts.DownloadNotCompleted(name),
            };
            await AnswerAsync(item, Replies.Text(item.Conversation, Unreadable(language, reason)), cancellationToken);
            return null;
        }
    }

    private async Task ChannelMessageAsync(BackgroundWorkItem item, MinutesWork work, Language language, CancellationToken cancellationToken)
    {
        if (_graph is null)
        {
            Log.GraphAbsent(logger, item.ActivityId);
            return;
        }

        var groupId = work.GroupId ?? await GroupIdAsync(item, work, cancellationToken);
        if (groupId is null || work.MessageId is null)
        {
            return;
        }

        var files = (await _graph.GetMessageFilesAsync(groupId, work.ChannelId, work.MessageId, work.RootMessageId, cancellationToken))
            .Where(f => MinutesIntake.WorthReading(f.Name))
            .ToList();
        if (files.Count == 0)
        {
            Log.MinutesOutcome(logger, item.ActivityId, "no minutes file");
            return;
        }

        await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.Reading), cancellationToken);
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = await _graph.DownloadChannelFileAsync(groupId, work.ChannelId, file, limits.Value.MaxFileBytes, cancellationToken);
            }
            catch (FileTooLargeException ex)
            {
                await AnswerAsync(item, Replies.Text(item.Conversation, Unreadable(language, ex.Text)), cancellationToken);
                continue;
            }

            await TakeAsync(item, work with { FileName = file.Name }, language, file.Name, bytes, cancellationToken, file.ContentUrl.AbsoluteUri);
        }
    }

    private async Task FilesTabAsync(BackgroundWorkItem item, MinutesWork work, Language language, CancellationToken cancellationToken)
    {
        if (_graph is null || work.DriveId is null || work.ItemId is null)
        {
            Log.GraphAbsent(logger, item.ActivityId);
            return;
        }

        var name = work.FileName ?? work.ItemId;
        var bytes = await _graph.DownloadAsync(work.DriveId, work.ItemId, name, work.Size, limits.Value.MaxFileBytes, cancellationToken);

        // No message was posted with the file: the bot's own notice opens the thread the cards go into.
        var posted = await connector.SendToConversationAsync(item.Conversation, Replies.Text(item.Conversation, language.Texts.Replies.Reading), cancellationToken);
        var thread = posted.Id is null ? item : item with { Conversation = item.Conversation with { ActivityId = posted.Id } };
        await TakeAsync(thread, work, language, name, bytes, cancellationToken);
    }

    private async Task<string?> GroupIdAsync(BackgroundWorkItem item, MinutesWork work, CancellationToken cancellationToken)
    {
        if (await rosters.Installations.GetTeamAsync(work.TenantId, work.TeamId, cancellationToken) is { GroupId: { } known })
        {
            return known;
        }

        return Uri.TryCreate(item.Conversation.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            ? (await connector.GetTeamDetailsAsync(serviceUrl, work.TeamId, cancellationToken)).AadGroupId
            : null;
    }

    private async Task TakeAsync(BackgroundWorkItem item, MinutesWork work, Language language, string fileName, byte[] bytes, CancellationToken cancellationToken, string? link = null)
    {
        var personal = work.Origin is MinutesOrigin.PersonalFile or MinutesOrigin.Pasted;
        var place = personal
            ? await PersonalPlaceAsync(item, work, fileName, bytes, cancellationToken)
            : new Place(work, ThreadReference.Of(item.Conversation),
                (await rosters.GetAsync(connector, new Uri(item.Conversation.ServiceUrl!), work.TenantId, work.TeamId, cancellationToken)).Members, null,
                await followup.GetSettingsAsync(work.TenantId, work.TeamId, cancellationToken));
        var filed = place.Work;
        var upload = new MinutesUpload(filed.TenantId, filed.TeamId, filed.ChannelId, ThreadReference.Serialize(place.Thread),
            new Actor(work.UploaderId, work.UploaderName), fileName, link, bytes);
        IntakeResult result;
        using (await memory.EnterAsync(ReadingMemoryGate.Estimate(fileName, bytes.Length), cancellationToken))
        {
            result = await intake.TakeAsync(upload, [.. place.Members.Select(m => m.AsTeamMember())], personal ? IntakeSource.SentToBot : IntakeSource.Channel, cancellationToken);
        }

        Log.MinutesOutcome(logger, item.ActivityId, result.GetType().Name);
        switch (result)
        {
            case IntakeResult.Unreadable unreadable:
                await AnswerAsync(item, Replies.Text(item.Conversation, Unreadable(language, unreadable.Text)), cancellationToken);
                break;
            case IntakeResult.NotMinutes when personal:
                await AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.NotMinutes), cancellationToken);
                break;
            case IntakeResult.Ingested ingested:
                await AnswerIngestedAsync(item, place, ingested.Outcome, personal, place.Language(ingested.Outcome.Meeting, item.Conversation.Locale), cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Minutes sent privately go to the uploader's team when that is clear: stored under the team, owners linked to its
    /// members, and published as a new post in its channel. Otherwise they stay in the uploader's own space, the chat.
    /// </summary>
    private async Task<Place> PersonalPlaceAsync(BackgroundWorkItem item, MinutesWork work, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var filing = await filings.ChooseAsync(work, fileName, bytes, cancellationToken);
        if (filing is not Filing.InTeam { Team: var team } inTeam)
        {
            var uploader = new RosterMember(work.UploaderId, work.UploaderTeamsId ?? work.UploaderId, work.UploaderName, null);
            return new Place(work, ThreadReference.Of(item.Conversation), [uploader], filing, null);
        }

        var settings = await followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken);
        var channel = ThreadReference.Channel(team.ServiceUrl, team.ChannelId, team.TenantId, item.Conversation.Bot, settings.Language);
        return new Place(work with { TenantId = team.TenantId, TeamId = team.TeamId, ChannelId = team.ChannelId }, channel, inTeam.Members, filing, settings);
    }

    /// <summary>
    /// New or changed minutes get their card. The same bytes again get "already read", unless their card never went
    /// out (a crash between storing and sending: send it now) or this very work sent it (a re-run after a crash before
    /// the queue forgot the work: stay silent). A sweep's file that is known already is left alone.
    /// </summary>
    private async Task AnswerIngestedAsync(BackgroundWorkItem item, Place place, IngestOutcome outcome, bool personal, Language language, CancellationToken cancellationToken)
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

        await PresentAsync(item, place, meeting, personal, language, () => store.MarkPresentedAsync(work.TenantId, meeting.Id, meeting.Source.ContentHash, workId, cancellationToken), cancellationToken);
    }

    /// <summary>What makes one piece of minutes work itself: the activity that brought it, or the Files-tab item.</summary>
    private static string WorkIdentity(BackgroundWorkItem item, MinutesWork work) =>
        item.ActivityId ?? $"{work.DriveId}/{work.ItemId}/{work.FileName}";

    private async Task PresentAsync(BackgroundWorkItem item, Place place, Meeting meeting, bool personal, Language language, Func<Task> markPresented, CancellationToken cancellationToken)
    {
        var (work, members) = (place.Work, place.Members);
        var settings = await followup.GetSettingsAsync(work.TenantId, work.TeamId, cancellationToken);
        if (FilingNotice(place.Filing, language) is { } notice)
        {
            await AnswerAsync(item, Replies.Text(item.Conversation, notice), cancellationToken);
        }

        // A Files-tab upload has no known uploader to review it privately: its summary goes straight to the channel.
        if (!settings.ReviewFirst || work.Origin == MinutesOrigin.FilesTab)
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
    private async Task SummaryAsync(BackgroundWorkItem item, Place place, Meeting meeting, TeamSettings settings, Language language, CancellationToken cancellationToken)
    {
        var mentions = place.Members.Select(m => m.TeamsId).ToList();
        if (place.Filing is Filing.InTeam)
        {
            var summary = cards.Summary(meeting, settings, mentions, language);
            await connector.SendToConversationAsync(place.Thread, IntakeCards.Message(place.Thread, summary), cancellationToken);
            return;
        }

        await AnswerAsync(item, IntakeCards.Message(item.Conversation, cards.Summary(meeting, settings, mentions, language)), cancellationToken);
    }

    private static string? FilingNotice(Filing? filing, Language language) => filing switch
    {
        Filing.InTeam inTeam => language.Texts.Replies.FiledUnder(inTeam.Team.Name),
        Filing.OwnSpace { Unclear: true } => language.Texts.Replies.TeamUnclear,
        _ => null,
    };

    /// <summary>A refused file: the reason in the same language as the line around it.</summary>
    private static string Unreadable(Language language, RefusalText reason) => language.Texts.Replies.Unreadable(reason.In(language));

    private Task<ResourceResponse> AnswerAsync(BackgroundWorkItem item, Activity reply, CancellationToken cancellationToken) =>
        item.Conversation.ActivityId is { } activityId
            ? connector.ReplyToActivityAsync(item.Conversation, reply with { ReplyToId = activityId }, cancellationToken)
            : connector.SendToConversationAsync(item.Conversation, reply, cancellationToken);

    /// <summary>
    /// Where one upload is filed: the work with the team's ids, the thread its summary goes to, the members its owners
    /// link to, and the team's settings (null for minutes kept in a personal chat).
    /// </summary>
    private sealed record Place(MinutesWork Work, ConversationReference Thread, IReadOnlyList<RosterMember> Members, Filing? Filing, TeamSettings? Team)
    {
        /// <summary>What is said about read minutes: in the team's language, else in the language the minutes are written in.</summary>
        public Language Language(Meeting meeting, string? locale) => TurnLanguage.OfMinutes(Team, meeting.Language, locale);
    }
}
