using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBot.Cards;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Teams.Intake;
using TeamsBot.Work;
using Xunit.Abstractions;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Azurite stopped under a running bot: /healthz says so, activities are answered without waiting on the store, and
/// minutes pasted meanwhile are read once it is back.
/// </summary>
public sealed class FaultStorageTests(ITestOutputHelper output)
{
    /// <summary>Only against a hang: the behaviour asserted is that the store's calls were cut, not a speed.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(5);

    private const string StorageBusyNl = "Even geduld: de opslag reageert nu niet. Probeer het zo nog eens.";
    private const string StorageBusyEn = "One moment: storage is not responding right now. Please try again shortly.";

    [Fact]
    public async Task StorageStoppedAndRestarted_HealthFollowsAndPastedMinutesAreReadOnce()
    {
        await using var azurite = new StoppableAzurite();
        await azurite.StartAsync();
        var settings = new Dictionary<string, string?>(FaultConnectorTests.FastRetries)
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:MaxRetries"] = "0",
            ["BackgroundWork:EnqueueTimeout"] = "00:00:01",
            ["BackgroundWork:MaxAttempts"] = "50",
        };
        await using var app = new IntakeApp(settings: settings);
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(app));

        await azurite.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await HealthAsync(app));
        using var posted = await app.PostAsync(FaultConnectorTests.Pasted(app, "tenant-storage-down"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(0, FaultConnectorTests.Delivered(app));

        await azurite.StartAsync();
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(app));
        await app.WaitForAsync(_ => FaultConnectorTests.Delivered(app) >= 1);
        await Task.Delay(500);
        Assert.Equal(1, FaultConnectorTests.Delivered(app));
        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StorageStopped_ActivitiesAreAnsweredWithoutWaitingOnIt_AndPastedMinutesAreReadWhenItIsBack()
    {
        await using var azurite = new StoppableAzurite();
        await azurite.StartAsync();
        var logs = new PrivacyLogCapture();
        var settings = new Dictionary<string, string?>(FaultConnectorTests.FastRetries)
        {
            // The storage client's own retries (3, with backoff) and the queue's 4 s enqueue wait stay as in
            // production: the request's storage timeout (1.5 s by default) is what must cut them.
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["BackgroundWork:MaxAttempts"] = "50",
        };
        await using var app = new IntakeApp(settings: settings, services: s => s.AddSingleton<ILoggerProvider>(logs));
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(app));
        // Warm up the pipeline and the stand-in connector (their first answer took seconds on a busy machine): the hang
        // guard is for the answers while the store is down.
        using (var warmUp = await app.PostAsync(Personal(app, "help", "en-US")))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        await azurite.StopAsync();

        var pasted = FaultConnectorTests.Pasted(app, "tenant-ack");
        var conversation = pasted["conversation"]!["id"]!.GetValue<string>();
        await PostAndTimeAsync(app, "pasted minutes", pasted);
        // The sample minutes are Dutch: their words, not the English client, choose the language.
        Assert.Contains(RepliesIn(app, conversation), t => t == "Ik lees de notulen…");
        Assert.Equal(1, app.Services.GetRequiredService<DurableBackgroundWorkQueue>().UnsavedCount);
        // The de-dup claim was cut by the request's timeout (the client was still retrying), not failed by the client.
        Assert.Contains(logs.Entries, e => e.Category.EndsWith("RequestBoundDocumentStore", StringComparison.Ordinal) && e.Text.Contains("Storage:RequestTimeout", StringComparison.Ordinal)
            && e.Text.Contains("Canceled", StringComparison.Ordinal));

        var mine = Personal(app, "mijn acties", "en-US");
        await PostAndTimeAsync(app, "mijn acties", mine);
        Assert.Equal([StorageBusyNl], RepliesIn(app, mine["conversation"]!["id"]!.GetValue<string>()));

        var myActions = Personal(app, "my actions", "nl-NL");
        await PostAndTimeAsync(app, "my actions", myActions);
        Assert.Equal([StorageBusyEn], RepliesIn(app, myActions["conversation"]!["id"]!.GetValue<string>()));

        var button = app.Activity("adaptive-card-action.json", "tenant-ack", $"a:{Guid.NewGuid()}", "nl-NL");
        button["value"]!["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = CardVerbs.Refresh,
            ["data"] = new JsonObject { [CardVerbs.View] = CardVerbs.ViewName(CardView.MyActions) },
        };
        var answer = await PostAndTimeAsync(app, "refresh my actions (button)", button);
        Assert.Contains(StorageBusyNl, answer, StringComparison.Ordinal);

        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(0, FaultConnectorTests.Delivered(app));

        // Nothing is lost: the work kept in memory is stored and run once the store is back.
        await azurite.StartAsync();
        await app.WaitForAsync(_ => FaultConnectorTests.Delivered(app) >= 1);
        await app.WaitUntilIdleAsync();
        var queue = app.Services.GetRequiredService<DurableBackgroundWorkQueue>();
        Assert.True(await DurableQueueTests.WaitUntilAsync(() => Task.FromResult(queue.Depth == 0)), "work is left in the queue");
        Assert.Equal(1, FaultConnectorTests.Delivered(app));
        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
    }

    /// <summary>Posts, asserts 200 within the hang guard, reports the time, and returns the body.</summary>
    private async Task<string> PostAndTimeAsync(IntakeApp app, string what, JsonNode activity)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await app.PostAsync(activity).WaitAsync(HangGuard);
        output.WriteLine($"{what}: answered {(int)response.StatusCode} after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static JsonNode Personal(IntakeApp app, string text, string locale)
    {
        var activity = app.Activity("personal-message.json", "tenant-ack", $"a:{Guid.NewGuid()}", locale);
        activity["text"] = text;
        return activity;
    }

    private static List<string> RepliesIn(IntakeApp app, string conversationId) =>
        [.. app.Sent().Where(x => Uri.UnescapeDataString(x.Path).Contains(conversationId, StringComparison.Ordinal)).Select(x => IntakeApp.Text(x.Body))];

    private static async Task<HttpStatusCode> HealthAsync(IntakeApp app)
    {
        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return response.StatusCode;
    }
}

