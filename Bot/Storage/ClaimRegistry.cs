namespace TeamsBot.Storage;

/// <summary>
/// Exactly-once by conditional create: the first caller to claim a name wins, every later caller (on any instance
/// sharing the store) loses. The reminders use it so that each reminder is delivered once by N instances. A claim's
/// name may be any text ("reminder/{team}/{meeting}/{owner}/{date}"): it is hashed into the key, never used as a path.
/// </summary>
public sealed class ClaimRegistry(IDocumentStore store)
{
    /// <summary>True when this caller created the claim; false when someone already holds it.</summary>
    public async Task<bool> TryClaimAsync(string tenantId, string claimName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var etag = await store.TryWriteAsync(KeyOf(tenantId, claimName), payload, WriteCondition.Absent, cancellationToken);
        return etag is not null;
    }

    /// <summary>What the winner stored with the claim, or null when the name is unclaimed.</summary>
    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string tenantId, string claimName, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyOf(tenantId, claimName), cancellationToken) is { } document ? document.Content : null;

    /// <summary>Creates the claim (If-None-Match: *) and returns its ETag, or null when it exists already.</summary>
    public Task<string?> TryCreateAsync(string tenantId, string claimName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        store.TryWriteAsync(KeyOf(tenantId, claimName), payload, WriteCondition.Absent, cancellationToken);

    /// <summary>The claim's payload with its ETag (for a takeover with If-Match), or null when the name is unclaimed.</summary>
    public Task<StoredDocument?> ReadVersionAsync(string tenantId, string claimName, CancellationToken cancellationToken) =>
        store.ReadAsync(KeyOf(tenantId, claimName), cancellationToken);

    /// <summary>
    /// Replaces the claim only while it is still the version <paramref name="etag"/> names (If-Match) and returns the new
    /// ETag, or null when someone changed it meanwhile. The payload must differ from the current one (a stored nonce),
    /// because a store may derive the ETag from the content.
    /// </summary>
    public Task<string?> TryReplaceAsync(string tenantId, string claimName, ReadOnlyMemory<byte> payload, string etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return store.TryWriteAsync(KeyOf(tenantId, claimName), payload, WriteCondition.Match(etag), cancellationToken);
    }

    /// <summary>Gives the claim up, so that it can be claimed again (a delivery that failed for good).</summary>
    public Task<bool> ReleaseAsync(string tenantId, string claimName, CancellationToken cancellationToken) =>
        store.DeleteAsync(KeyOf(tenantId, claimName), cancellationToken);

    /// <summary>Every claim of a tenant lives under this prefix (for forgetting a tenant).</summary>
    public static StorageKey TenantPrefix(string tenantId) => TenantKeys.Tenant(tenantId).Child("claims");

    private static StorageKey KeyOf(string tenantId, string claimName)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(claimName);
        return TenantPrefix(tenantId).Child(TenantKeys.Hash("claim", claimName));
    }
}
