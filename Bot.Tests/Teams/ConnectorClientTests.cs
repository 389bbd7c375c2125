using System.Net;
using System.Text.Json;
using AccessToken = Azure.Core.AccessToken;
using TokenCredential = Azure.Core.TokenCredential;
using TokenRequestContext = Azure.Core.TokenRequestContext;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Teams;

public sealed class ConnectorClientTests : IDisposable
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly WireMockServer _connector = WireMockServer.Start();
    private readonly FakeTimeProvider _time = new();
    private readonly HttpClient _http;
    private readonly ConnectorClient _client;

    public ConnectorClientTests()
    {
        var options = Options.Create(new BotOptions { MaxRetries = 3, MaxRetryDelay = TimeSpan.FromSeconds(30) });
        var pipeline = new ConnectorRetryHandler(_time, options, NullLogger<ConnectorRetryHandler>.Instance)
        {
            InnerHandler = new ConnectorAuthenticationHandler(new ServiceUrlTrust(options), new ConnectorCredential(new FixedTokenCredential()))
            {
                InnerHandler = new EveryHostToStub(new Uri(_connector.Url!)) { InnerHandler = new SocketsHttpHandler() },
            },
        };
        _http = new HttpClient(pipeline);
        _client = new ConnectorClient(_http);
    }

    public void Dispose()
    {
        _http.Dispose();
        _connector.Stop();
        _connector.Dispose();
    }

    [Fact]
    public async Task ReplyToActivity_TeamsHost_PostsTheActivityWithTheBotToken()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1759" }));

        var response = await _client.ReplyToActivityAsync(new Uri(TeamsServiceUrl), "a:1qhN", "1750", Text("hi"), CancellationToken.None);

        Assert.Equal("1759", response.Id);
        var request = Assert.Single(_connector.LogEntries).RequestMessage;
        Assert.Equal("/amer/v3/conversations/a:1qhN/activities/1750", request.AbsolutePath);
        Assert.Equal("Bearer test-token", request.Headers?["Authorization"].Single());
        Assert.StartsWith("application/json; charset=utf-8", request.Headers?["Content-Type"].Single(), StringComparison.OrdinalIgnoreCase);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("hi", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("1750", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Theory]
    [InlineData("https://evil.example.com/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("https://localhost:56150/_connector")]
    public async Task SendToConversation_UntrustedHost_SendsNoToken(string serviceUrl)
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1" }));

        await _client.SendToConversationAsync(new Uri(serviceUrl), "19:abc@thread.tacv2", Text("hi"), CancellationToken.None);

        var request = Assert.Single(_connector.LogEntries).RequestMessage;
        Assert.False(request.Headers?.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Reply_PlaygroundAnswers202WithoutBody_GivesNoId()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(202));

        var response = await _client.ReplyToActivityAsync(new Uri("http://localhost:56150/_connector"), "be9f", "d311", Text("card"), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _connector.Given(Request.Create().UsingPost()).InScenario("throttle").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "2"));
        _connector.Given(Request.Create().UsingPost()).InScenario("throttle").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "42" }));

        var send = _client.SendToConversationAsync(new Uri(TeamsServiceUrl), "a:1", Text("hi"), CancellationToken.None);
        var waited = await AdvanceUntilDoneAsync(send);

        Assert.Equal("42", (await send).Id);
        Assert.Equal(2, _connector.LogEntries.Count);
        Assert.True(waited >= TimeSpan.FromSeconds(2), $"retried after {waited}");
    }

    [Fact]
    public async Task Post_503WithoutRetryAfter_IsNotRetried()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(503));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(new Uri(TeamsServiceUrl), "a:1", Text("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Single(_connector.LogEntries);
    }

    [Fact]
    public async Task Post_500_IsNotRetriedAndNamesTheConnectorCode()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(500)
            .WithBodyAsJson(new { error = new { code = "ServiceError", message = "x" } }));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(new Uri(TeamsServiceUrl), "a:1", Text("hi"), CancellationToken.None));

        Assert.Equal("ServiceError", failure.Code);
        Assert.Single(_connector.LogEntries);
    }

    [Fact]
    public async Task Get_503_IsRetriedUpToTheBound()
    {
        _connector.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1"));

        var get = _client.GetTeamDetailsAsync(new Uri(TeamsServiceUrl), "19:team@thread.tacv2", CancellationToken.None);
        await AdvanceUntilDoneAsync(get);

        await Assert.ThrowsAsync<ConnectorException>(() => get);
        Assert.Equal(4, _connector.LogEntries.Count);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanTheLimit_FailsWithoutWaiting()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(new Uri(TeamsServiceUrl), "a:1", Text("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Single(_connector.LogEntries);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivityUrl()
    {
        _connector.Given(Request.Create().UsingPut()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "7" }));
        _connector.Given(Request.Create().UsingDelete()).RespondWith(Response.Create().WithStatusCode(200));

        await _client.UpdateActivityAsync(new Uri(TeamsServiceUrl), "19:c@thread.tacv2", "7", Text("new"), CancellationToken.None);
        await _client.DeleteActivityAsync(new Uri(TeamsServiceUrl), "19:c@thread.tacv2", "7", CancellationToken.None);

        var requests = _connector.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(["PUT /amer/v3/conversations/19:c@thread.tacv2/activities/7", "DELETE /amer/v3/conversations/19:c@thread.tacv2/activities/7"],
            requests.Select(r => $"{r.Method} {r.AbsolutePath}"));
        using var body = JsonDocument.Parse(requests[0].Body!);
        Assert.Equal("7", body.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task CreateConversation_Proactive1on1_PostsBotMembersAndTenant()
    {
        _connector.Given(Request.Create().UsingPost().WithPath("/amer/v3/conversations"))
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "a:new" }));

        var created = await _client.CreateConversationAsync(new Uri(TeamsServiceUrl), new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:app" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tid",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tid" } },
        }, CancellationToken.None);

        Assert.Equal("a:new", created.Id);
        using var body = JsonDocument.Parse(Assert.Single(_connector.LogEntries).RequestMessage.Body!);
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tid", body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
    }

    [Fact]
    public async Task PagedMembers_PassesPageSizeAndContinuation()
    {
        _connector.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(
            """{"members":[{"id":"29:a","name":"Ann","aadObjectId":"g1","userPrincipalName":"ann@contoso.nl"}],"continuationToken":"next"}"""));

        var page = await _client.GetPagedMembersAsync(new Uri(TeamsServiceUrl), "19:team@thread.tacv2", 100, "tok en", CancellationToken.None);

        Assert.Equal("next", page.ContinuationToken);
        Assert.Equal("ann@contoso.nl", Assert.Single(page.Members).UserPrincipalName);
        var request = Assert.Single(_connector.LogEntries).RequestMessage;
        Assert.Equal("/amer/v3/conversations/19:team@thread.tacv2/pagedmembers", request.AbsolutePath);
        Assert.Equal("100", request.Query?["pageSize"].Single());
        Assert.Equal("tok en", request.Query?["continuationToken"].Single());
    }

    [Fact]
    public async Task TeamDetails_GivesTheGraphGroupId()
    {
        _connector.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(
            """{"id":"19:team@thread.tacv2","name":"Stuurgroep","aadGroupId":"8b7a","type":"standard"}"""));

        var team = await _client.GetTeamDetailsAsync(new Uri(TeamsServiceUrl), "19:team@thread.tacv2", CancellationToken.None);

        Assert.Equal("8b7a", team.AadGroupId);
        Assert.Equal("/amer/v3/teams/19:team@thread.tacv2", Assert.Single(_connector.LogEntries).RequestMessage.AbsolutePath);
    }

    [Fact]
    public void Url_ConversationAndActivityIds_AreEscapedAsPathSegments()
    {
        var url = ConnectorClient.Url(new Uri(TeamsServiceUrl), "v3/conversations", "19:c@thread.tacv2;messageid=17", "activities", "17");

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Ac%40thread.tacv2%3Bmessageid%3D17/activities/17", url.AbsoluteUri);
    }

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    // The fake clock moves in small steps until the call completes; the total is how long the client waited.
    private async Task<TimeSpan> AdvanceUntilDoneAsync(Task call)
    {
        var advanced = TimeSpan.Zero;
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            await Task.Delay(5);
            _time.Advance(TimeSpan.FromMilliseconds(100));
            advanced += TimeSpan.FromMilliseconds(100);
        }

        return advanced;
    }

    private sealed class FixedTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("test-token", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Sends every request, whatever its host, to the stub, after the auth handler has decided on the token.</summary>
    private sealed class EveryHostToStub(Uri stub) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = stub.Scheme, Host = stub.Host, Port = stub.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
