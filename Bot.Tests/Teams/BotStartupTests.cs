using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TeamsBot.Bench;
using TeamsBot.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamsBot.Tests.Teams;

public sealed class BotStartupTests
{
    [Fact]
    public void AuthenticationOn_WithoutAppId_RefusesToStartNamingTheSetting()
    {
        var failure = Assert.ThrowsAny<Exception>(() => WebHost.Build(["--environment=Production"]));

        Assert.Contains("Bot:AppId", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void LocalMode_OutsideDevelopment_RefusesToStart()
    {
        var failure = Assert.ThrowsAny<Exception>(() => WebHost.Build(["--environment=Production", "--Bot:Authentication=None"]));

        Assert.Contains("only in the Development environment", Flatten(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://127.0.0.1:3978;http://192.168.1.20:3978")]
    public void LocalMode_OnANetworkAddress_RefusesToStart(string urls)
    {
        var failure = Assert.ThrowsAny<Exception>(() => WebHost.Build(["--environment=Development", "--Bot:Authentication=None", $"--urls={urls}"]));

        Assert.Contains("only on loopback addresses", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AppIdWithoutTenantOrSecret_OneLinePerMissingSettingAndExitCode2()
    {
        using var error = new StringWriter();

        var code = await WebHost.RunAsync(["--environment=Production", "--Bot:AppId=00000000-0000-0000-0000-000000000001"], CancellationToken.None, error);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, code);
        Assert.Equal("The bot cannot start with these settings (2 problems):", lines[0]);
        Assert.Collection(
            lines[1..],
            l => Assert.Contains("Bot:TenantId is missing", l, StringComparison.Ordinal),
            l => Assert.Contains("Bot__Credential__ClientSecret", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--Storage:Provider=AzureBlob", "Storage__ConnectionString")]
    [InlineData("--urls=http://0.0.0.0:3978", "only on loopback addresses")]
    public async Task Serve_LocalModeWithAnUnusableSetting_TellsItInOneLineWithoutAStackTrace(string setting, string told)
    {
        using var error = new StringWriter();

        var code = await WebHost.RunAsync(["--environment=Development", "--Bot:Authentication=None", setting], CancellationToken.None, error);

        Assert.Equal(2, code);
        var problem = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains(told, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMode_UnsignedHelpFromThePlayground_IsAnsweredWithoutAToken()
    {
        using var playground = WireMockServer.Start();
        playground.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "1" }));
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Bot:Authentication"] = "None",
            ["urls"] = "http://127.0.0.1:3978",
            ["Bot:Credential:ClientSecret"] = "a-real-secret-must-never-reach-a-local-serviceUrl",
            ["Bot:AppId"] = "app",
            ["Bot:TenantId"] = "tenant",
        });
        using var client = app.CreateClient();
        using var content = new StringContent(BotFrameworkFixture.Message(playground.Url + "/_connector", "help"), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(playground.LogEntries).RequestMessage;
        Assert.StartsWith("/_connector/v3/conversations/", reply.Path, StringComparison.Ordinal);
        Assert.False(reply.Headers?.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task TenantAllowList_OtherTenant_Is401()
    {
        await using var botFramework = await LoopbackBotFramework.StartAsync();
        var settings = BotFrameworkFixture.Settings(botFramework);
        settings["Bot:AllowedTenants:0"] = "6c1d9a4e-2b1f-4d8e-9f3a-7c5b2e1d0a9f";
        await using var app = new BotApp(settings);
        using var client = app.CreateClient();
        const string serviceUrl = "http://127.0.0.1:9/_connector";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(BotFrameworkFixture.Message(serviceUrl, "help"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            botFramework.CreateToken(BotFrameworkFixture.AppId, serviceUrl, TimeProvider.System.GetUtcNow()));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Options_EnvironmentStyleKeys_BindTheCredential()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = "app",
                ["Bot:Credential:Kind"] = "ManagedIdentity",
                ["Bot:Credential:ManagedIdentityClientId"] = "mi",
                ["Bot:AllowedTenants:0"] = "t1",
            }).Build();

        var options = configuration.GetSection(BotOptions.Section).Get<BotOptions>();

        Assert.Equal(BotCredentialKind.ManagedIdentity, options?.Credential.Kind);
        Assert.Equal(["t1"], options?.AllowedTenants);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(new ConnectorCredential(Options.Create(options ?? new BotOptions())).Get());
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Flatten))
        : exception.InnerException is null ? exception.Message
        : exception.Message + " | " + Flatten(exception.InnerException);
}
