using System.Net;
using System.Text;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using TeamsBot.Graph;

namespace TeamsBot.Tests.Graph;

/// <summary>
/// Microsoft Graph cannot run here: this handler answers the bot's Graph requests with recorded responses
/// (Bot.Tests/Fixtures/Graph) and keeps every request it saw, so tests can check the exact URLs.
/// </summary>
internal sealed class RecordedGraph : HttpMessageHandler
{
    private readonly List<(Func<Uri, bool> Matches, Func<HttpResponseMessage> Respond)> _routes = [];

    public List<HttpRequestMessage> Requests { get; } = [];

    public RecordedGraph Answer(string pathAndQueryStart, string fixture) =>
        Answer(u => Decoded(u).StartsWith(pathAndQueryStart, StringComparison.Ordinal), () => Json(File.ReadAllText(Fixture(fixture))));

    public RecordedGraph AnswerBytes(string pathStart, byte[] bytes) =>
        Answer(u => Decoded(u).StartsWith(pathStart, StringComparison.Ordinal), () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/octet-stream") } },
        });

    public RecordedGraph Answer(Func<Uri, bool> matches, Func<HttpResponseMessage> respond)
    {
        _routes.Add((matches, respond));
        return this;
    }

    public GraphClient Client() =>
        new(new GraphServiceClient(new HttpClient(this), new AnonymousAuthenticationProvider(), "https://graph.microsoft.com/v1.0"));

    public static string Decoded(Uri uri) => Uri.UnescapeDataString(uri.PathAndQuery);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        foreach (var (matches, respond) in _routes)
        {
            if (matches(request.RequestUri!))
            {
                return Task.FromResult(respond());
            }
        }

        return Task.FromResult(Json("""{"error":{"code":"itemNotFound","message":"Not recorded."}}""", HttpStatusCode.NotFound));
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Graph", name);
}
