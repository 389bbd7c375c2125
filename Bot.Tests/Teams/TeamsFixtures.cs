namespace TeamsBot.Tests.Teams;

/// <summary>The recorded Teams and Playground payloads under Fixtures/Teams.</summary>
internal static class TeamsFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
