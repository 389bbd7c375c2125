namespace TeamsBot.Cards;

/// <summary>The IANA time zones the settings card offers: the Netherlands and Belgium first, the Dutch Caribbean and Suriname, then common others.</summary>
public static class CardTimeZones
{
    public static IReadOnlyList<string> Common { get; } =
    [
        "Europe/Amsterdam", "Europe/Brussels", "America/Curacao", "America/Paramaribo", "Europe/London", "Europe/Dublin",
        "Europe/Lisbon", "Europe/Berlin", "Europe/Paris", "Europe/Helsinki", "America/New_York", "America/Chicago",
        "America/Los_Angeles", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "UTC",
    ];

    public static bool IsOffered(string zone) => Common.Contains(zone, StringComparer.Ordinal);
}
