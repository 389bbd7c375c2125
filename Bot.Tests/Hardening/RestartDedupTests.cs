using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Samples;
using TeamsBot.Storage;
using TeamsBot.Tests.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Hardening II, point 4: on the file-system store a re-send that arrives after a restart is recognised. The whole app
/// takes pasted minutes, answers "Ik lees de notulen…" and the review card, and stops; a new host on the same folder
/// then gets the same activity again (Teams re-sending what it saw no answer to) and answers nothing.
/// </summary>
public sealed class RestartDedupTests : IDisposable
{
    private const string ReadingNotice = "Ik lees de notulen…";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("restart-dedup-");
    private readonly WireMockServer _connector = WireMockServer.Start();

    public RestartDedupTests()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1700000000001" }));
    }

    [Fact]
    public async Task SameMessageAfterARestart_IsHandledOnce()
    {
        var paste = Paste();
        await using (var before = Start())
        {
            using var client = before.CreateClient();
            Assert.Equal(200, await PostAsync(client, paste));
            Assert.True(await DurableQueueTests.WaitUntilAsync(() => Task.FromResult(Replies().Any(r => r["attachments"] is not null))), "no review card");
            var store = before.Services.GetRequiredService<IDocumentStore>();
            Assert.True(await DurableQueueTests.WaitUntilAsync(async () => await DurableQueueTests.PendingAsync(store) == 0), "the work was not finished");
        }

        var sentBefore = Replies().Count;
        await using (var after = Start())
        {
            using var client = after.CreateClient();
            Assert.Equal(200, await PostAsync(client, paste));
            Assert.Equal(200, await PostAsync(client, paste));
        }

        Assert.Equal(sentBefore, Replies().Count);
        Assert.Single(Replies(), r => r["text"]?.GetValue<string>() == ReadingNotice);
    }

    [Fact]
    public async Task AnotherMessageAfterARestart_IsHandled()
    {
        var help = Paste();
        help["text"] = "help";
        await using (var before = Start())
        {
            using var client = before.CreateClient();
            await PostAsync(client, help);
        }

        var other = help.DeepClone().AsObject();
        other["id"] = Guid.NewGuid().ToString();
        await using (var after = Start())
        {
            using var client = after.CreateClient();
            await PostAsync(client, other);
        }

        Assert.Equal(2, Replies().Count);
    }

    public void Dispose()
    {
        _connector.Stop();
        _connector.Dispose();
        _folder.Delete(recursive: true);
    }

    private BotApp Start() => new(new Dictionary<string, string?>
    {
        ["Bot:Authentication"] = "None",
        ["urls"] = "http://127.0.0.1:3978",
        ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
        ["Bot:TenantId"] = "tenant",
        ["Storage:Folder"] = _folder.FullName,
    });

    private JsonObject Paste()
    {
        var activity = TeamsFixtures.Addressed("personal-message.json", _connector.Url + "/_connector", "28:11111111-2222-3333-4444-555555555555", "aad-restart", "tenant-restart");
        activity["locale"] = "nl-NL";
        activity["text"] = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        activity["conversation"]!["id"] = "a:personal-restart";
        return activity;
    }

    private List<JsonNode> Replies() =>
        [.. _connector.LogEntries.Where(e => !string.IsNullOrEmpty(e.RequestMessage.Body)).Select(e => JsonNode.Parse(e.RequestMessage.Body!)!)];

    private static async Task<int> PostAsync(HttpClient client, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return (int)response.StatusCode;
    }
}
