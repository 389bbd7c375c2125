using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Samples;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Graph;

namespace TeamsBot.Tests.Teams.Intake;

public sealed class FilesTabSweepTests
{
    private const string Drive = "b!CbtYWrofwUGBJWnaJkNwoNrBLp_kC3RKklSXPwrdeP3yH8_qmH9xT5Y6RODPNfYI";
    private const string Folder = "01RWFXFJG3UYRHE3PBAFCKJPYNHUUGJVIQ";
    private const string FileItem = "01RWFXFJBKNZFV4PY5KJGI2CQLNMOJ6BZR";

    [Fact]
    public async Task FirstSweepSetsTheBaseline_NextSweepReadsNewMinutesAndPostsTheSummaryInTheChannel()
    {
        var graph = new RecordedGraph()
            .Answer($"/v1.0/teams/{IntakeApp.GroupId}/channels/{IntakeApp.Channel}/filesFolder", "channel-files-folder.json")
            .Answer($"/v1.0/drives/{Drive}/items/{Folder}/delta?token=MzslMjM0OyUyMzE7Mzs4ZmU", "folder-delta-page2.json")
            .Answer($"/v1.0/drives/{Drive}/items/{Folder}/delta?token=", "folder-delta-page2.json")
            .Answer($"/v1.0/drives/{Drive}/items/{Folder}/delta", "folder-delta-page1.json")
            .AnswerBytes($"/v1.0/drives/{Drive}/items/{FileItem}/content", SampleMinutes.Bytes(".docx"));
        await using var app = new IntakeApp(graph);
        var tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];
        await app.Services.GetRequiredService<Installations>().RecordTeamAsync(
            new TeamInstallation(tenant, IntakeApp.TeamId, IntakeApp.GroupId, "Stuurgroep", app.ServiceUrl, IntakeApp.Channel, TimeProvider.System.GetUtcNow()), CancellationToken.None);
        var sweep = app.Services.GetRequiredService<FilesTabSweep>();

        var baseline = await sweep.SweepAsync(CancellationToken.None);
        var next = await sweep.SweepAsync(CancellationToken.None);

        Assert.Equal(0, baseline);
        Assert.Equal(1, next);
        var sent = await app.WaitForAsync(s => s.Any(x => IntakeApp.HasCardWith(x.Body, "Stuurgroep")));
        Assert.Equal("Ik lees de notulen…", IntakeApp.Text(sent[0].Body));
        Assert.Equal($"/v3/conversations/{IntakeApp.Channel}/activities", Uri.UnescapeDataString(sent[0].Path));
        var summary = Assert.Single(sent, x => IntakeApp.HasCardWith(x.Body, "Stuurgroep"));
        Assert.Null(CardNodes.FindAction(summary.Body, CardVerbs.ReviewPublish));
        Assert.Equal($"/v3/conversations/{IntakeApp.Channel}/activities/1700000000001", Uri.UnescapeDataString(summary.Path));
        Assert.Contains(graph.Requests, r => RecordedGraph.Decoded(r.RequestUri!).Contains("delta?token=MzslMjM0OyUyMzE7Mzs4ZmU", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutGraph_TheSweepDoesNothing()
    {
        await using var app = new IntakeApp();
        var tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];
        await app.Services.GetRequiredService<Installations>().RecordTeamAsync(
            new TeamInstallation(tenant, IntakeApp.TeamId, IntakeApp.GroupId, "Stuurgroep", app.ServiceUrl, IntakeApp.Channel, TimeProvider.System.GetUtcNow()), CancellationToken.None);

        Assert.Equal(0, await app.Services.GetRequiredService<FilesTabSweep>().SweepAsync(CancellationToken.None));
        Assert.Empty(app.Sent());
    }
}
