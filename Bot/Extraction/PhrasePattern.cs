using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>Builds regular-expression alternations from lexicon words: longest first, spaces match any whitespace.</summary>
internal static class PhrasePattern
{
    public static string Of(IEnumerable<string> words)
    {
        var parts = words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)).ToList();
        return parts.Count == 0 ? "(?!)" : string.Join('|', parts);
    }
}
