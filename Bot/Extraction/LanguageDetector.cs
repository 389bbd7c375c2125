using System.Collections.Frozen;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>Tells the language of a document by counting the common words of each language that has a lexicon.</summary>
internal static class LanguageDetector
{
    private const int SampleChars = 20_000;

    private static readonly (string Language, FrozenSet<string> Stopwords)[] Languages = LexiconFiles.Languages
        .Select(language => (language, LanguageLexicon.For(language).Stopwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase)))
        .ToArray();

    /// <summary>The language code ("nl", "en") whose common words occur most; English when nothing is known.</summary>
    public static string Detect(MinutesDocument document)
    {
        var counts = new int[Languages.Length];
        var seen = 0;
        foreach (var block in document.Blocks)
        {
            foreach (var word in WordSpans.Of(block.Text).Select(range => block.Text[range]))
            {
                for (var i = 0; i < Languages.Length; i++)
                {
                    if (Languages[i].Stopwords.Contains(word))
                    {
                        counts[i]++;
                    }
                }
            }

            seen += block.Text.Length;
            if (seen > SampleChars)
            {
                break;
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return Languages.Length == 0 || counts[best] == 0 ? "en" : Languages[best].Language;
    }
}
