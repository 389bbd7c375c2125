using TeamsBot.Extraction;

namespace TeamsBot.Followup;

/// <summary>Words of a text folded the way the extractor folds names: lower case, no diacritics ("Begroting" = "begróting").</summary>
internal static class TextFolding
{
    public static IEnumerable<string> Words(string? text) =>
        string.IsNullOrEmpty(text) ? [] : NameMatching.Tokenize(text).Select(t => t.Folded);
}
