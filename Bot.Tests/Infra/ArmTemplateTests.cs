using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Infra;

/// <summary>What the compiled template grants and how it configures the resources that matter for security.</summary>
public sealed class ArmTemplateTests
{
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    private static async Task<IReadOnlyList<JsonNode>> ResourcesAsync() => [.. (await BicepTemplate.ArmAsync())["resources"]!.AsArray().Select(r => r!)];

    private static JsonNode Single(IEnumerable<JsonNode> resources, string type) =>
        Assert.Single(resources, r => (string?)r["type"] == type);

    /// <summary>An ARM expression with variables('name') replaced by the variable's literal value.</summary>
    private static string Resolve(JsonObject arm, string expression)
    {
        foreach (var (name, value) in arm["variables"]?.AsObject() ?? [])
        {
            if (value is JsonValue literal && literal.TryGetValue<string>(out var text))
            {
                expression = expression.Replace($"variables('{name}')", $"'{text}'", StringComparison.Ordinal);
            }
        }

        return expression;
    }

    [Fact]
    public async Task RoleAssignments_OnlyStorageBlobDataContributor_ToTheIdentity_OnTheStorageAccount()
    {
        var arm = await BicepTemplate.ArmAsync();
        var resources = arm["resources"]!.AsArray().Select(r => r!).ToList();

        var grant = Assert.Single(resources, r => ((string?)r["type"])!.StartsWith("Microsoft.Authorization/", StringComparison.Ordinal));

        Assert.Equal("Microsoft.Authorization/roleAssignments", (string?)grant["type"]);
        Assert.Equal($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{StorageBlobDataContributor}')]", Resolve(arm, (string)grant["properties"]!["roleDefinitionId"]!));
        Assert.Equal("[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('identityName')), '2023-01-31').principalId]", (string?)grant["properties"]!["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)grant["properties"]!["principalType"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", (string?)grant["scope"]);
        Assert.DoesNotContain(resources, r => ((string?)r["type"])!.Contains("roleDefinitions", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Storage_HasNoSharedKeyAccess_NoPublicBlobs_AndTls12()
    {
        var storage = Single(await ResourcesAsync(), "Microsoft.Storage/storageAccounts");
        var properties = storage["properties"]!;

        Assert.Equal("StorageV2", (string?)storage["kind"]);
        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public async Task WebApp_IsHttpsOnly_OnDotNet10_WithTheHealthCheck_AndRunsAsTheIdentity()
    {
        var site = Single(await ResourcesAsync(), "Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        var settings = config["appSettings"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => (string?)s!["value"]);

        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("AzureBlob", settings["Storage__Provider"]);
        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        foreach (var name in new[] { "Bot__AppId", "Bot__TenantId", "Storage__ServiceUri", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            Assert.False(string.IsNullOrEmpty(settings.GetValueOrDefault(name)), name);
        }

        Assert.DoesNotContain(settings.Keys, k => k.Contains("Key", StringComparison.Ordinal) || k.Contains("Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bot_HasTheTeamsChannel_AndItsEndpointOnTheWebApp()
    {
        var resources = await ResourcesAsync();
        var bot = Single(resources, "Microsoft.BotService/botServices");
        var channel = Single(resources, "Microsoft.BotService/botServices/channels");

        Assert.Matches(@"^\[format\('https://\{0\}/api/messages', reference\(resourceId\('Microsoft\.Web/sites'", (string)bot["properties"]!["endpoint"]!);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
    }
}
