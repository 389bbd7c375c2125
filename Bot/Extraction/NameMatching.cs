using System.Globalization;
using System.Text;

namespace TeamsBot.Extraction;

/// <summary>
/// One word of a text as the name matcher sees it: where it is, its folded form (lower case, no diacritics)
/// and how it is capitalised.
/// </summary>
internal readonly record struct NameToken(int Start, int Length, string Folded, bool Capitalised, bool AllUpper)
{
    public int End => Start + Length;
}

/// <summary>The text operations name matching rests on: folding, tokenising, adjacency and edit distance.</summary>
internal static class NameMatching
{
    /// <summary>Lower case without diacritics, so that "Topcu" meets "Topçu" and "Michael" meets "Michaël".</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return word.ToString().ToLowerInvariant();
        }

        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            folded.Append(char.ToLowerInvariant(c) switch
            {
                'ß' => "ss",
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ł' => "l",
                'đ' => "d",
                'ı' => "i",
                var other => other.ToString(),
            });
        }

        return folded.ToString();
    }

    /// <summary>The words of a text: runs of letters and digits. Hyphens, apostrophes and dots separate words.</summary>
    public static List<NameToken> Tokenize(string text)
    {
        // About one word in seven characters of prose: sized once instead of grown (growing was half of the time here).
        var tokens = new List<NameToken>((text.Length / 7) + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            tokens.Add(MakeToken(text, start, i - start));
        }

        return tokens;
    }

    /// <summary>
    /// True when two words of a name follow each other: only spaces, a hyphen or an apostrophe between them,
    /// or the dot of an initial ("James M. Snell"). A line break or other punctuation ends a name.
    /// </summary>
    public static bool Adjacent(string text, NameToken first, NameToken second)
    {
        var gap = second.Start - first.End;
        if (gap < 1 || gap > 3)
        {
            return false;
        }

        for (var i = first.End; i < second.Start; i++)
        {
            var c = text[i];
            var allowed = c is ' ' or '\u00A0' or '\t' or '-' or '\'' or '\u2019' or '\u2010' or '\u2011'
                || (c == '.' && first.Length == 1);
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when only spaces separate two words (no punctuation, no line break).</summary>
    public static bool SpaceBetween(string text, NameToken first, NameToken second)
    {
        var gap = second.Start - first.End;
        if (gap < 1 || gap > 2)
        {
            return false;
        }

        for (var i = first.End; i < second.Start; i++)
        {
            if (text[i] is not (' ' or '\u00A0' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many typing errors a name of <paramref name="length"/> letters may carry and still be recognised.</summary>
    public static int TyposAllowed(int length) => length >= 8 ? 2 : length >= 5 ? 1 : 0;

    /// <summary>Levenshtein distance with adjacent transpositions, or <paramref name="max"/> + 1 when it is larger than max.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static NameToken MakeToken(string text, int start, int length)
    {
        var word = text.AsSpan(start, length);
        var first = word[0];

        // Scripts without case count as capitalised: their names cannot be told from words by case anyway.
        var capitalised = char.IsLetter(first) && !char.IsLower(first);
        var allUpper = length >= 2;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) || char.IsLower(c))
            {
                allUpper = false;
                break;
            }
        }

        return new NameToken(start, length, Fold(word), capitalised, allUpper);
    }
}
