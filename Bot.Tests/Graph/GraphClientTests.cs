using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using TeamsBot.Graph;

namespace TeamsBot.Tests.Graph;

public sealed class GraphClientTests
{
    private const string Group = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";
    private const string Channel = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2";
    private const string Drive = "b!CbtYWrofwUGBJWnaJkNwoNrBLp_kC3RKklSXPwrdeP3yH8_qmH9xT5Y6RODPNfYI";
    private const string Folder = "01RWFXFJG3UYRHE3PBAFCKJPYNHUUGJVIQ";
    private const string FileItem = "01RWFXFJBKNZFV4PY5KJGI2CQLNMOJ6BZR";

    [Fact]
    public async Task GetMessageFiles_ChannelPost_ReturnsOnlyTheReferencedFiles()
    {
        var graph = new RecordedGraph().Answer($"/v1.0/teams/{Group}/channels/{Channel}/messages/1685016741623", "channel-message-with-file.json");

        var files = await graph.Client().GetMessageFilesAsync(Group, Channel, "1685016741623", null, CancellationToken.None);

        var file = Assert.Single(files);
        Assert.Equal("Notulen stuurgroep 24 mei.docx", file.Name);
        Assert.Equal("contoso.sharepoint.com", file.ContentUrl.Host);
    }

    [Fact]
    public async Task GetMessageFiles_ReplyInThread_AsksThroughTheRootPost()
    {
        var graph = new RecordedGraph().Answer($"/v1.0/teams/{Group}/channels/{Channel}/messages/1685000000000/replies/1685016741623", "channel-message-with-file.json");

        var files = await graph.Client().GetMessageFilesAsync(Group, Channel, "1685016741623", "1685000000000", CancellationToken.None);

        Assert.Single(files);
        Assert.Contains("/replies/1685016741623", RecordedGraph.Decoded(Assert.Single(graph.Requests).RequestUri!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadChannelFile_ResolvesThePathInsideTheChannelFolder()
    {
        var bytes = "PK\u0003\u0004 minutes"u8.ToArray();
        var graph = new RecordedGraph()
            .Answer($"/v1.0/teams/{Group}/channels/{Channel}/filesFolder", "channel-files-folder.json")
            .Answer($"/v1.0/drives/{Drive}/items/{Folder}:/Notulen/Notulen stuurgroep 24 mei.docx:", "drive-item-by-path.json")
            .AnswerBytes($"/v1.0/drives/{Drive}/items/{FileItem}/content", bytes);
        var reference = new ChannelFileReference("Notulen stuurgroep 24 mei.docx",
            new Uri("https://contoso.sharepoint.com/sites/StuurgroepStadspartners/Shared%20Documents/Algemeen/Notulen/Notulen%20stuurgroep%2024%20mei.docx"));

        var downloaded = await graph.Client().DownloadChannelFileAsync(Group, Channel, reference, 1024 * 1024, CancellationToken.None);

        Assert.Equal(bytes, downloaded);
        Assert.Equal(3, graph.Requests.Count);
    }

    [Fact]
    public async Task DownloadChannelFile_LinkOutsideTheChannelFolder_IsRefusedWithoutDownloading()
    {
        var graph = new RecordedGraph().Answer($"/v1.0/teams/{Group}/channels/{Channel}/filesFolder", "channel-files-folder.json");
        var elsewhere = new ChannelFileReference("salarissen.xlsx", new Uri("https://contoso.sharepoint.com/sites/HR/Shared%20Documents/salarissen.xlsx"));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            graph.Client().DownloadChannelFileAsync(Group, Channel, elsewhere, 1024 * 1024, CancellationToken.None));
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Download_FileLargerThanTheLimitByItsSize_IsRefusedBeforeAsking()
    {
        var graph = new RecordedGraph();

        await Assert.ThrowsAsync<FileTooLargeException>(() =>
            graph.Client().DownloadAsync(Drive, FileItem, "big.pdf", knownSize: 50_000_000, maxBytes: 20_000_000, CancellationToken.None));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task Download_ContentLongerThanTheLimit_StopsWhileStreaming()
    {
        var graph = new RecordedGraph().AnswerBytes($"/v1.0/drives/{Drive}/items/{FileItem}/content", new byte[300_000]);

        var error = await Assert.ThrowsAsync<FileTooLargeException>(() =>
            graph.Client().DownloadAsync(Drive, FileItem, "notulen.pdf", knownSize: null, maxBytes: 100_000, CancellationToken.None));
        Assert.Equal(100_000, error.Limit);
    }

    [Fact]
    public async Task GetFolderChanges_FollowsPages_DropsFoldersAndDeletedFiles_KeepsLastVersion()
    {
        var graph = new RecordedGraph()
            .Answer($"/v1.0/drives/{Drive}/items/{Folder}/delta?token=", "folder-delta-page2.json")
            .Answer($"/v1.0/drives/{Drive}/items/{Folder}/delta", "folder-delta-page1.json");

        var changes = await graph.Client().GetFolderChangesAsync(new ChannelFolder(Drive, Folder, null), null, CancellationToken.None);

        var file = Assert.Single(changes.Files);
        Assert.Equal("Notulen stuurgroep 24 mei.docx", file.Name);
        Assert.Equal(12311, file.Size);
        Assert.EndsWith("token=MzslMjM0OyUyMzE7Mzs4ZmU", changes.DeltaLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFolderChanges_WithADeltaLink_ResumesFromIt()
    {
        const string deltaLink = $"https://graph.microsoft.com/v1.0/drives/{Drive}/items/{Folder}/delta?token=MzslMjM0OyUyMzE7Mzs4ZmU";
        var graph = new RecordedGraph().Answer($"/v1.0/drives/{Drive}/items/{Folder}/delta?token=MzslMjM0OyUyMzE7Mzs4ZmU", "folder-delta-page2.json");

        var changes = await graph.Client().GetFolderChangesAsync(new ChannelFolder(Drive, Folder, null), deltaLink, CancellationToken.None);

        Assert.Single(changes.Files);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task GetCalendar_ReadsOccurrencesInUtc_SkipsCancelled()
    {
        var graph = new RecordedGraph().Answer($"/v1.0/groups/{Group}/calendarView", "group-calendar-view.json");
        var from = new DateTimeOffset(2023, 5, 25, 0, 0, 0, TimeSpan.Zero);

        var occurrences = await graph.Client().GetCalendarAsync(Group, from, from.AddDays(60), CancellationToken.None);

        var meeting = Assert.Single(occurrences);
        Assert.Equal("Stuurgroep Stadspartners", meeting.Subject);
        Assert.Equal(new DateTimeOffset(2023, 6, 21, 11, 30, 0, TimeSpan.Zero), meeting.Start);
        Assert.NotNull(meeting.SeriesMasterId);
        var request = Assert.Single(graph.Requests);
        Assert.Contains("outlook.timezone=\"UTC\"", request.Headers.GetValues("Prefer"));
        Assert.Contains("startDateTime=2023-05-25T00:00:00", RecordedGraph.Decoded(request.RequestUri!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessDenied_IsRecognisedAsNotWorthRetrying()
    {
        var graph = new RecordedGraph().Answer(_ => true, () => RecordedGraph.Json(
            """{"error":{"code":"Forbidden","message":"Missing role permissions on the request."}}""", HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Client().GetCalendarAsync(Group, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), CancellationToken.None));

        Assert.True(GraphClient.IsAccessDenied(error));
    }
}
