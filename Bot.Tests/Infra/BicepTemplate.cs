using System.Reflection;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Infra;

/// <summary>infra/main.bicep compiled once by the Bicep CLI that Bot.Tests downloads (PackageDownload, 0.49.2).</summary>
public static class BicepTemplate
{
    private static readonly Lazy<Task<(int Exit, string Output, string Error)>> Compiled = new(() => BuildAsync("build", MainBicep, "--stdout"));

    public static string BicepPath { get; } = typeof(BicepTemplate).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    public static string InfraDirectory => Path.GetFullPath(Path.Combine(NodeTools.SourceDirectory, "..", "infra"));

    public static string MainBicep => Path.Combine(InfraDirectory, "main.bicep");

    public static Task<(int Exit, string Output, string Error)> CompileAsync() => Compiled.Value;

    /// <summary>The ARM template, failing the calling test with Bicep's own messages when it does not build.</summary>
    public static async Task<JsonObject> ArmAsync()
    {
        var (exit, output, error) = await CompileAsync();
        Assert.True(exit == 0, error);
        return JsonNode.Parse(output)!.AsObject();
    }

    public static Task<(int Exit, string Output, string Error)> BuildAsync(params string[] args)
    {
        if (!File.Exists(BicepPath))
        {
            throw new InvalidOperationException($"{BicepPath} is missing: `dotnet restore Bot.Tests` downloads Azure.Bicep.CommandLine.linux-x64.");
        }

        return ProcessRunner.RunAsync(BicepPath, args);
    }
}
