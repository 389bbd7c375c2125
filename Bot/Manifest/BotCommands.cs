namespace TeamsBot.Manifest;

/// <summary>A command the bot understands, with its name and menu description in English and in Dutch.</summary>
public sealed record BotCommand(string English, string Dutch, string EnglishDescription, string DutchDescription);

/// <summary>
/// The commands the bot understands: the one list the app manifest's command menus (manifest.json and
/// nl.json) are checked against, and that the command parser is to be reconciled with.
/// </summary>
public static class BotCommands
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new("help", "help", "Show what I can do and how to send me minutes", "Laat zien wat ik kan en hoe je mij notulen stuurt"),
        new("my actions", "mijn acties", "Your open action items", "Jouw openstaande actiepunten"),
        new("actions", "acties", "The team's open action items", "De openstaande actiepunten van het team"),
        new("decisions", "besluiten", "Search the decisions: decisions <words>", "Zoek in de besluiten: besluiten <woorden>"),
        new("next meeting", "volgende vergadering", "Set the next meeting: next meeting <date time>", "Stel de volgende vergadering in: volgende vergadering <datum tijd>"),
        new("settings", "instellingen", "Reminders and language for this team or chat", "Herinneringen en taal voor dit team of deze chat"),
    ];
}
