using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsBot.Storage;

namespace TeamsBot.Reminders;

/// <summary>Where a claim stands for the caller.</summary>
public enum ClaimOutcome
{
    /// <summary>This instance holds it now and may send.</summary>
    Claimed,

    /// <summary>Delivered (or given up for good): nobody sends it again.</summary>
    Done,

    /// <summary>Another instance holds it and its lease has not run out.</summary>
    HeldByOther,
}

/// <summary>The state stored in a claim document.</summary>
public enum ClaimState { Claimed, Sent, Failed, Released, Abandoned }

/// <summary>A claim document: its state, holder, lease end, failed attempts, the activity id once sent, and a nonce that makes every version's content (and so its ETag) unique.</summary>
public sealed record ClaimDocument(ClaimState State, string Holder, DateTimeOffset LeaseUntil, int Attempts, string? ActivityId, string Nonce);

/// <summary>The result of a claim attempt; <see cref="ETag"/> and <see cref="Document"/> are this instance's version when <see cref="ClaimOutcome.Claimed"/>.</summary>
public sealed record ReminderClaim(string TenantId, string Name, ClaimOutcome Outcome, string? ETag, ClaimDocument? Document);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ClaimDocument))]
internal sealed partial class ClaimJson : JsonSerializerContext;

/// <summary>
/// Exactly-once delivery on <see cref="ClaimRegistry"/> (any <see cref="IDocumentStore"/>). Protocol: create the claim
/// with If-None-Match: * before sending; send; mark it sent with If-Match on the claim's ETag. A claim still "claimed"
/// after its lease (the holder crashed), "failed" (a transient failure) or "released" (throttled too often) is taken
/// over with If-Match on the version read, so of several instances exactly one wins each step.
/// The remaining duplicate window: a send that reached Teams but whose answer was lost (timeout, crash after the
/// POST and before the mark) leaves the claim "claimed" or "failed"; after the lease another instance sends again.
/// The connector gives no idempotency key for proactive messages, so this window cannot be closed from here; it is
/// as wide as one send call, and the lease only ensures nobody resends while the holder may still be sending.
/// </summary>
public sealed class ReminderClaims(ClaimRegistry registry, TimeProvider time)
{
    /// <summary>Claims <paramref name="name"/> for <paramref name="holder"/> for <paramref name="lease"/>, unless it is done or held by another.</summary>
    public async Task<ReminderClaim> TryClaimAsync(string tenantId, string name, string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 3; round++)
        {
            var fresh = Document(ClaimState.Claimed, holder, lease, 0, null);
            if (await registry.TryCreateAsync(tenantId, name, Bytes(fresh), cancellationToken) is { } created)
            {
                return new(tenantId, name, ClaimOutcome.Claimed, created, fresh);
            }

            var stored = await registry.ReadVersionAsync(tenantId, name, cancellationToken);
            if (stored is null)
            {
                continue;
            }

            var current = JsonSerializer.Deserialize(stored.Content.Span, ClaimJson.Default.ClaimDocument)
                ?? throw new InvalidDataException("A reminder claim is empty.");
            if (current.State is ClaimState.Sent or ClaimState.Abandoned)
            {
                return new(tenantId, name, ClaimOutcome.Done, null, current);
            }

            if (current.State == ClaimState.Claimed && current.LeaseUntil > time.GetUtcNow())
            {
                return new(tenantId, name, ClaimOutcome.HeldByOther, null, current);
            }

            var takeover = Document(ClaimState.Claimed, holder, lease, current.Attempts, null);
            return await registry.TryReplaceAsync(tenantId, name, Bytes(takeover), stored.ETag, cancellationToken) is { } etag
                ? new(tenantId, name, ClaimOutcome.Claimed, etag, takeover)
                : new(tenantId, name, ClaimOutcome.HeldByOther, null, current);
        }

        return new(tenantId, name, ClaimOutcome.HeldByOther, null, null);
    }

    /// <summary>Extends the lease of a claim this instance holds; the new claim, or null when the lease was lost.</summary>
    public Task<ReminderClaim?> RenewAsync(ReminderClaim claim, TimeSpan lease, CancellationToken cancellationToken) =>
        ReplaceAsync(claim, d => Document(ClaimState.Claimed, d.Holder, lease, d.Attempts, null), cancellationToken);

    /// <summary>Records the send with the activity id Teams returned; false when the lease was lost meanwhile (another instance may send too).</summary>
    public async Task<bool> MarkSentAsync(ReminderClaim claim, string activityId, CancellationToken cancellationToken) =>
        await ReplaceAsync(claim, d => Document(ClaimState.Sent, d.Holder, TimeSpan.Zero, d.Attempts, activityId), cancellationToken) is not null;

    /// <summary>Counts a failed send: claimable again next round, or abandoned once <paramref name="maxAttempts"/> failed or the failure is permanent.</summary>
    public async Task<ClaimState?> MarkFailedAsync(ReminderClaim claim, bool transient, int maxAttempts, CancellationToken cancellationToken)
    {
        var attempts = (claim.Document?.Attempts ?? 0) + 1;
        var state = transient && attempts < maxAttempts ? ClaimState.Failed : ClaimState.Abandoned;
        return await ReplaceAsync(claim, d => Document(state, d.Holder, TimeSpan.Zero, attempts, null), cancellationToken) is null ? null : state;
    }

    /// <summary>Gives the claim back without counting an attempt (nothing was sent), so that the next round tries again.</summary>
    public async Task<bool> ReleaseAsync(ReminderClaim claim, CancellationToken cancellationToken) =>
        await ReplaceAsync(claim, d => Document(ClaimState.Released, d.Holder, TimeSpan.Zero, d.Attempts, null), cancellationToken) is not null;

    private async Task<ReminderClaim?> ReplaceAsync(ReminderClaim claim, Func<ClaimDocument, ClaimDocument> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Outcome != ClaimOutcome.Claimed || claim.ETag is null || claim.Document is null)
        {
            throw new InvalidOperationException("Only a claim this instance holds can be changed.");
        }

        var next = change(claim.Document);
        return await registry.TryReplaceAsync(claim.TenantId, claim.Name, Bytes(next), claim.ETag, cancellationToken) is { } etag
            ? claim with { ETag = etag, Document = next }
            : null;
    }

    private ClaimDocument Document(ClaimState state, string holder, TimeSpan lease, int attempts, string? activityId) =>
        new(state, holder, time.GetUtcNow() + lease, attempts, activityId, Guid.NewGuid().ToString("N"));

    private static byte[] Bytes(ClaimDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, ClaimJson.Default.ClaimDocument);
}
