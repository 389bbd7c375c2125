namespace TeamsBot.Graph;

/// <summary>A file a channel message links to (a Graph chatMessage attachment of type <c>reference</c>).</summary>
public sealed record ChannelFileReference(string Name, Uri ContentUrl);

/// <summary>A file in a channel's folder, as the delta sweep reports it.</summary>
public sealed record ChannelFile(string DriveId, string ItemId, string Name, long Size, string? ETag, Uri? WebUrl, DateTimeOffset? LastModified);

/// <summary>The files that changed in a channel's folder since the last sweep, and where the next sweep starts.</summary>
public sealed record FolderChanges(IReadOnlyList<ChannelFile> Files, string? DeltaLink);

/// <summary>A channel's document folder: the drive and the folder item that hold its files.</summary>
public sealed record ChannelFolder(string DriveId, string FolderId, Uri? WebUrl);

/// <summary>One occurrence on a team's group calendar.</summary>
public sealed record CalendarOccurrence(
    string Id,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsOnlineMeeting,
    string? SeriesMasterId);

/// <summary>A file that is larger than the bot will download; <see cref="Text"/> says so to the sender in English and Dutch.</summary>
public sealed class FileTooLargeException : IOException
{
    public FileTooLargeException(string name, long limit)
        : this(Minutes.RefusalTexts.LargerThanDownload(name, limit)) => Limit = limit;

    public FileTooLargeException() : this("The file is too large.") { }

    public FileTooLargeException(string message) : this(Minutes.RefusalTexts.Unspecified(message)) { }

    public FileTooLargeException(string message, Exception innerException) : base(message, innerException) => Text = Minutes.RefusalTexts.Unspecified(message);

    private FileTooLargeException(Minutes.RefusalText text) : base(text.ToString()) => Text = text;

    public long Limit { get; }

    public Minutes.RefusalText Text { get; }
}
