using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace TeamsBot.Graph;

/// <summary>
/// The few Microsoft Graph calls the bot needs: the files a channel message links to, their bytes, the changes
/// in a channel's folder (for uploads made in the Files tab), and the team's calendar. Ids are Graph ids: the
/// team is its Entra group id (<c>aadGroupId</c>), not the Bot Framework <c>19:…</c> id.
/// </summary>
public partial class GraphClient(GraphServiceClient graph)
{
    /// <summary>
    /// The files linked from a channel message. A reply in a thread is addressed through its root post:
    /// pass the root's id as <paramref name="rootMessageId"/>.
    /// </summary>
    public virtual async Task<IReadOnlyList<ChannelFileReference>> GetMessageFilesAsync(
        string groupId, string channelId, string messageId, string? rootMessageId, CancellationToken cancellationToken)
    {
        var messages = graph.Teams[groupId].Channels[channelId].Messages;
        var message = rootMessageId is null || rootMessageId == messageId
            ? await messages[messageId].GetAsync(cancellationToken: cancellationToken)
            : await messages[rootMessageId].Replies[messageId].GetAsync(cancellationToken: cancellationToken);
        return FileReferences(message);
    }

    /// <summary>The files linked from a message in a group chat.</summary>
    public virtual async Task<IReadOnlyList<ChannelFileReference>> GetChatMessageFilesAsync(
        string chatId, string messageId, CancellationToken cancellationToken) =>
        FileReferences(await graph.Chats[chatId].Messages[messageId].GetAsync(cancellationToken: cancellationToken));

    /// <summary>The drive and folder that hold a channel's files (works for standard, private and shared channels).</summary>
    public virtual async Task<ChannelFolder> GetChannelFolderAsync(string groupId, string channelId, CancellationToken cancellationToken)
    {
        var folder = await graph.Teams[groupId].Channels[channelId].FilesFolder.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph returned no files folder for the channel.");
        var driveId = folder.ParentReference?.DriveId ?? throw new InvalidOperationException("The channel's files folder has no drive.");
        return new ChannelFolder(driveId, folder.Id!, ToUri(folder.WebUrl));
    }

    /// <summary>
    /// Downloads a file a channel message links to, through the channel's own folder (least privilege:
    /// <c>Files.Read.All</c>), refusing files over <paramref name="maxBytes"/> while streaming.
    /// </summary>
    public virtual async Task<byte[]> DownloadChannelFileAsync(
        string groupId, string channelId, ChannelFileReference file, long maxBytes, CancellationToken cancellationToken)
    {
        var folder = await GetChannelFolderAsync(groupId, channelId, cancellationToken);
        var relativePath = ChannelPaths.RelativeTo(folder.WebUrl, file.ContentUrl)
            ?? throw new InvalidOperationException("The file is not stored in the channel's folder.");
        var item = await graph.Drives[folder.DriveId].Items[folder.FolderId].ItemWithPath(relativePath)
            .GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph did not find the file in the channel's folder.");
        return await DownloadAsync(folder.DriveId, item.Id!, file.Name, item.Size, maxBytes, cancellationToken);
    }

    /// <summary>Downloads a drive item's bytes, refusing files over <paramref name="maxBytes"/> while streaming.</summary>
    public virtual async Task<byte[]> DownloadAsync(
        string driveId, string itemId, string name, long? knownSize, long maxBytes, CancellationToken cancellationToken)
    {
        if (knownSize > maxBytes)
        {
            throw new FileTooLargeException(name, maxBytes);
        }

        await using var content = await graph.Drives[driveId].Items[itemId].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph returned no content for the file.");
        return await BoundedRead.ToArrayAsync(content, name, maxBytes, cancellationToken);
    }

    /// <summary>
    /// The files added or changed in a channel's folder since <paramref name="deltaLink"/> (all files on the first
    /// sweep, when it is null), following every page. Deleted items and folders are left out; an item listed twice
    /// is reported once, as last seen.
    /// </summary>
    public virtual async Task<FolderChanges> GetFolderChangesAsync(ChannelFolder folder, string? deltaLink, CancellationToken cancellationToken)
    {
        var delta = graph.Drives[folder.DriveId].Items[folder.FolderId].Delta;
        var page = deltaLink is null
            ? await delta.GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken)
            : await delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        var files = new Dictionary<string, ChannelFile>(StringComparer.Ordinal);
        string? next = null;
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                if (item.Id is null || item.Folder is not null || item.Deleted is not null || item.File is null)
                {
                    if (item.Id is not null)
                    {
                        files.Remove(item.Id);
                    }

                    continue;
                }

                files[item.Id] = new ChannelFile(folder.DriveId, item.Id, item.Name ?? item.Id, item.Size ?? 0, item.ETag, ToUri(item.WebUrl), item.LastModifiedDateTime);
            }

            next = page.OdataDeltaLink ?? next;
            page = page.OdataNextLink is { } nextLink
                ? await delta.WithUrl(nextLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken)
                : null;
        }

        return new FolderChanges([.. files.Values], next);
    }

    /// <summary>The occurrences on a team's group calendar between two instants, in UTC.</summary>
    public virtual async Task<IReadOnlyList<CalendarOccurrence>> GetCalendarAsync(
        string groupId, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        var view = await graph.Groups[groupId].CalendarView.GetAsync(request =>
        {
            request.QueryParameters.StartDateTime = windowStart.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            request.QueryParameters.EndDateTime = windowEnd.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            request.QueryParameters.Select = ["id", "subject", "start", "end", "isOnlineMeeting", "seriesMasterId", "isCancelled"];
            request.QueryParameters.Top = 100;
            request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        }, cancellationToken);

        var occurrences = new List<CalendarOccurrence>();
        foreach (var e in view?.Value ?? [])
        {
            if (e.IsCancelled == true || e.Id is null || ToInstant(e.Start) is not { } begins || ToInstant(e.End) is not { } ends)
            {
                continue;
            }

            occurrences.Add(new CalendarOccurrence(e.Id, e.Subject ?? "", begins, ends, e.IsOnlineMeeting == true, e.SeriesMasterId));
        }

        return occurrences;
    }

    /// <summary>Whether a Graph failure means the bot lacks the permission or consent (not worth retrying).</summary>
    public static bool IsAccessDenied(Exception exception) =>
        exception is ODataError { ResponseStatusCode: 401 or 403 };

    private static List<ChannelFileReference> FileReferences(ChatMessage? message)
    {
        var files = new List<ChannelFileReference>();
        foreach (var attachment in message?.Attachments ?? [])
        {
            if (attachment.ContentType == "reference" && ToUri(attachment.ContentUrl) is { } url)
            {
                files.Add(new ChannelFileReference(attachment.Name ?? Path.GetFileName(url.LocalPath), url));
            }
        }

        return files;
    }

    private static Uri? ToUri(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    private static DateTimeOffset? ToInstant(DateTimeTimeZone? value) =>
        value?.DateTime is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? new DateTimeOffset(utc, TimeSpan.Zero)
            : null;
}
