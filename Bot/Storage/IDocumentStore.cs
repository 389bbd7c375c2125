namespace TeamsBot.Storage;

/// <summary>A document as stored, with the version tag a conditional write must name to replace it.</summary>
public sealed record StoredDocument(ReadOnlyMemory<byte> Content, string ETag);

/// <summary>The precondition of a write: none, "only if absent" (If-None-Match: *), or "only if still this version" (If-Match).</summary>
public readonly record struct WriteCondition(string? IfMatch, bool IfAbsent)
{
    public static WriteCondition None => default;

    public static WriteCondition Absent => new(null, true);

    public static WriteCondition Match(string etag) => new(etag, false);
}

/// <summary>
/// Documents by key with optimistic concurrency. Two production implementations: Azure Blob Storage
/// (<see cref="AzureBlobDocumentStore"/>) and the zero-setup file system (<see cref="FileSystemDocumentStore"/>);
/// one contract test suite holds both to the same behaviour.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document, or null when there is none.</summary>
    Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken);

    /// <summary>Writes when <paramref name="condition"/> holds and returns the new ETag; returns null when it does not (HTTP 409/412).</summary>
    Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken);

    /// <summary>Deletes the document; false when there was none.</summary>
    Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken);

    /// <summary>Every document under <paramref name="prefix"/>, at any depth.</summary>
    IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, CancellationToken cancellationToken);
}
