using System.Text.RegularExpressions;
using Xunit.Abstractions;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Architecture;

/// <summary>docs/architecture.md: folders depend downhill only, and the tools call into the features, never the other way.</summary>
public sealed partial class FolderGraphTests(ITestOutputHelper output)
{
    private static readonly string BotSources = Path.GetFullPath(Path.Combine(NodeTools.SourceDirectory, "..", "Bot"));

    private static readonly Lazy<FolderGraph> Graph = new(() => FolderGraph.Of(typeof(WebHost).Assembly, BotSources));

    [Fact]
    public void Folders_HaveNoCycle()
    {
        output.WriteLine(Graph.Value.ToString());

        var cycles = Graph.Value.Cycles();

        Assert.True(cycles.Count == 0, $"Folders of Bot/ depend on each other in a circle:\n{string.Join("\n", cycles.Select(Explain))}\n\nThe whole graph:\n{Graph.Value}");
    }

    private static string Explain(IReadOnlyList<string> cycle) =>
        string.Join(" → ", cycle) + "\n" + string.Join("\n", cycle.Zip(cycle.Skip(1))
            .Select(step => $"  {step.First} → {step.Second}: {string.Join("; ", Graph.Value.Reasons(step.First, step.Second))}"));

    [Theory]
    [InlineData("Bench")]
    [InlineData("Cli")]
    public void Tools_AreUsedOnlyByTheCommandLine(string tool)
    {
        string[] mayUse = [FolderGraph.EntryPoint, "Cli", tool];

        var users = Graph.Value.Edges.Where(e => e.Value.Contains(tool)).Select(e => e.Key).Except(mayUse);

        Assert.Empty(users.SelectMany(user => Graph.Value.Reasons(user, tool)));
    }

    [Fact]
    public void Graph_SeesTheDependenciesEveryoneKnows()
    {
        // Through a using directive, a constructor call and a type only named in a method body: a graph that saw none
        // of them would pass the cycle test for the wrong reason.
        Assert.Contains("Storage", Graph.Value.Edges["Followup"]);
        Assert.Contains("Followup", Graph.Value.Edges["Teams"]);
        Assert.Contains("Minutes", Graph.Value.Edges["Extraction"]);
        Assert.Contains(FolderGraph.Root, Graph.Value.Edges.Keys);
    }

    [Fact]
    public void Namespaces_FollowFolders()
    {
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(BotSources, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(BotSources, file);
            var folders = Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            if (folders.FirstOrDefault() is "obj" or "bin" || relative == "Program.cs")
            {
                continue;
            }

            var expected = string.Join('.', ["TeamsBot", .. folders]);
            var declared = FileScopedNamespace().Match(File.ReadAllText(file)).Groups["namespace"].Value;
            if (declared != expected)
            {
                wrong.Add($"{relative}: namespace {declared}, expected {expected}");
            }
        }

        Assert.Empty(wrong);
    }

    [GeneratedRegex(@"^namespace\s+(?<namespace>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
