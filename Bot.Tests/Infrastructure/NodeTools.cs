using System.Reflection;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>Where the Node tools of Bot.Tests/package.json are installed (by the test project's build).</summary>
public static class NodeTools
{
    public static string SourceDirectory { get; } = typeof(NodeTools).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestsSourceDirectory").Value!;

    public static string NodeModules => Path.Combine(SourceDirectory, "node_modules");

    /// <summary>The path of a file inside an installed package, failing clearly when the tools are missing.</summary>
    public static string PackageFile(string package, params string[] parts)
    {
        var path = Path.Combine([NodeModules, package, .. parts]);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: run `npm ci` in {SourceDirectory} (the test build does this when node_modules is absent).");
        }

        return path;
    }
}
