using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>
/// The label of someone speaking at the start of a line: "Ryan:", "Eric Huss:", "Ronald C:", initials ("EAO:",
/// "* TBL:"), handles ("rlb:", "@ekr:"), "[Jenn Bonner]" and "Ruben (14:55):". Whether a label is a person,
/// the roster decides.
/// </summary>
internal static partial class SpeakerLabels
{
    /// <summary>The person-shaped label that starts a line, as written (without "@" or brackets), or null.</summary>
    public static string? OfLine(string line) => LineLabel().Match(line) is { Success: true } label ? label.Groups["name"].Value : null;

    /// <summary>A label at the start of a sentence; its "name" group holds the label as written.</summary>
    public static Match AtStart(string sentence) => SentenceLabel().Match(sentence);

    /// <summary>"EAO", "TBL": capitals only.</summary>
    public static bool IsShortForm(string label) => label.Length is >= 2 and <= 4 && label.All(char.IsUpper);

    /// <summary>"rlb", "ekr": a handle written in lower case.</summary>
    public static bool IsHandle(string label) => label.Length > 0 && char.IsLower(label[0]);

    // A person-shaped label on its own line: a capitalised name of up to two words (particles between allowed,
    // the second may be an initial), initials, or a lower-case handle; "[Name]" needs no colon.
    [GeneratedRegex(@"^[ \t]*(?:[*•\-–][ \t]+)?(?:\[(?<name>[\p{Lu}][\p{Ll}\p{M}]+(?:[ \t][\p{Lu}][\p{Ll}\p{M}\-]+){0,2})\](?!\()|@?(?<name>[\p{Lu}][\p{Ll}\p{M}]+(?:[ \t](?:\p{Ll}{1,3}[ \t]){0,2}\p{Lu}(?:[\p{Ll}\p{M}]+|\.)?)?|\p{Lu}{2,4}|\p{Ll}[\p{Ll}\d_]{1,15})(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*:)[ \t]+(?=\S)")]
    private static partial Regex LineLabel();

    // A name-like label of one to four words before a colon, or a bracketed name; the roster decides whether it is a person.
    [GeneratedRegex(@"^(?:[*•\-–]\s+)?(?:\[(?<name>[\p{Lu}][^\]\n]{0,40})\](?!\()\s*:?|@?(?<name>[\p{L}][^\s:\[\]]{0,30}(?:\s+[^\s:]{1,30}){0,3}?)(?:\s*\([^)\n]{1,12}\))?\s*:)\s+(?=\S)")]
    private static partial Regex SentenceLabel();
}
