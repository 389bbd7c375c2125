namespace TeamsBot.Reminders;

/// <summary>At most <see cref="Count"/> sends in any window of length <see cref="Window"/>.</summary>
public readonly record struct SendLimit(int Count, TimeSpan Window);

/// <summary>
/// Teams' documented send limits (teams-protocol.md 6.1): per bot per conversation 7 per 1 s, 8 per 2 s, 60 per 30 s
/// and 1,800 per hour; per app per tenant 50 per second.
/// </summary>
public sealed record SendLimits(IReadOnlyList<SendLimit> PerConversation, IReadOnlyList<SendLimit> PerTenant)
{
    public static SendLimits Teams { get; } = new(
        [new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)), new(1800, TimeSpan.FromHours(1))],
        [new(50, TimeSpan.FromSeconds(1))]);

    /// <summary>The same counts over windows longer by <paramref name="margin"/>: stricter, so sends kept to them keep these with room to spare.</summary>
    public SendLimits Widened(TimeSpan margin) =>
        new([.. PerConversation.Select(l => l with { Window = l.Window + margin })], [.. PerTenant.Select(l => l with { Window = l.Window + margin })]);
}
