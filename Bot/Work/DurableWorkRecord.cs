using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsBot.Teams;

namespace TeamsBot.Work;

/// <summary>
/// One piece of queued work as the store keeps it (<c>work/pending/{id}</c>, or <c>work/dead/{id}</c> once given up):
/// the item, how often it was tried and when to try next, and who holds it now. <see cref="LeaseOwner"/> and
/// <see cref="LeaseUntil"/> are set with a conditional write, so that of several instances only one runs it at a time;
/// a lease of a crashed instance simply runs out. <see cref="Version"/> changes with every write, so that no two
/// versions have the same content (the file-system store derives its ETag from the content).
/// </summary>
public sealed record DurableWorkRecord(
    string Id,
    BackgroundWorkItem Item,
    DateTimeOffset EnqueuedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil,
    int Version,
    string? LastError = null)
{
    public bool IsLeasedByOther(string instanceId, DateTimeOffset now) =>
        LeaseOwner is not null && LeaseOwner != instanceId && LeaseUntil > now;

    public DurableWorkRecord Leased(string instanceId, DateTimeOffset until) =>
        this with { LeaseOwner = instanceId, LeaseUntil = until, Version = Version + 1 };

    public DurableWorkRecord Released() =>
        this with { LeaseOwner = null, LeaseUntil = null, Version = Version + 1 };

    /// <summary>After a failed attempt: counted, the error's type kept (never its message: it may hold names), due again at <paramref name="next"/>.</summary>
    public DurableWorkRecord Failed(Exception error, DateTimeOffset next) =>
        this with { Attempts = Attempts + 1, NextAttemptAt = next, LeaseOwner = null, LeaseUntil = null, Version = Version + 1, LastError = error.GetType().Name };
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DurableWorkRecord))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DurableWorkJson : JsonSerializerContext;
