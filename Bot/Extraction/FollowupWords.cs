namespace TeamsBot.Extraction;

/// <summary>
/// The words of a text that say what it is about, folded and cut to a crude stem, so that "caching" meets "cache" and
/// "toelichting" meets "toelichten": function words, status words and words of one or two letters left out.
/// </summary>
internal static class FollowupWords
{
    private static readonly string[] Endings = ["ingen", "ing", "ies", "ied", "ed", "es", "en", "er", "s", "e", "t", "d"];

    public static HashSet<string> Of(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        foreach (var token in NameMatching.Tokenize(text))
        {
            var word = token.Folded;
            if ((word.Length < 3 && !word.All(char.IsAsciiDigit)) || FollowupLexicon.IgnoredWords.Contains(word))
            {
                continue;
            }

            words.Add(Stem(word));
        }

        return words;
    }

    public static string Stem(string word)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var cut = Endings.FirstOrDefault(e => word.Length - e.Length >= 4 && word.EndsWith(e, StringComparison.Ordinal));
            if (cut is null)
            {
                break;
            }

            word = word[..^cut.Length];
        }

        return word;
    }
}
