using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace TeamsBot.Storage;

/// <summary>
/// Documents as block blobs of one container, the key as the blob name. Conditional writes are the service's own
/// If-Match / If-None-Match: * on the blob's ETag, so several instances of the bot share it safely.
/// </summary>
public sealed class AzureBlobDocumentStore : IDocumentStore
{
    private readonly BlobContainerClient _container;
    private volatile bool _containerReady;

    public AzureBlobDocumentStore(BlobContainerClient container) => _container = container;

    public async Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var response = await _container.GetBlobClient(key.Path).DownloadContentAsync(cancellationToken);
            return new StoredDocument(response.Value.Content.ToMemory(), response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            ForgetContainerIfGone(ex);
            return null;
        }
    }

    public Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryWriteAsync(key, content, condition, recreateContainer: true, cancellationToken);
    }

    private async Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, bool recreateContainer, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var conditions = condition.IfAbsent
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : condition.IfMatch is { } etag ? new BlobRequestConditions { IfMatch = new ETag(etag) } : null;
        try
        {
            var response = await _container.GetBlobClient(key.Path).UploadAsync(
                new BinaryData(content), new BlobUploadOptions { Conditions = conditions }, cancellationToken);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (recreateContainer && IsContainerGone(ex) && condition.IfMatch is null)
        {
            // The container went away under us (deleted, or an emulator restarted empty): make it again and write once more.
            _containerReady = false;
            return await TryWriteAsync(key, content, condition, recreateContainer: false, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && condition.IfMatch is not null))
        {
            ForgetContainerIfGone(ex);
            return null;
        }
    }

    public async Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureContainerAsync(cancellationToken);
        var response = await _container.GetBlobClient(key.Path).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        return response.Value;
    }

    public async IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await EnsureContainerAsync(cancellationToken);
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix.Path + "/" }, cancellationToken))
        {
            if (StorageKey.TryParse(blob.Name) is { } key)
            {
                yield return key;
            }
        }
    }

    private static bool IsContainerGone(RequestFailedException ex) =>
        ex.Status == 404 && ex.ErrorCode == BlobErrorCode.ContainerNotFound.ToString();

    /// <summary>A container found missing is created again at the next call instead of failing every call after.</summary>
    private void ForgetContainerIfGone(RequestFailedException ex)
    {
        if (IsContainerGone(ex))
        {
            _containerReady = false;
        }
    }

    /// <summary>
    /// Creates the container on first use. Only success is remembered: a storage account that was unreachable at the
    /// first call is tried again at the next, so the bot recovers without a restart.
    /// </summary>
    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!_containerReady)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerReady = true;
        }
    }
}
