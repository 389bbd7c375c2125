namespace TeamsBot.Texts;

/// <summary>A command of the app's menu in Teams: its title as typed and its description (the manifest's limits: 32 and 128 characters).</summary>
public sealed record MenuCommand(string Title, string Description);
