using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Bench;
using TeamsBot.Teams;
using TeamsBot.Tests.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// Hardening II, point 5: an activity's <c>serviceUrl</c> decides where the bot posts. In local mode only the configured
/// local connector, or a loopback port other than the bot's own, is taken (the bot posting to itself answered its own
/// answers until it ran out of memory); a missing or unusable one is a 400 with one line, in every mode and
/// environment; and a bug outside Development answers a bare 500, never the developer exception page.
/// </summary>
public sealed class ActivityServiceUrlTests : IDisposable
{
    private const int OwnPort = 3978;
    private readonly WireMockServer _connector = WireMockServer.Start();

    public ActivityServiceUrlTests()
    {
        _connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1" }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://localhost:3978/_connector")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://localhost/")]   // the Host the request came in on (TestServer: localhost, port 80)
    public async Task LocalMode_ServiceUrlOfTheBotItself_Is400AndNothingIsPosted(string serviceUrl)
    {
        await using var app = LocalApp();
        using var client = app.CreateClient();

        var (status, body) = await PostAsync(client, Message(serviceUrl, "help"));

        Assert.Equal(400, status);
        Assert.Equal("Bad activity: serviceUrl is the bot's own address.", body.TrimEnd('\n'));
        Assert.Empty(_connector.LogEntries);
    }

    [Fact]
    public async Task LocalMode_ServiceUrlOffLoopback_Is400()
    {
        await using var app = LocalApp();
        using var client = app.CreateClient();

        var (status, body) = await PostAsync(client, Message("https://smba.trafficmanager.net/emea/", "help"));

        Assert.Equal(400, status);
        Assert.Single(body.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task LocalMode_AnotherLoopbackPort_IsAnswered()
    {
        await using var app = LocalApp();
        using var client = app.CreateClient();

        var (status, _) = await PostAsync(client, Message(_connector.Url + "/_connector", "help"));

        Assert.Equal(200, status);
        Assert.Single(_connector.LogEntries);
    }

    [Fact]
    public async Task LocalMode_WithLocalServiceUrl_TakesThatConnectorOnly()
    {
        using var other = WireMockServer.Start();
        await using var app = LocalApp(new() { ["Bot:LocalServiceUrl"] = _connector.Url + "/_connector" });
        using var client = app.CreateClient();

        var (refused, _) = await PostAsync(client, Message(other.Url + "/_connector", "help"));
        var (accepted, _) = await PostAsync(client, Message(_connector.Url + "/_connector/", "help"));

        Assert.Equal((400, 200), (refused, accepted));
        Assert.Empty(other.LogEntries);
        Assert.Single(_connector.LogEntries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/_connector")]
    [InlineData("ftp://127.0.0.1:2121/")]
    [InlineData("file:///etc/passwd")]
    public async Task LocalMode_InDevelopment_MissingOrInvalidServiceUrl_Is400WithOneLine(string? serviceUrl)
    {
        await using var app = LocalApp();
        using var client = app.CreateClient();

        var (status, body) = await PostAsync(client, Message(serviceUrl, "help"));

        Assert.Equal(400, status);
        Assert.Equal("Bad activity: the activity has no serviceUrl, or it is not an absolute http(s) address.", body.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    public async Task SignedActivity_InProduction_WithAnInvalidServiceUrl_Is400WithOneLine(string serviceUrl)
    {
        await using var botFramework = await LoopbackBotFramework.StartAsync();
        await using var app = new BotApp(BotFrameworkFixture.Settings(botFramework), environment: "Production");
        using var client = app.CreateClient();
        var token = botFramework.CreateToken(BotFrameworkFixture.AppId, serviceUrl, TimeProvider.System.GetUtcNow());

        var (status, body) = await PostAsync(client, Message(serviceUrl, "help"), token);

        Assert.Equal(400, status);
        Assert.Single(body.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BugInProduction_Is500WithoutTheDeveloperExceptionPage()
    {
        await using var botFramework = await LoopbackBotFramework.StartAsync();
        await using var app = new BotApp(BotFrameworkFixture.Settings(botFramework), environment: "Production",
            services: services => services.AddActivityHandler<HandlerWhoseAcceptsThrows>());
        using var client = app.CreateClient();
        var serviceUrl = _connector.Url + "/_connector";
        var token = botFramework.CreateToken(BotFrameworkFixture.AppId, serviceUrl, TimeProvider.System.GetUtcNow());

        var (status, body) = await PostAsync(client, Message(serviceUrl, HandlerWhoseAcceptsThrows.Text), token);

        Assert.Equal(500, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task LocalMode_RealServer_ServiceUrlOfItself_Is400AndTheBotStaysHealthy()
    {
        var folder = Directory.CreateTempSubdirectory("own-serviceurl-");
        try
        {
            await using var bot = await BotProcess.StartAsync(folder.FullName, new Dictionary<string, string>());
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{bot.Port}"), Timeout = TimeSpan.FromSeconds(30) };

            var (status, _) = await PostAsync(client, Message($"http://127.0.0.1:{bot.Port}/", "help"));
            using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

            Assert.Equal(400, status);
            Assert.True(health.IsSuccessStatusCode, bot.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
        _connector.Stop();
        _connector.Dispose();
    }

    private static BotApp LocalApp(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Authentication"] = "None",
            ["urls"] = $"http://127.0.0.1:{OwnPort}",
            ["Bot:AppId"] = BotFrameworkFixture.AppId,
            ["Bot:TenantId"] = "tenant",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new BotApp(settings);
    }

    private static JsonObject Message(string? serviceUrl, string text)
    {
        var activity = JsonNode.Parse(TeamsFixtures.Read("personal-message.json"))!.AsObject();
        activity["id"] = Guid.NewGuid().ToString();
        activity["text"] = text;
        if (serviceUrl is null)
        {
            activity.Remove("serviceUrl");
        }
        else
        {
            activity["serviceUrl"] = serviceUrl;
        }

        return activity;
    }

    private static async Task<(int Status, string Body)> PostAsync(HttpClient client, JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A bug outside every handler's try: deciding whether to take the message throws.</summary>
    private sealed class HandlerWhoseAcceptsThrows : IActivityHandler
    {
        public const string Text = "crash the pipeline";

        public bool Accepts(Activity activity) => activity.Text == Text ? throw new InvalidOperationException("bug in Accepts") : false;

        public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
