using System.Globalization;

namespace TeamsBot.Texts;

/// <summary>
/// Every word the bot writes in one language: the cards, the replies and notices, the reasons a file is refused, and
/// the words its commands are typed with. One class per language derives from this one (<see cref="Dutch"/>,
/// <see cref="English"/>); <see cref="TextTables"/> finds them, so that a new language is a new class and nothing else
/// in the code. The compiler checks that a table has every text.
/// </summary>
public abstract class TextTable
{
    /// <summary>The language's two-letter code, as locales start with it and team settings store it ("nl").</summary>
    public abstract string Code { get; }

    /// <summary>The language's own name, as the settings card offers it ("Nederlands").</summary>
    public abstract string Name { get; }

    /// <summary>How numbers are written ("1,5 MB" or "1.5 MB", "5.000.000" or "5,000,000").</summary>
    public abstract NumberFormatInfo Numbers { get; }

    public abstract CardStrings Cards { get; }

    public abstract ReplyStrings Replies { get; }

    public abstract RefusalStrings Refusals { get; }

    public abstract CommandWords Commands { get; }

    /// <summary>
    /// The app's command menu in Teams, in the order of the manifest's command lists; the manifest's strings for this
    /// language (<c>manifest/manifest.json</c> for English, else <c>manifest/&lt;code&gt;.json</c>) must say the same.
    /// </summary>
    public abstract IReadOnlyList<MenuCommand> Menu { get; }

    public Language Language => Language.FromCode(Code);

    /// <summary>A byte count as people read it: "20 MB", "1.5 MB" ("1,5 MB" in Dutch), "512 KB".</summary>
    public string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024.0)).ToString("0.#", Numbers) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}
