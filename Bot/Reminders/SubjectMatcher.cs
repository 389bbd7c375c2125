using System.Globalization;
using System.Text;
using TeamsBot.Extraction;

namespace TeamsBot.Reminders;

/// <summary>
/// How well a calendar subject names the same meeting as the minutes' title, from 0 to 1. Dates, numbers, month and
/// weekday names and words such as "verslag" or "minutes" are ignored; words match when equal, nearly equal
/// (one typo) or when one is part of a compound of the other ("stuurgroepbijeenkomst").
/// </summary>
public static class SubjectMatcher
{
    private static readonly HashSet<string> Noise = BuildNoise();

    public static double Similarity(string title, string subject)
    {
        var a = Words(title);
        var b = Words(subject);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var matchedA = a.Count(x => b.Any(y => Alike(x, y)));
        var matchedB = b.Count(y => a.Any(x => Alike(x, y)));
        return (double)(matchedA + matchedB) / (a.Count + b.Count);
    }

    private static bool Alike(string x, string y)
    {
        if (x == y)
        {
            return true;
        }

        var shorter = x.Length <= y.Length ? x : y;
        var longer = ReferenceEquals(shorter, x) ? y : x;
        return shorter.Length >= 5 && (longer.Contains(shorter, StringComparison.Ordinal) || (longer.Length - shorter.Length <= 1 && Distance(x, y) <= 1));
    }

    private static List<string> Words(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && !Noise.Contains(w)).Distinct(StringComparer.Ordinal)];
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static HashSet<string> BuildNoise()
    {
        var noise = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in LexiconFiles.Languages)
        {
            var dates = ReminderLexicon.Dates(language);
            noise.UnionWith(ReminderLexicon.For(language).TitleNoise);
            noise.UnionWith(dates.Months.Keys);
            noise.UnionWith(dates.Weekdays.Keys);
        }

        return noise;
    }
}
