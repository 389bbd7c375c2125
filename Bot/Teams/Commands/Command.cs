using TeamsBot.Cards;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Commands;

/// <summary>What a message to the bot asks for.</summary>
public enum CommandKind { MyActions, TeamActions, Decisions, NextMeeting, Settings, Help, Unknown }

/// <summary>
/// A recognised command, the words after it (the search words, the date) and the language its words were in;
/// <see cref="Language"/> is null when the words fit both languages ("help", "?").
/// </summary>
public sealed record Command(CommandKind Kind, string Argument, Language? Language)
{
    public static Command Unknown { get; } = new(CommandKind.Unknown, string.Empty, null);
}
