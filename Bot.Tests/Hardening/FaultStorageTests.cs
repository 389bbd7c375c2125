using System.Net;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Teams.Intake;

namespace TeamsBot.Tests.Hardening;

/// <summary>Azurite stopped under a running bot: /healthz says so, and minutes pasted meanwhile are read once it is back.</summary>
public sealed class FaultStorageTests
{
    [Fact]
    public async Task StorageStoppedAndRestarted_HealthFollowsAndPastedMinutesAreReadOnce()
    {
        await using var azurite = new StoppableAzurite();
        await azurite.StartAsync();
        var settings = new Dictionary<string, string?>(FaultConnectorTests.FastRetries)
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:MaxRetries"] = "0",
            ["BackgroundWork:EnqueueTimeout"] = "00:00:01",
            ["BackgroundWork:MaxAttempts"] = "50",
        };
        await using var app = new IntakeApp(settings: settings);
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(app));

        await azurite.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await HealthAsync(app));
        using var posted = await app.PostAsync(FaultConnectorTests.Pasted(app, "tenant-storage-down"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(0, FaultConnectorTests.Delivered(app));

        await azurite.StartAsync();
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(app));
        await app.WaitForAsync(_ => FaultConnectorTests.Delivered(app) >= 1);
        await Task.Delay(500);
        Assert.Equal(1, FaultConnectorTests.Delivered(app));
        Assert.DoesNotContain(app.Sent(), x => IntakeApp.Text(x.Body).StartsWith("Sorry", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> HealthAsync(IntakeApp app)
    {
        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return response.StatusCode;
    }
}
