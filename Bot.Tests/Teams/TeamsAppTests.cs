using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Teams;

namespace TeamsBot.Tests.Teams;

public sealed class TeamsAppTests(BotFrameworkFixture bot) : IClassFixture<BotFrameworkFixture>
{
    [Fact]
    public async Task SameActivityTwice_IsAnsweredOnce()
    {
        var id = Guid.NewGuid().ToString();
        var body = bot.Message("help", id);

        using var first = await bot.PostAsync(body, bot.Token());
        using var second = await bot.PostAsync(body, bot.Token());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(bot.SentFor(id));
    }

    [Fact]
    public async Task HandlerThrows_Is200AndOneApology()
    {
        var id = Guid.NewGuid().ToString();
        var body = JsonNode.Parse(bot.Message("boom", id))!;
        body["locale"] = "nl-NL";

        using var response = await bot.PostAsync(body.ToJsonString(), bot.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apologies = Sent().Where(s => s["text"]?.GetValue<string>().StartsWith("Excuses, er ging iets mis", StringComparison.Ordinal) == true).ToList();
        Assert.Single(apologies);
        Assert.DoesNotContain(bot.SentFor(id), s => s["text"]?.GetValue<string>().Contains("help", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task SlowWork_IsAcknowledgedNowAndAnsweredByTheWorker()
    {
        var id = Guid.NewGuid().ToString();

        using var response = await bot.PostAsync(bot.Message("slow", id), bot.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("working on it", Assert.Single(bot.SentFor(id))["text"]?.GetValue<string>());
        for (var i = 0; i < 100 && !Sent().Any(s => s["text"]?.GetValue<string>() == "done with payload"); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(Sent(), s => s["text"]?.GetValue<string>() == "done with payload");
    }

    [Fact]
    public async Task ActionExecute_ReturnsTheReplacementCardInTheHttpBody()
    {
        using var response = await bot.PostAsync(Invoke("approve"), bot.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]?.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]?.GetValue<string>());
        Assert.Equal("Approved", body["value"]?["body"]?[0]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task InvokeHandlerThrows_Is200WithAnApologyMessage()
    {
        using var response = await bot.PostAsync(Invoke("crash"), bot.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]?.GetValue<string>());
        Assert.StartsWith("Sorry", body["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeNoFeatureTakes_Is501()
    {
        using var response = await bot.PostAsync(Invoke("unknown-verb"), bot.Token());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Install_IsGreetedOnceInTheConversation()
    {
        var update = JsonNode.Parse(TeamsFixtures.Read("conversation-update.json"))!;
        var install = JsonNode.Parse(TeamsFixtures.Read("installation-update.json"))!;
        var conversation = $"a:{Guid.NewGuid()}";
        foreach (var activity in new[] { update, install })
        {
            activity["serviceUrl"] = bot.ServiceUrl;
            activity["conversation"]!["id"] = conversation;
            using var response = await bot.PostAsync(activity.ToJsonString(), bot.Token());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var greeting = Assert.Single(bot.Connector.LogEntries, e => e.RequestMessage.Path.Contains(conversation, StringComparison.Ordinal));
        Assert.StartsWith("Hello", JsonNode.Parse(greeting.RequestMessage.Body!)?["text"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    private string Invoke(string verb)
    {
        var invoke = JsonNode.Parse(TeamsFixtures.Read("adaptive-card-action.json"))!;
        invoke["id"] = Guid.NewGuid().ToString();
        invoke["serviceUrl"] = bot.ServiceUrl;
        invoke["value"]!["action"]!["verb"] = verb;
        return invoke.ToJsonString();
    }

    private List<JsonNode> Sent() =>
        [.. bot.Connector.LogEntries.Where(e => e.RequestMessage.Body is not null).Select(e => JsonNode.Parse(e.RequestMessage.Body!)!)];
}
