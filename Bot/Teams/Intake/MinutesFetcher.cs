using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsBot.Followup;
using TeamsBot.Graph;
using TeamsBot.Minutes;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Fetches the bytes of an upload: the pasted text, the file sent in a personal chat (downloaded), or the files of a
/// channel post or the Files tab (through Graph). Says what belongs to fetching: "reading the minutes" for a channel's
/// files, and the one line for a download that failed. Graph refusing access is thrown to the caller.
/// </summary>
public sealed class MinutesFetcher(
    IntakeStore store,
    MinutesDownloader downloader,
    GraphAccess graphAccess,
    TeamRosters rosters,
    ConnectorClient connector,
    MinutesPresenter presenter,
    IOptions<MinutesReaderOptions> limits,
    ILogger<MinutesFetcher> logger)
{
    private readonly GraphClient? _graph = graphAccess.Client;

    public async IAsyncEnumerable<FetchedMinutes> FetchAsync(BackgroundWorkItem item, MinutesWork work, Language language, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(work);
        switch (work.Origin)
        {
            case MinutesOrigin.Pasted:
                yield return new FetchedMinutes(item, work, work.FileName ?? "minutes.md", Encoding.UTF8.GetBytes(work.Text ?? string.Empty));
                break;
            case MinutesOrigin.ReadAnyway:
                // The refused upload as it was kept; gone when a newer refusal replaced it or it was read already.
                if (await store.GetRefusedAsync(work.TenantId, work.UploaderId, cancellationToken) is { } kept && kept.ContentHash == work.ContentHash)
                {
                    yield return new FetchedMinutes(item, work, kept.FileName, kept.Bytes);
                }
                else
                {
                    await presenter.AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.RefusedUploadGone), cancellationToken);
                }

                break;
            case MinutesOrigin.PersonalFile:
                if (await DownloadAsync(item, work, language, cancellationToken) is { } bytes)
                {
                    yield return new FetchedMinutes(item, work, work.FileName ?? "minutes", bytes);
                }

                break;
            case MinutesOrigin.ChannelMessage:
                await foreach (var file in ChannelMessageAsync(item, work, language, cancellationToken))
                {
                    yield return file;
                }

                break;
            case MinutesOrigin.FilesTab:
                if (await FilesTabAsync(item, work, language, cancellationToken) is { } fetched)
                {
                    yield return fetched;
                }

                break;
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
            await presenter.UnreadableAsync(item, language, reason, cancellationToken);
            return null;
        }
    }

    private async IAsyncEnumerable<FetchedMinutes> ChannelMessageAsync(BackgroundWorkItem item, MinutesWork work, Language language, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_graph is null)
        {
            Log.GraphAbsent(logger, item.ActivityId);
            yield break;
        }

        var groupId = work.GroupId ?? await GroupIdAsync(item, work, cancellationToken);
        if (groupId is null || work.MessageId is null)
        {
            yield break;
        }

        var files = (await _graph.GetMessageFilesAsync(groupId, work.ChannelId, work.MessageId, work.RootMessageId, cancellationToken))
            .Where(f => MinutesReading.WorthReading(f.Name))
            .ToList();
        if (files.Count == 0)
        {
            Log.MinutesOutcome(logger, item.ActivityId, "no minutes file");
            yield break;
        }

        await presenter.AnswerAsync(item, Replies.Text(item.Conversation, language.Texts.Replies.Reading), cancellationToken);
        foreach (var file in files)
        {
            if (await ChannelFileAsync(item, groupId, work, file, language, cancellationToken) is { } bytes)
            {
                yield return new FetchedMinutes(item, work with { FileName = file.Name }, file.Name, bytes, file.ContentUrl.AbsoluteUri);
            }
        }
    }

    private async Task<byte[]?> ChannelFileAsync(BackgroundWorkItem item, string groupId, MinutesWork work, ChannelFileReference file, Language language, CancellationToken cancellationToken)
    {
        try
        {
            return await _graph!.DownloadChannelFileAsync(groupId, work.ChannelId, file, limits.Value.MaxFileBytes, cancellationToken);
        }
        catch (FileTooLargeException ex)
        {
            await presenter.UnreadableAsync(item, language, ex.Text, cancellationToken);
            return null;
        }
    }

    private async Task<FetchedMinutes?> FilesTabAsync(BackgroundWorkItem item, MinutesWork work, Language language, CancellationToken cancellationToken)
    {
        if (_graph is null || work.DriveId is null || work.ItemId is null)
        {
            Log.GraphAbsent(logger, item.ActivityId);
            return null;
        }

        var name = work.FileName ?? work.ItemId;
        var bytes = await _graph.DownloadAsync(work.DriveId, work.ItemId, name, work.Size, limits.Value.MaxFileBytes, cancellationToken);

        // No message was posted with the file: the bot's own notice opens the thread the cards go into.
        var posted = await connector.SendToConversationAsync(item.Conversation, Replies.Text(item.Conversation, language.Texts.Replies.Reading), cancellationToken);
        var thread = posted.Id is null ? item : item with { Conversation = item.Conversation with { ActivityId = posted.Id } };
        return new FetchedMinutes(thread, work, name, bytes);
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
}
