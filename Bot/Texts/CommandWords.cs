namespace TeamsBot.Texts;

/// <summary>
/// The words the commands are typed with in one language, lower case without diacritics. The parser tolerates a
/// small typo per word; <see cref="Decisions"/> and <see cref="NextMeeting"/> take words after them, the others allow
/// only a <see cref="Polite"/> word.
/// </summary>
public sealed class CommandWords
{
    public required IReadOnlyList<string> MyActions { get; init; }

    public required IReadOnlyList<string> TeamActions { get; init; }

    public required IReadOnlyList<string> Decisions { get; init; }

    public required IReadOnlyList<string> NextMeeting { get; init; }

    public required IReadOnlyList<string> Settings { get; init; }

    /// <summary>Help in this language's own words ("hulp"); "help" and "?" are understood in every language.</summary>
    public required IReadOnlyList<string> Help { get; init; }

    public required IReadOnlyList<string> Polite { get; init; }

    /// <summary>Words a decisions search ignores: those that only say "decisions" or "search", and the glue words.</summary>
    public required IReadOnlyList<string> SearchNoise { get; init; }
}
