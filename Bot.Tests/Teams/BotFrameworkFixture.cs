using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Bench;
using TeamsBot.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Teams;

/// <summary>
/// The bot with authentication on, the Bot Framework metadata and keys on a loopback stub, and the connector as
/// WireMock; the feature handlers of <see cref="TestHandlers"/> registered as a real feature would.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BotFrameworkFixture : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    private BotApp? _app;

    private LoopbackBotFramework? _botFramework;

    internal LoopbackBotFramework BotFramework => _botFramework ?? throw new InvalidOperationException("The fixture has not started.");

    public WireMockServer Connector { get; } = WireMockServer.Start();

    public HttpClient Client { get; private set; } = new(new SocketsHttpHandler());

    public string ServiceUrl => Connector.Url!;

    public async Task InitializeAsync()
    {
        Connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1" }));
        _botFramework = await LoopbackBotFramework.StartAsync();
        _app = new BotApp(Settings(BotFramework), services: services => services
            .AddActivityHandler<ThrowingHandler>()
            .AddActivityHandler<SlowWorkHandler>()
            .AddBackgroundWork<SlowWorkRunner>()
            .AddInvokeHandler<ApproveCardHandler>());
        Client.Dispose();
        Client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_botFramework is not null)
        {
            await _botFramework.DisposeAsync();
        }

        Connector.Stop();
        Connector.Dispose();
    }

    internal static Dictionary<string, string?> Settings(LoopbackBotFramework botFramework) => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:TenantId"] = "6c1d9a4e-2b1f-4d8e-9f3a-7c5b2e1d0a9f",
        ["Bot:Credential:ClientSecret"] = "never-used-on-loopback",
        ["Bot:OpenIdMetadataUrl"] = botFramework.MetadataUrl.AbsoluteUri,
    };

    /// <summary>A personal-chat activity from the recorded fixture, with a fresh id, this text and the stub's serviceUrl.</summary>
    public string Message(string text, string? id = null, string type = "message") => Message(ServiceUrl, text, id, type);

    public static string Message(string serviceUrl, string text, string? id = null, string type = "message")
    {
        var activity = JsonNode.Parse(TeamsFixtures.Read("personal-message.json"))!;
        activity["id"] = id ?? Guid.NewGuid().ToString();
        activity["text"] = text;
        activity["type"] = type;
        activity["serviceUrl"] = serviceUrl;
        return activity.ToJsonString();
    }

    internal string Token(TokenShape? shape = null, string audience = AppId, string? serviceUrl = "") =>
        BotFramework.CreateToken(audience, serviceUrl == string.Empty ? ServiceUrl : serviceUrl, TimeProvider.System.GetUtcNow(), shape);

    public async Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>The bodies the bot posted to the connector for this activity id (replies) or conversation (sends).</summary>
    public IReadOnlyList<JsonNode> SentFor(string activityId) =>
        [.. Connector.LogEntries
            .Where(e => e.RequestMessage.Body is not null && JsonNode.Parse(e.RequestMessage.Body)?["replyToId"]?.GetValue<string>() == activityId)
            .Select(e => JsonNode.Parse(e.RequestMessage.Body!)!)];
}
