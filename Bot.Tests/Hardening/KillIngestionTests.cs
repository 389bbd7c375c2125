using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TeamsBot.Followup;
using TeamsBot.Samples;
using TeamsBot.Storage;
using TeamsBot.Tests.Teams;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// The real Bot.dll killed (whole process tree) while it sends the review card of pasted minutes, then started again
/// on the same folder: the meeting is complete, the stored work is finished by the second process, and the card the
/// first process never got an answer for is delivered exactly once.
/// </summary>
public sealed class KillIngestionTests : IAsyncDisposable
{
    private const string Tenant = "tenant-kill";
    private readonly KillScene _scene = new("kill-");
    private volatile bool _hangCards = true;
    private int _cardsDelivered;
    private int _cardsHanging;

    private async Task StartConnectorAsync()
    {
        await _scene.StartConnectorAsync(connector => connector.MapPost("/{**path}", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            if (body.Contains("review.publish", StringComparison.Ordinal))
            {
                if (_hangCards)
                {
                    Interlocked.Increment(ref _cardsHanging);
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }

                Interlocked.Increment(ref _cardsDelivered);
            }

            return Results.Json(new { id = "1700000000001" }, statusCode: 201);
        }));
    }

    [Fact]
    public async Task KilledWhileSendingTheCard_RestartFinishesTheWorkWithOneCard()
    {
        await StartConnectorAsync();
        var first = await StartBotAsync();
        var activity = JsonNode.Parse(TeamsFixtures.Read("personal-message.json"))!;
        var conversationId = $"a:{Guid.NewGuid()}";
        var text = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        activity["id"] = Guid.NewGuid().ToString();
        activity["serviceUrl"] = _scene.ConnectorUrl;
        activity["conversation"]!["id"] = conversationId;
        activity["conversation"]!["tenantId"] = Tenant;
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = Tenant };
        activity["text"] = text;
        using var http = new HttpClient();
        using (var posted = await http.PostAsync(new Uri($"http://127.0.0.1:{first.Port}/api/messages"), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        Assert.True(await DurableQueueTests.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref _cardsHanging) > 0)), "the first process never sent the card");
        await first.KillAsync();

        var store = new FileSystemDocumentStore(_scene.Folder.FullName);
        var meetingKey = await MeetingAsync(store, conversationId, text);
        Assert.NotNull(meetingKey);
        Assert.Equal(1, await DurableQueueTests.PendingAsync(store));

        _hangCards = false;
        var second = await StartBotAsync();
        Assert.True(await DurableQueueTests.WaitUntilAsync(async () => await DurableQueueTests.PendingAsync(store) == 0), "the second process did not finish the work");
        await Task.Delay(500);
        Assert.Equal(1, Volatile.Read(ref _cardsDelivered));
        Assert.Equal(meetingKey, await MeetingAsync(store, conversationId, text));
        Assert.Empty(await DurableQueueTests.KeysAsync(store, TeamsBot.Work.DurableBackgroundWorkQueue.DeadPrefix));
        await second.KillAsync();
    }

    /// <summary>The stored meeting of these minutes with its item count, or null: "complete" means every item is there.</summary>
    private static async Task<string?> MeetingAsync(FileSystemDocumentStore store, string teamId, string text)
    {
        var meetingId = FollowupIds.MeetingId(Tenant, teamId, FollowupIds.ContentHash(Encoding.UTF8.GetBytes(text)));
        var key = FollowupKeys.Meeting(Tenant, teamId, meetingId);
        if (await store.ReadAsync(key, CancellationToken.None) is not { } document)
        {
            return null;
        }

        var meeting = JsonNode.Parse(document.Content.Span)!;
        var items = meeting["items"]!.AsArray().Count;
        Assert.True(items > 0, "a stored meeting without its items");
        return $"{key}:{items}";
    }

    private Task<BotProcess> StartBotAsync()
    {
        return _scene.StartBotAsync(new Dictionary<string, string>
        {
            ["BackgroundWork__LeaseDuration"] = "00:00:02",
            ["BackgroundWork__PollInterval"] = "00:00:00.200",
            ["BackgroundWork__FirstBackoff"] = "00:00:00.200",
        });
    }

    public ValueTask DisposeAsync() => _scene.DisposeAsync();
}
