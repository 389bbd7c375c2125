using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Followup;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Followup;
using TeamsBot.Tests.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// The whole bot in local mode for the hardening tests: a WireMock connector that accepts every post (and lists no
/// members unless told), a fake clock, an optional capturing logger, and recorded activities addressed to any user,
/// tenant and team a test wants to pretend to be.
/// </summary>
internal sealed class PrivacyApp : IAsyncDisposable
{
    public const string BotId = "28:11111111-2222-3333-4444-555555555555";

    private readonly BotApp _app;
    private readonly HttpClient _client;

    public PrivacyApp(ILoggerProvider? logs = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Connector.Given(Request.Create().UsingPost().WithPath("/_connector/v3/conversations"))
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "a:private-review-chat" }));
        Connector.Given(Request.Create().UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1700000000001" }));
        Connector.Given(Request.Create().UsingPut()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "1700000000001" }));
        var all = new Dictionary<string, string?>
        {
            ["Bot:Authentication"] = "None",
            ["urls"] = "http://127.0.0.1:3978",
            ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot:TenantId"] = "tenant",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _app = new BotApp(all, services: collection =>
        {
            collection.AddSingleton<TimeProvider>(Clock);
            if (logs is not null)
            {
                collection.AddSingleton(logs);
            }

            services?.Invoke(collection);
        });
        _client = _app.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = FollowupTestData.Clock();

    public WireMockServer Connector { get; } = WireMockServer.Start();

    public IServiceProvider Services => _app.Services;

    public FollowupService Followup => Services.GetRequiredService<FollowupService>();

    public Installations Installations => Services.GetRequiredService<Installations>();

    public IntakeStore Intake => Services.GetRequiredService<IntakeStore>();

    public string ServiceUrl => Connector.Url + "/_connector";

    /// <summary>Records the team's installation and roster as a membership event would have.</summary>
    public async Task InstallAsync(string tenant, string team, IReadOnlyList<RosterMember> roster)
    {
        await Installations.RecordTeamAsync(new TeamInstallation(tenant, team, null, "Stuurgroep", ServiceUrl, team, Clock.GetUtcNow()), CancellationToken.None);
        await Installations.SaveRosterAsync(tenant, team, new TeamRoster(roster, Clock.GetUtcNow()), CancellationToken.None);
    }

    public JsonObject Personal(string text, string userId, string tenant, string locale = "en-US", string? conversation = null)
    {
        var activity = TeamsFixtures.Addressed("personal-message.json", ServiceUrl, BotId, userId, tenant);
        activity["text"] = text;
        activity["locale"] = locale;
        activity["conversation"]!["id"] = conversation ?? "a:personal-" + userId;
        return activity;
    }

    public JsonObject Channel(string text, string userId, string tenant, string team, bool mention = true)
    {
        var activity = TeamsFixtures.Addressed("channel-mention.json", ServiceUrl, BotId, userId, tenant);
        activity["text"] = mention ? $"<at>Minutes Bot</at> {text}" : text;
        if (!mention)
        {
            activity["entities"] = new JsonArray();
        }

        activity["channelData"]!["team"]!["id"] = team;
        activity["conversation"]!["id"] = team;
        return activity;
    }

    /// <summary>An Action.Execute in a team's channel, or with <paramref name="team"/> null in the personal chat.</summary>
    public JsonObject Invoke(string verb, JsonObject data, string userId, string tenant, string? team, string? conversation = null)
    {
        var activity = TeamsFixtures.Addressed(team is null ? "adaptive-card-action.json" : "channel-card-action.json", ServiceUrl, BotId, userId, tenant);
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data.DeepClone();
        if (team is not null)
        {
            activity["channelData"]!["team"]!["id"] = team;
            activity["conversation"]!["id"] = conversation ?? team;
        }
        else
        {
            activity["conversation"]!["id"] = conversation ?? "a:personal-" + userId;
        }

        return activity;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>Posts the activity and returns the status and the body of the bot's answer.</summary>
    public async Task<(int Status, string Body)> AnswerAsync(JsonObject activity)
    {
        using var response = await PostAsync(activity);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Everything the bot sent to the connector, oldest first: method, path and body (null without one).</summary>
    public List<(string Method, string Path, JsonNode? Body)> Sent() =>
        [.. Connector.LogEntries.Select(e => (e.RequestMessage.Method, e.RequestMessage.Path, string.IsNullOrEmpty(e.RequestMessage.Body) ? null : JsonNode.Parse(e.RequestMessage.Body!)))];

    /// <summary>Waits (generously) until the bot has sent what <paramref name="condition"/> looks for.</summary>
    public async Task<List<(string Method, string Path, JsonNode? Body)>> WaitForAsync(Func<List<(string Method, string Path, JsonNode? Body)>, bool> condition)
    {
        for (var i = 0; i < 400; i++)
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

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        Connector.Stop();
        Connector.Dispose();
    }
}
