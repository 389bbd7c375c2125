using System.Globalization;
using TeamsBot.Texts;

namespace TeamsBot.Cards;

/// <summary>
/// Dates as people say them in a card: "vr 9 jun" / "Fri 9 Jun", with the year only when it is not this year.
/// The names come from the card's string table, not from the machine's culture data, so every host draws the same.
/// </summary>
public static class CardDates
{
    public static string Day(DateOnly date, CardStrings strings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{strings.DayNames[(int)date.DayOfWeek]} {date.Day} {strings.MonthNames[date.Month - 1]}");
        return date.Year == today.Year ? text : string.Create(CultureInfo.InvariantCulture, $"{text} {date.Year}");
    }

    public static string DayAndTime(DateTime local, CardStrings strings, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"{Day(DateOnly.FromDateTime(local), strings, today)} {local:HH:mm}");

    /// <summary>The date as an Input.Date value (yyyy-MM-dd).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
