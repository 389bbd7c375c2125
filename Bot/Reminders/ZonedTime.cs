using System.Diagnostics.CodeAnalysis;

namespace TeamsBot.Reminders;

/// <summary>Local dates and times in an IANA time zone turned into instants with the right offset, across DST changes.</summary>
public static class ZonedTime
{
    public static bool TryFindZone(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = null;
            return false;
        }
    }

    public static TimeZoneInfo FindZone(string id) =>
        TryFindZone(id, out var zone) ? zone : throw new ArgumentException($"'{id}' is not a known IANA time zone.", nameof(id));

    /// <summary>
    /// The instant of a local date and time. A time skipped by the spring change (02:30) moves forward by the gap;
    /// a time that occurs twice in autumn takes its first occurrence (summer time).
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            local = local + (after - before);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The instant as the local clock in the zone shows it, with that zone's offset.</summary>
    public static DateTimeOffset In(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly DateIn(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(In(instant, zone).DateTime);
}
