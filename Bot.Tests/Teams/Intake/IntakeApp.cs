using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Followup;
using TeamsBot.Samples;
using TeamsBot.Storage;
using TeamsBot.Tests.Graph;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// The whole bot in local mode with the intake: a WireMock connector (replies, 1:1 conversations, the team roster,
/// team details), a loopback file server for personal-chat downloads, and optionally recorded Graph.
/// </summary>
internal sealed partial class IntakeApp : IAsyncDisposable
{
    public const string TeamId = "19:stuurgroepteam@thread.tacv2";
    public const string GroupId = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";

    private readonly BotApp _app;

    public IntakeApp(RecordedGraph? graph = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Connector.Given(Request.Create().UsingPost().WithPath("/v3/conversations"))
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = ReviewChat }));
        Connector.Given(Request.Create().UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1700000000001" }));
        Connector.Given(Request.Create().UsingPut().WithPath("/v3/conversations/*/activities/*"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "1700000000001" }));
        Connector.Given(Request.Create().UsingGet().WithPath("/v3/conversations/*/pagedmembers"))
            .RespondWith(Response.Create().WithBodyAsJson(new
            {
                members = new[]
                {
                    new { id = "29:1annet-user", name = "Annet de Groot", aadObjectId = ChannelIntakeTests.Uploader, email = "annet@contoso.nl" },
                    new { id = "29:2stef-user", name = "Stef Fleischeuer", aadObjectId = Stef, email = "stef@contoso.nl" },
                },
            }));
        Connector.Given(Request.Create().UsingGet().WithPath("/v3/teams/*"))
            .RespondWith(Response.Create().WithBodyAsJson(new { id = TeamId, name = "Stuurgroep", aadGroupId = GroupId }));
        Files.Given(Request.Create().UsingGet().WithPath("/files/notulen.docx"))
            .RespondWith(Response.Create().WithBody(SampleMinutes.Bytes(".docx")));
        Files.Given(Request.Create().UsingGet().WithPath("/files/kapot.docx"))
            .RespondWith(Response.Create().WithBody("PK\u0003\u0004 this is not a real word file"));

        var all = new Dictionary<string, string?>
        {
            ["Bot:Authentication"] = "None",
            ["urls"] = "http://127.0.0.1:3978",
            ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot:TenantId"] = "tenant",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _app = new BotApp(all, services: collection =>
        {
            if (graph is not null)
            {
                collection.AddSingleton(graph.Client());
            }

            services?.Invoke(collection);
        });
        Client = _app.CreateClient();
    }

    public WireMockServer Connector { get; } = WireMockServer.Start();

    public WireMockServer Files { get; } = WireMockServer.Start();

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string ServiceUrl => Connector.Url!;

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        return await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>A recorded activity with a fresh id, this tenant and conversation, and the stub connector.</summary>
    public JsonNode Activity(string fixture, string tenantId, string? conversationId = null, string? locale = null)
    {
        var activity = JsonNode.Parse(TeamsFixtures.Read(fixture))!;
        if (activity["type"]?.GetValue<string>() != "message" || activity["conversation"]?["conversationType"]?.GetValue<string>() != "channel")
        {
            activity["id"] = Guid.NewGuid().ToString();
        }

        activity["serviceUrl"] = ServiceUrl;
        activity["conversation"]!["tenantId"] = tenantId;
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = tenantId };
        if (conversationId is not null)
        {
            activity["conversation"]!["id"] = conversationId;
        }

        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    /// <summary>Stores the bot's installation in a team and the team's roster, as the install event would.</summary>
    public async Task InstallTeamAsync(string tenantId, string teamId, string name, string channelId, params RosterMember[] roster)
    {
        var installations = Services.GetRequiredService<Installations>();
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await installations.RecordTeamAsync(new TeamInstallation(tenantId, teamId, null, name, ServiceUrl, channelId, now), CancellationToken.None);
        await installations.SaveRosterAsync(tenantId, teamId, new TeamRoster(roster, now), CancellationToken.None);
    }

    /// <summary>The bodies the bot sent to the connector, oldest first.</summary>
    public List<(string Method, string Path, JsonNode Body)> Sent() =>
        [.. Connector.LogEntries
            .Where(e => !string.IsNullOrEmpty(e.RequestMessage.Body))
            .Select(e => (e.RequestMessage.Method, e.RequestMessage.Path, JsonNode.Parse(e.RequestMessage.Body!)!))];

    /// <summary>Waits (generously) until the bot has sent what <paramref name="condition"/> looks for.</summary>
    public async Task<List<(string Method, string Path, JsonNode Body)>> WaitForAsync(Func<List<(string Method, string Path, JsonNode Body)>, bool> condition)
    {
        for (var i = 0; i < 600; i++)
        {
            var sent = Sent();
            if (condition(sent))
            {
                return sent;
            }

            await Task.Delay(50);
        }

        return Sent();
    }

    /// <summary>Waits (generously) until no queued work is left: everything the work sends has been sent.</summary>
    public async Task WaitUntilIdleAsync()
    {
        var store = Services.GetRequiredService<IDocumentStore>();
        Assert.True(await Hardening.DurableQueueTests.WaitUntilAsync(async () => await Hardening.DurableQueueTests.PendingAsync(store) == 0), "the queued work was not finished");
    }

    public static string Text(JsonNode body) => body["text"]?.GetValue<string>() ?? string.Empty;

    public static bool HasCardWith(JsonNode body, string fragment) =>
        body["attachments"]?[0]?["content"]?.ToJsonString().Contains(fragment, StringComparison.Ordinal) == true;

    /// <summary>What Teams sends for an Action.Execute: the action's data with every input of the card merged in.</summary>
    public static JsonObject Submitted(JsonNode card, string verb)
    {
        var data = (JsonObject)CardNodes.FindAction(card, verb)!["data"]!.DeepClone();
        foreach (var input in Inputs(card))
        {
            data[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() ?? "";
        }

        return data;
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) == true && o["id"] is not null => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Connector.Stop();
        Connector.Dispose();
        Files.Stop();
        Files.Dispose();
    }
}
