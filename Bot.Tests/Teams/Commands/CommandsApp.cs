using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Followup;
using TeamsBot.Tests.Followup;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Teams.Commands;

/// <summary>
/// The whole bot in local mode (no tokens, loopback only) with the connector as WireMock, a fake clock, and a team of
/// four with its roster and installation stored: recorded Teams activities in, connector calls and invoke answers out.
/// </summary>
internal sealed class CommandsApp : IAsyncDisposable
{
    public const string BotId = "28:11111111-2222-3333-4444-555555555555";

    private readonly BotApp _app;
    private readonly HttpClient _client;

    public CommandsApp()
    {
        Connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1" }));
        _app = new BotApp(
            new Dictionary<string, string?>
            {
                ["Bot:Authentication"] = "None",
                ["urls"] = "http://127.0.0.1:3978",
                ["Bot:AppId"] = "app",
                ["Bot:TenantId"] = "tenant",
            },
            services: services => services.AddSingleton<TimeProvider>(Clock));
        _client = _app.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = FollowupTestData.Clock();

    public WireMockServer Connector { get; } = WireMockServer.Start();

    public FollowupService Followup => _app.Services.GetRequiredService<FollowupService>();

    public Installations Installations => _app.Services.GetRequiredService<Installations>();

    public static IReadOnlyList<RosterMember> Roster { get; } =
    [
        new("aad-cor", "29:cor", "Cor Lamers", "cor.lamers@example.org"),
        new("aad-olga", "29:olga", "Olga Boot", "o.boot@example.org"),
        new("aad-dino", "29:dino", "Dino van Dal", "dino.vandal@example.org"),
        new("aad-marilyn", "29:marilyn", "Marilyn Louisville", "m.louisville@example.org"),
    ];

    /// <summary>Stores the team's installation and roster, and one meeting with the given items and decisions.</summary>
    public async Task<Meeting> SeedAsync(IReadOnlyList<TeamsBot.Extraction.ExtractedAction> items, params string[] decisions)
    {
        await Installations.RecordTeamAsync(new TeamInstallation(FollowupTestData.Tenant, FollowupTestData.Team, null, "Stuurgroep", Connector.Url!, "19:general@thread.tacv2", Clock.GetUtcNow()), CancellationToken.None);
        await Installations.SaveRosterAsync(FollowupTestData.Tenant, FollowupTestData.Team, new TeamRoster(Roster, Clock.GetUtcNow()), CancellationToken.None);
        var outcome = await Followup.IngestAsync(FollowupTestData.Upload(Guid.NewGuid().ToString()), FollowupTestData.MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24), items, decisions), FollowupTestData.Members, CancellationToken.None);
        return outcome.Meeting;
    }

    /// <summary>A personal-chat message from the recorded Playground payload, from <paramref name="userId"/>.</summary>
    public JsonObject Personal(string text, string locale = "en-US", string userId = "aad-olga", string tenant = FollowupTestData.Tenant)
    {
        var activity = TeamsFixtures.Addressed("personal-message.json", Connector.Url + "/_connector", BotId, userId, tenant);
        activity["text"] = text;
        activity["locale"] = locale;
        return activity;
    }

    /// <summary>A channel message from the recorded Teams payload; <paramref name="mention"/> puts the bot's mention in front.</summary>
    public JsonObject Channel(string text, bool mention = true, string userId = "aad-olga", string tenant = FollowupTestData.Tenant, string team = FollowupTestData.Team)
    {
        var activity = TeamsFixtures.Addressed("channel-mention.json", Connector.Url + "/_connector", BotId, userId, tenant);
        activity["text"] = mention ? $"<at>Minutes Bot</at> {text}" : text;
        if (!mention)
        {
            activity["entities"] = new JsonArray();
        }

        activity["channelData"]!["team"]!["id"] = team;
        return activity;
    }

    /// <summary>An Action.Execute in the channel (recorded shape) or, with <paramref name="personal"/>, in the personal chat.</summary>
    public JsonObject Invoke(string verb, JsonObject data, bool personal = false, string userId = "aad-olga", string tenant = FollowupTestData.Tenant, string team = FollowupTestData.Team)
    {
        var activity = TeamsFixtures.Addressed(personal ? "adaptive-card-action.json" : "channel-card-action.json", Connector.Url + "/_connector", BotId, userId, tenant);
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data.DeepClone();
        if (!personal)
        {
            activity["channelData"]!["team"]!["id"] = team;
        }

        return activity;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>Sends the activity and returns the activities the bot posted to the connector meanwhile.</summary>
    public async Task<IReadOnlyList<JsonNode>> SendAsync(JsonObject activity)
    {
        var before = Connector.LogEntries.Count;
        using var response = await PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return [.. Connector.LogEntries.Skip(before)
            .Where(e => e.RequestMessage.Method == "POST")
            .Select(e => JsonNode.Parse(e.RequestMessage.Body!)!)];
    }

    /// <summary>Sends an invoke and returns the card of its Universal Action response.</summary>
    public async Task<JsonNode> InvokeAsync(JsonObject activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!;
    }

    public static JsonNode CardOf(JsonNode reply) => reply["attachments"]![0]!["content"]!;

    /// <summary>The visible text of a card (every TextBlock and TextRun).</summary>
    public static string TextOf(JsonNode card) =>
        string.Join("\n", CardNodes.Descendants(card).OfType<JsonObject>().Where(o => o["text"] is JsonValue).Select(o => (string)o["text"]!));

    public static JsonObject ItemData(Meeting meeting, string itemText) =>
        new() { ["meetingId"] = meeting.Id, ["itemId"] = meeting.Items.Single(i => i.Text == itemText).Id };

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        Connector.Stop();
        Connector.Dispose();
    }

    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
