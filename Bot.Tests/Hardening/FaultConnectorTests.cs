using System.Text;
using TeamsBot.Samples;
using TeamsBot.Tests.Teams;
using TeamsBot.Tests.Teams.Intake;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamsBot.Tests.Hardening;

/// <summary>The connector failing while the review card goes out: the card is retried, and delivered once.</summary>
public sealed class FaultConnectorTests
{
    internal static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["BackgroundWork:FirstBackoff"] = "00:00:00.200",
        ["BackgroundWork:MaxBackoff"] = "00:00:01",
        ["BackgroundWork:PollInterval"] = "00:00:00.200",
        ["BackgroundWork:LeaseDuration"] = "00:00:02",
        ["Bot:MaxRetryDelay"] = "00:00:02",
    };

    [Fact]
    public async Task Connector500ThenSuccess_ReviewCardIsDeliveredOnceWithoutApology()
    {
        await using var app = new IntakeApp(settings: FastRetries);
        FailFirstCard(app, Response.Create().WithStatusCode(500));

        await app.PostAsync(Pasted(app, "tenant-500"));

        var sent = await app.WaitForAsync(s => Delivered(app) >= 1);
        Assert.Equal(1, Delivered(app));
        Assert.Equal(2, sent.Count(x => CardNodes.FindAction(x.Body, "review.publish") is not null));
        Assert.DoesNotContain(sent, x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connector429WithRetryAfter_ReviewCardIsDeliveredOnce()
    {
        await using var app = new IntakeApp(settings: FastRetries);
        FailFirstCard(app, Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));

        await app.PostAsync(Pasted(app, "tenant-429"));

        await app.WaitForAsync(s => Delivered(app) >= 1);
        await Task.Delay(500);
        Assert.Equal(1, Delivered(app));
    }

    [Fact]
    public async Task ConnectorTimingOut_ReviewCardIsDeliveredOnceAfterTheRetry()
    {
        var settings = new Dictionary<string, string?>(FastRetries) { ["Bot:ConnectorTimeout"] = "00:00:01" };
        await using var app = new IntakeApp(settings: settings);
        FailFirstCard(app, Response.Create().WithStatusCode(201).WithBody("{\"id\":\"late\"}").WithDelay(TimeSpan.FromSeconds(3)));

        await app.PostAsync(Pasted(app, "tenant-timeout"));

        await app.WaitForAsync(s => Delivered(app, excludeSlow: true) >= 1);
        Assert.Equal(1, Delivered(app, excludeSlow: true));
    }

    internal static System.Text.Json.Nodes.JsonNode Pasted(IntakeApp app, string tenant)
    {
        var activity = app.Activity("personal-message.json", tenant, $"a:{Guid.NewGuid()}", "en-US");
        activity["text"] = Encoding.UTF8.GetString(SampleMinutes.Bytes(".md"));
        return activity;
    }

    /// <summary>Review cards the connector took (2xx and answered in time): what the user sees.</summary>
    internal static int Delivered(IntakeApp app, bool excludeSlow = false) =>
        app.Connector.LogEntries.Count(e => e.RequestMessage.Body?.Contains("review.publish", StringComparison.Ordinal) == true
            && e.ResponseMessage.StatusCode is int status && status is >= 200 and < 300
            && !(excludeSlow && e.ResponseMessage.BodyData?.BodyAsString?.Contains("late", StringComparison.Ordinal) == true));

    private static void FailFirstCard(IntakeApp app, IResponseBuilder failure)
    {
        var card = Request.Create().UsingPost().WithBody(new WildcardMatcher("*review.publish*"));
        app.Connector.Given(card).AtPriority(1).InScenario("card").WillSetStateTo("failed once").RespondWith(failure);
        app.Connector.Given(card).AtPriority(1).InScenario("card").WhenStateIs("failed once")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "card-1" }));
    }
}
