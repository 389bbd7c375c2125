using System.Net;
using TeamsBot.Tests.Teams;

namespace TeamsBot.Tests.Storage;

public sealed class HealthEndpointTests
{
    private static Dictionary<string, string?> LocalBot() => new()
    {
        ["Bot:Authentication"] = "None",
        ["urls"] = "http://127.0.0.1:3978",
        ["Bot:AppId"] = "app",
        ["Bot:TenantId"] = "tenant",
    };

    [Fact]
    public async Task Healthz_StorageAnswers_Is200()
    {
        await using var app = new BotApp(LocalBot());
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_StorageUnreachable_Is503()
    {
        var settings = LocalBot();
        settings["Storage:Provider"] = "AzureBlob";
        // Nothing listens on the discard port: every storage call fails at once.
        settings["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var app = new BotApp(settings);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
