using System.Collections.Concurrent;

namespace TeamsBot.Texts;

/// <summary>
/// The text tables the bot has: every non-abstract <see cref="TextTable"/> in the bot's assembly, by its code, and
/// those a test adds with <see cref="Add"/>.
/// </summary>
public static class TextTables
{
    private static readonly ConcurrentDictionary<string, TextTable> Added = new(StringComparer.Ordinal);

    /// <summary>The tables built into the bot, Dutch first (the default).</summary>
    public static IReadOnlyList<TextTable> BuiltIn { get; } = [.. typeof(TextTable).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(TextTable)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (TextTable)Activator.CreateInstance(t)!)
        .OrderBy(t => t.Code == "nl" ? 0 : 1)
        .ThenBy(t => t.Code, StringComparer.Ordinal)];

    /// <summary>The built-in tables and those added.</summary>
    public static IReadOnlyList<TextTable> All => [.. BuiltIn, .. Added.Values.Where(t => BuiltIn.All(b => b.Code != t.Code))];

    public static TextTable For(Language language) => Find(language.Code) ?? BuiltIn[0];

    public static TextTable? Find(string code) =>
        BuiltIn.FirstOrDefault(t => t.Code == code) ?? Added.GetValueOrDefault(code);

    /// <summary>Makes a table from outside the bot's assembly known (a test's language); a built-in code is not replaced.</summary>
    public static void Add(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Added.TryAdd(table.Code, table);
    }
}
