using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Cards;
using TeamsBot.Samples;
using TeamsBot.Teams;
using TeamsBot.Teams.Intake;
using TeamsBot.Teams.Reminders;
using TeamsBot.Tests.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// A personal-chat download leaves no personal data in the logs (Hardening II, point 2): the whole app at Trace level,
/// a file sent from OneDrive (whose folder is derived from the sender's e-mail address) and named after a person,
/// served from a loopback stand-in for contoso-my.sharepoint.com. Whether it is read, too big, offered from the wrong
/// host or damaged, no log entry (message, structured values, exceptions) holds the path, the query, the file name or
/// the sender's name; the download is logged by host.
/// </summary>
public sealed class PrivacyDownloadLogTests
{
    private const string OneDrive = "contoso-my.sharepoint.com";
    private const string PersonalPath = "/personal/jan_devries_contoso_com/Documents/Notulen%20overleg%20Jan%20de%20Vries.docx";
    private const string Query = "?tempauth=v1.eyJhdWQiOiJzZWNyZXQtdGVtcGF1dGgifQ";
    private const string FileName = "Notulen overleg Jan de Vries.docx";
    private const string Tenant = "tenant-onedrive";
    private const string Sender = "Jan de Vries";

    private static readonly string[] Secrets =
    [
        "jan_devries", "Jan de Vries", "Notulen overleg", "Notulen%20overleg", "Jan%20de%20Vries", "/personal/", "/Documents/", "tempauth", "eyJhdWQi",
    ];

    public enum Outcome
    {
        Read,
        TooBig,
        WrongHost,
        Damaged,
    }

    [Theory]
    [InlineData(Outcome.Read)]
    [InlineData(Outcome.TooBig)]
    [InlineData(Outcome.WrongHost)]
    [InlineData(Outcome.Damaged)]
    public async Task FileFromOneDrive_AtTraceLevel_LogsNoPathQueryFileNameOrSender(Outcome outcome)
    {
        using var files = WireMockServer.Start();
        files.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithBody(outcome == Outcome.Damaged ? "PK\u0003\u0004 this is not a real word file"u8.ToArray() : SampleMinutes.Bytes(".docx")));
        var logs = new PrivacyLogCapture();
        var settings = outcome == Outcome.TooBig ? new Dictionary<string, string?> { ["Minutes:MaxFileBytes"] = "1024" } : null;
        await using var app = new PrivacyApp(logs, settings, services => OneDriveOnLoopback(services, files.Port));
        var host = outcome == Outcome.WrongHost ? "files.example.org" : OneDrive;

        using var response = await app.PostAsync(Upload(app, $"https://{host}{PersonalPath}{Query}"));

        Assert.Equal(200, (int)response.StatusCode);
        var sent = await app.WaitForAsync(s => s.Any(x => Answered(x.Body, outcome)));
        Assert.Contains(sent, x => Answered(x.Body, outcome));
        Assert.Equal(outcome == Outcome.WrongHost ? 0 : 1, files.LogEntries.Count);
        if (outcome != Outcome.WrongHost)
        {
            Assert.Contains(logs.Entries, e => e.Category.EndsWith(".HostOnlyHttpClientLogger", StringComparison.Ordinal) && e.Text.Contains(OneDrive, StringComparison.Ordinal));
        }

        AssertNoSecrets(logs);
    }

    [Fact]
    public async Task EveryHttpClient_LogsTheHostOnly()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("{}"));
        var logs = new PrivacyLogCapture();
        await using var app = new PrivacyApp(logs);
        var factory = app.Services.GetRequiredService<IHttpClientFactory>();
        string[] names = [nameof(MinutesDownloader), nameof(ConnectorClient), BotFrameworkMetadata.HttpClientName, ConnectorReminderSender.HttpClientName, string.Empty, "any"];

        foreach (var name in names)
        {
            using var client = factory.CreateClient(name);
            using var answer = await client.GetAsync(new Uri(server.Url + PersonalPath + Query));
            Assert.True(answer.IsSuccessStatusCode, name);
        }

        var host = new Uri(server.Url!).Authority;
        Assert.Equal(names.Length, logs.Entries.Count(e => e.Category.EndsWith(".HostOnlyHttpClientLogger", StringComparison.Ordinal) && e.Text.Contains(host, StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        AssertNoSecrets(logs);
    }

    [Fact]
    public async Task OutgoingRequestSpans_CarryTheHostOnly()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("{}"));
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = spans.Enqueue,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        await using var app = new PrivacyApp();
        using var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(MinutesDownloader));

        using var answer = await client.GetAsync(new Uri(server.Url + PersonalPath + Query));

        var port = new Uri(server.Url!).Port;
        var span = Assert.Single(spans, s => s.GetTagItem("server.port") is int p && p == port);
        Assert.Equal(new Uri(server.Url!).GetLeftPart(UriPartial.Authority) + "/", span.GetTagItem("url.full"));
    }

    private static void AssertNoSecrets(PrivacyLogCapture logs)
    {
        Assert.NotEmpty(logs.Entries);
        var leaks = logs.Entries
            .SelectMany(e => Secrets.Where(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"[{e.Level} {e.Category}] \"{s}\" in: {e.Text}"))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(10)));
    }

    private static bool Answered(JsonNode? body, Outcome outcome)
    {
        var text = body?["text"]?.GetValue<string>() ?? string.Empty;
        return outcome switch
        {
            Outcome.Read => CardNodes.FindAction(body, CardVerbs.ReviewPublish) is not null,
            Outcome.TooBig => text.Contains("larger than", StringComparison.Ordinal),
            Outcome.WrongHost => text.Contains("address the bot does not download from", StringComparison.Ordinal),
            _ => text.StartsWith("I could not read this file:", StringComparison.Ordinal),
        };
    }

    private static JsonObject Upload(PrivacyApp app, string downloadUrl)
    {
        var activity = TeamsFixtures.Addressed("file-download-info.json", app.ServiceUrl, PrivacyApp.BotId, "aad-jan", Tenant);
        activity["locale"] = "en-US";
        activity["from"]!["name"] = Sender;
        activity["conversation"]!["id"] = "a:personal-jan";
        var attachment = activity["attachments"]![0]!;
        attachment["name"] = FileName;
        attachment["contentUrl"] = $"https://{OneDrive}{PersonalPath}";
        attachment["content"]!["downloadUrl"] = downloadUrl;
        return activity;
    }

    /// <summary>
    /// The downloader's requests to OneDrive go to the loopback stand-in instead (DNS for one test), below the logging:
    /// what the logs see is the https://contoso-my.sharepoint.com address.
    /// </summary>
    private static void OneDriveOnLoopback(IServiceCollection services, int port) =>
        services.AddHttpClient(nameof(MinutesDownloader)).ConfigurePrimaryHttpMessageHandler(() => new ToLoopback(port));

    private sealed class ToLoopback(int port) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { Host: OneDrive } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp, Host = "127.0.0.1", Port = port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
