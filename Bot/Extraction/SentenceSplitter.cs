using System.Collections.Frozen;

namespace TeamsBot.Extraction;

/// <summary>A sentence of a block's text: where it starts and how long it is.</summary>
internal readonly record struct SentenceSpan(int Start, int Length);

/// <summary>
/// Splits the text of a block into sentences, aware of the abbreviations of every language with a lexicon
/// ("o.a.", "z.s.m.", "e.g."), initials ("J. Snell"), decimals and times ("1,2 miljoen", "13.30 uur").
/// A line break ends a sentence when the line ends in punctuation or the next line starts a new
/// speaker ("Ryan: ...") or bullet; otherwise the line was wrapped and the sentence goes on.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = LexiconFiles.Languages
        .SelectMany(language => LanguageLexicon.For(language).Abbreviations)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var spans = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int end;
            if (c == '\n')
            {
                if (!LineEndsSentence(text, i))
                {
                    continue;
                }

                end = i;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']' or '»'))
                {
                    end++;
                }

                if (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    continue;
                }

                if (c == '.' && !EndsSentence(text, i, end))
                {
                    continue;
                }

                i = end - 1;
            }
            else if (c == ')' && StandsAlone(text, start, i))
            {
                end = i + 1;
            }
            else
            {
                continue;
            }

            Add(spans, text, start, end);
            start = end;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>A remark in brackets between two sentences ("(jan doet een voorstel) We ...") is a sentence of its own.</summary>
    private static bool StandsAlone(string text, int start, int close)
    {
        while (start < close && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (text[start] != '(' || text.IndexOf(')', start) != close)
        {
            return false;
        }

        var next = close + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && char.IsUpper(text[next]);
    }

    private static bool EndsSentence(string text, int period, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..(period + 1)];
        if (Abbreviations.Contains(word))
        {
            return false;
        }

        // An initial ("J.", "C.L.") before a capitalised name.
        return !(word.Length <= 4 && word.Replace(".", "", StringComparison.Ordinal) is { Length: >= 1 and <= 2 } letters && letters.All(char.IsUpper));
    }

    private static bool LineEndsSentence(string text, int newline)
    {
        var before = newline - 1;
        if (before >= 0 && text[before] is '.' or '!' or '?' or ':' or ';' or '…')
        {
            return true;
        }

        var next = newline + 1;
        if (next >= text.Length)
        {
            return true;
        }

        var c = text[next];
        return !char.IsLower(c) && !char.IsDigit(c) && c is not ('(' or '&' or '-' or '+');
    }

    private static void Add(List<SentenceSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new SentenceSpan(start, end - start));
        }
    }
}
