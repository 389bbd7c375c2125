using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>A date written in a text: the date, where it stands, and whether the text gave its year.</summary>
internal sealed record DateMention(DateOnly Date, int Start, int Length, bool HasYear);

/// <summary>A date as written, before a year is supplied: <see cref="Year"/> is null when the text gives none.</summary>
internal readonly record struct WrittenDate(int Day, int Month, int? Year, int Start, int Length)
{
    /// <summary>The date in the given year, or null when there is no such day (30 February).</summary>
    public DateOnly? In(int year) =>
        year is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
}

/// <summary>
/// Finds the dates written in a text in any of the common forms: "woensdag 24 mei 2023", "24 mei", "24-5-2023",
/// "2023-05-24", "May 24, 2023", "Sept 3rd". Numbers that only look like dates (times, amounts, versions) are skipped.
/// </summary>
internal static class DateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    /// <summary>
    /// The dates in <paramref name="text"/>, in order. A date without a year takes the year of
    /// <paramref name="reference"/>, and is left out when there is no reference.
    /// </summary>
    public static IReadOnlyList<DateMention> Find(string text, string language, DateOnly? reference)
    {
        var mentions = new List<DateMention>();
        foreach (var written in Scan(text, language))
        {
            var date = written.Year is { } year ? written.In(year) : reference is { } r ? written.In(r.Year) : null;
            if (date is { } d)
            {
                mentions.Add(new DateMention(d, written.Start, written.Length, written.Year is not null));
            }
        }

        return mentions;
    }

    /// <summary>The dates as written, with a year only where the text gives one; impossible dates are left out.</summary>
    internal static IEnumerable<WrittenDate> Scan(string text, string language)
    {
        // Every written date has a digit; most sentences have none.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            yield break;
        }

        var grammar = DateGrammar.For(language);
        for (var match = grammar.DatePattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (Read(match, grammar) is { } written)
            {
                yield return written;
            }
        }
    }

    private static WrittenDate? Read(Match match, DateGrammar grammar)
    {
        int day, month;
        int? year;
        if (match.Groups["iy"].Success)
        {
            (year, month, day) = (Int(match.Groups["iy"]), Int(match.Groups["im"]), Int(match.Groups["id"]));
        }
        else if (match.Groups["a"].Success)
        {
            if (!ReadNumeric(match, grammar, out day, out month, out var numericYear))
            {
                return null;
            }

            year = numericYear;
        }
        else if (match.Groups["d"].Success)
        {
            day = Int(match.Groups["d"]);
            month = grammar.Month(match.Groups["m"].Value) ?? 0;
            year = match.Groups["y"].Success ? Int(match.Groups["y"]) : null;
        }
        else
        {
            if (!grammar.IsMonthWord(match.Groups["m2"].Value))
            {
                return null;
            }

            day = Int(match.Groups["d2"]);
            month = grammar.Month(match.Groups["m2"].Value) ?? 0;
            year = match.Groups["y2"].Success ? Int(match.Groups["y2"]) : null;
        }

        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)
            && (year is null || (year >= MinYear && year <= MaxYear && day <= DateTime.DaysInMonth(year.Value, month)));
        return valid ? new WrittenDate(day, month, year, match.Index, match.Length) : null;
    }

    private static bool ReadNumeric(Match match, DateGrammar grammar, out int day, out int month, out int year)
    {
        var yearText = match.Groups["c"].Value;
        day = Int(match.Groups["a"]);
        month = Int(match.Groups["b"]);
        year = Int(match.Groups["c"]);

        // Two-digit years with dots are more often version numbers ("1.10.12") than dates.
        if (yearText.Length == 2)
        {
            if (match.Groups["s"].Value == ".")
            {
                return false;
            }

            year += 2000;
        }

        // Day first everywhere; month first only where the language writes it and the day part cannot be a month.
        if (month > 12 && day <= 12 && grammar.Lexicon.MonthFirst)
        {
            (day, month) = (month, day);
        }

        return true;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
