using System.Text.RegularExpressions;

namespace TeamsBot.Followup;

/// <summary>
/// The name of a meeting's series (its Planner bucket, the minutes its next minutes follow up): the title without its date
/// ("Stuurgroep Stadspartners 24 mei 2023" is "Stuurgroep Stadspartners").
/// </summary>
internal static partial class SeriesNames
{
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var name = Spaces().Replace(Separators().Replace(Dates().Replace(title, " "), " "), " ").Trim(' ', '-', '–', ',', '.', ':', '(', ')');
        return name.Length > 0 ? name : title.Trim();
    }

    // Numeric dates (2023-05-24, 24-5-2023, 24/05/23), day and month name with or without a year, a month and year, a lone year.
    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b(\d{1,2}(e|ste|de|st|nd|rd|th)?\s+)?(jan(uari|uary)?|feb(ruari|ruary)?|maart|march|mar|apr(il)?|mei|may|jun[ie]?|jul[iy]?|aug(ustus|ust)?|sep(t(ember)?)?|okt(ober)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?(\s+\d{1,2}(st|nd|rd|th)?)?(,?\s+\d{4})?\b|\b(19|20)\d{2}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dates();

    [GeneratedRegex(@"\s+[-–|,]\s*(?=\s|$)|\s+(van|of|d\.d\.|dd)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
