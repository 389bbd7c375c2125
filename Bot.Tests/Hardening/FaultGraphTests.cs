using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Storage;
using TeamsBot.Tests.Graph;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Intake;
using TeamsBot.Work;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Microsoft Graph (recorded; it cannot run here) failing while the bot fetches the minutes posted in a channel: a
/// refusal is told in the thread once and not retried; an outage is retried until the minutes are read, one card.
/// </summary>
public sealed class FaultGraphTests
{
    private const string Message = "/messages/1685016741623";

    [Fact]
    public async Task GraphRefusesAccess_ThreadIsToldOnce_NothingRetriedOrLeftQueued()
    {
        var graph = ChannelIntakeTests.MinutesGraph(new RecordedGraph().Answer(
            u => RecordedGraph.Decoded(u).Contains(Message, StringComparison.Ordinal),
            () => RecordedGraph.Json("""{"error":{"code":"Forbidden","message":"Missing role ChannelMessage.Read.Group."}}""", HttpStatusCode.Forbidden)));
        await using var app = new IntakeApp(graph, FaultConnectorTests.FastRetries);

        using var response = await app.PostAsync(app.Activity("channel-file-post.json", ChannelIntakeTests.Tenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.WaitUntilIdleAsync();
        await Task.Delay(500);
        var refusal = Assert.Single(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Ik mag de bestanden van dit kanaal niet lezen", StringComparison.Ordinal));
        Assert.Contains("messageid=1685016741623", Uri.UnescapeDataString(refusal.Path), StringComparison.Ordinal);
        Assert.Single(graph.Requests);
        Assert.DoesNotContain(app.Sent(), x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        Assert.Empty(await DurableQueueTests.KeysAsync(app.Services.GetRequiredService<IDocumentStore>(), DurableBackgroundWorkQueue.DeadPrefix));
    }

    [Fact]
    public async Task GraphUnavailableTwice_WorkIsRetriedAndTheReviewCardArrivesOnce()
    {
        var failures = 0;
        var graph = ChannelIntakeTests.MinutesGraph(new RecordedGraph().Answer(
            u => RecordedGraph.Decoded(u).Contains(Message, StringComparison.Ordinal) && Interlocked.Increment(ref failures) <= 2,
            () => RecordedGraph.Json("""{"error":{"code":"serviceNotAvailable","message":"Try again."}}""", HttpStatusCode.ServiceUnavailable)));
        await using var app = new IntakeApp(graph, FaultConnectorTests.FastRetries);

        await app.PostAsync(app.Activity("channel-file-post.json", ChannelIntakeTests.Tenant));

        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        await app.WaitUntilIdleAsync();
        Assert.Single(app.Sent(), x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        Assert.Equal(3, graph.Requests.Count(r => RecordedGraph.Decoded(r.RequestUri!).Contains(Message, StringComparison.Ordinal)));
        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
    }
}
