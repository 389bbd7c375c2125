using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Extraction;
using TeamsBot.Followup;
using TeamsBot.Minutes;
using TeamsBot.Reminders;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;
using TeamsBot.Tests.Followup;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Teams.Reminders;

/// <summary>
/// The whole bot in local mode on a fake clock, with a WireMock Bot Connector. <see cref="InstallAsync"/> installs the
/// steering group's team and stores its minutes of Wednesday 7 June 2023 (posted in the General channel) naming the next
/// meeting on Wednesday 21 June (no time: 09:00): two items for Olga (one overdue on 14 June, one due 30 June), one for
/// Dino, one for Peter (present, but not a team member). Olga and Dino have a personal chat with the bot. The scheduler is off: tests
/// run the round from DI themselves.
/// </summary>
internal sealed class ReminderApp : IAsyncDisposable
{
    public const string Tenant = FollowupTestData.Tenant;
    public const string TeamId = "19:stuurgroepteam@thread.tacv2";
    public const string Channel = "19:general@thread.tacv2";
    public const string Thread = Channel + ";messageid=1686130000000";
    public const string OlgaChat = "a:chat-olga";
    public const string DinoChat = "a:chat-dino";

    /// <summary>Monday 19 June 2023, 09:05 in Amsterdam: the personal reminders are due.</summary>
    public static readonly DateTimeOffset PingTime = ReminderRoundHarnessTime(19);

    /// <summary>Tuesday 20 June 2023, 09:05 in Amsterdam: the carry-over post is due.</summary>
    public static readonly DateTimeOffset CarryOverTime = ReminderRoundHarnessTime(20);

    private readonly BotApp _app;

    public ReminderApp(DateTimeOffset now, bool schedulerOn = false)
    {
        Clock = new FakeTimeProvider(now);
        Connector.Given(Request.Create().UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1700000000001" }));
        _app = new BotApp(
            new Dictionary<string, string?>
            {
                ["Bot:Authentication"] = "None",
                ["urls"] = "http://127.0.0.1:3978",
                ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
                ["Bot:TenantId"] = "tenant",
                ["Reminders:Enabled"] = schedulerOn ? "true" : "false",
            },
            services: services => services.AddSingleton<TimeProvider>(Clock));
        Client = _app.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public WireMockServer Connector { get; } = WireMockServer.Start();

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public FollowupService Followup => Services.GetRequiredService<FollowupService>();

    public IReminderSender Sender => Services.GetRequiredService<IReminderSender>();

    public TeamInstallation Team => new(Tenant, TeamId, null, "Stuurgroep", Connector.Url!, Channel, Clock.GetUtcNow());

    /// <summary>Makes the connector answer <paramref name="status"/> (with headers) for posts into one conversation.</summary>
    public void Refuse(string conversationId, int status, string? code = null, IDictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status).WithBodyAsJson(new { error = new { code = code ?? "Refused", message = "refused" } });
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        Connector.Given(Request.Create().UsingPost().WithPath(p => Uri.UnescapeDataString(p) == $"/v3/conversations/{conversationId}/activities"))
            .AtPriority(1).RespondWith(response);
    }

    /// <param name="draft">The minutes are still in review: not yet published.</param>
    public async Task<Meeting> InstallAsync(string language = "nl", bool draft = false)
    {
        var installations = Services.GetRequiredService<Installations>();
        await installations.RecordTeamAsync(Team, CancellationToken.None);
        foreach (var (user, chat) in new[] { ("aad-olga", OlgaChat), ("aad-dino", DinoChat) })
        {
            await installations.RecordPersonalChatAsync(new PersonalChat(Tenant, user, chat, Connector.Url!, null, "nl-NL", Clock.GetUtcNow()), CancellationToken.None);
        }

        if (language != "nl")
        {
            await Followup.UpdateSettingsAsync(Tenant, TeamId, s => s with { Language = language }, CancellationToken.None);
        }

        ExtractedAction[] items =
        [
            Item("a1", "Olga belt de wethouder over de subsidie", "Olga", new DateOnly(2023, 6, 14)),
            Item("a2", "Olga stuurt de begroting naar de raad", "Olga", new DateOnly(2023, 6, 30)),
            Item("a3", "Dino schrijft de notitie over de wijkaanpak", "Dino van Dal", null),
            Item("a4", "Peter reserveert een zaal voor de partnerdag", "Peter van der Gugten", null),
        ];
        var minutes = FollowupTestData.MinutesOf("Stuurgroep Stadspartners", new DateOnly(2023, 6, 7), items);
        // Peter is present at the meeting but no member of the team: a person the bot cannot link, not a group.
        minutes = minutes with
        {
            Meeting = minutes.Meeting with { NextMeeting = new DateOnly(2023, 6, 21), Attendees = [.. minutes.Meeting.Attendees, new Person("Peter van der Gugten")] },
        };
        var thread = new ConversationReference
        {
            ServiceUrl = Connector.Url,
            ChannelId = "msteams",
            Bot = new ChannelAccount { Id = "28:11111111-2222-3333-4444-555555555555" },
            User = new ChannelAccount { Id = "29:1marilyn", AadObjectId = "aad-marilyn" },
            Conversation = new ConversationAccount { Id = Thread, ConversationType = "channel", TenantId = Tenant, IsGroup = true },
        };
        var upload = new MinutesUpload(Tenant, TeamId, Channel, ThreadReference.Serialize(thread), FollowupTestData.Secretary, "notulen-7-juni.md", null,
            Encoding.UTF8.GetBytes("Stuurgroep Stadspartners 7 juni 2023"), draft);
        return (await Followup.IngestAsync(upload, minutes, FollowupTestData.Members, CancellationToken.None)).Meeting;
    }

    public Task<RoundReport> RunRoundAsync() => Services.GetRequiredService<ReminderRound>().RunAsync(CancellationToken.None);

    /// <summary>The message activities the bot posted, by conversation id (unescaped), oldest first.</summary>
    public List<(string Conversation, JsonNode Body)> Posted() =>
        [.. Connector.LogEntries
            .Where(e => e.RequestMessage.Method == "POST" && !string.IsNullOrEmpty(e.RequestMessage.Body))
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => (Conversation(e.RequestMessage.Path), JsonNode.Parse(e.RequestMessage.Body!)!))];

    public List<JsonNode> PostedTo(string conversationId) => [.. Posted().Where(p => p.Conversation == conversationId).Select(p => p.Body)];

    public static JsonNode Card(JsonNode activity) => activity["attachments"]![0]!["content"]!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Connector.Stop();
        Connector.Dispose();
    }

    private static string Conversation(string path)
    {
        var parts = Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? parts[2] : string.Empty;
    }

    private static ExtractedAction Item(string id, string text, string owner, DateOnly? due) =>
        new(id, text, [owner], [], due, null, text, "Actiepunten", new SourceRef(null, 1));

    private static DateTimeOffset ReminderRoundHarnessTime(int day) =>
        ZonedTime.At(new DateOnly(2023, 6, day), new TimeOnly(9, 5), ZonedTime.FindZone("Europe/Amsterdam"));
}
