using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace TeamsBot.Storage;

/// <summary>
/// The zero-setup store: one file per document under a root folder. A write goes to a temporary file that is then
/// renamed over the document, so a reader sees the old or the new document, never half of one. The ETag is a hash of
/// the content; conditional writes of one key are serialised by a lock, which makes the store safe within one process
/// (not across processes: several instances need the blob store).
/// </summary>
public sealed class FileSystemDocumentStore : IDocumentStore
{
    private const string Extension = ".doc";
    private readonly string _root;
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public FileSystemDocumentStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task<StoredDocument?> ReadAsync(StorageKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var content = await ReadBytesAsync(PathOf(key), cancellationToken);
        return content is null ? null : new StoredDocument(content, ETagOf(content));
    }

    public async Task<string?> TryWriteAsync(StorageKey key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = PathOf(key);
        var gate = LockOf(key);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (condition.IfAbsent || condition.IfMatch is not null)
            {
                var current = await ReadBytesAsync(path, cancellationToken);
                var holds = condition.IfAbsent ? current is null : current is not null && ETagOf(current) == condition.IfMatch;
                if (!holds)
                {
                    return null;
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Guid.NewGuid():N}.tmp");
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            return ETagOf(content.Span);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<bool> DeleteAsync(StorageKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = PathOf(key);
        var gate = LockOf(key);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public async IAsyncEnumerable<StorageKey> ListAsync(StorageKey prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var folder = Path.Combine(_root, Path.Combine([.. prefix.Segments]));
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        await Task.Yield();
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (StorageKey.TryParse(relative[..^Extension.Length]) is { } key)
            {
                yield return key;
            }
        }
    }

    private static async Task<byte[]?> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static string ETagOf(ReadOnlySpan<byte> content) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";

    private string PathOf(StorageKey key) => Path.Combine(_root, Path.Combine([.. key.Segments])) + Extension;

    private SemaphoreSlim LockOf(StorageKey key) =>
        _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(key.Path) % (uint)_locks.Length)];
}
