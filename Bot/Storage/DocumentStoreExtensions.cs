namespace TeamsBot.Storage;

/// <summary>Operations both stores share, built on the four of <see cref="IDocumentStore"/>.</summary>
public static class DocumentStoreExtensions
{
    /// <summary>
    /// Deletes every document under <paramref name="prefix"/> and returns how many there were. Runs until a listing
    /// comes back empty, so that documents written while it ran are deleted too.
    /// </summary>
    public static async Task<int> DeleteAllAsync(this IDocumentStore store, StorageKey prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var deleted = 0;
        while (true)
        {
            var keys = new List<StorageKey>();
            await foreach (var key in store.ListAsync(prefix, cancellationToken))
            {
                keys.Add(key);
            }

            if (keys.Count == 0)
            {
                return deleted;
            }

            foreach (var key in keys)
            {
                deleted += await store.DeleteAsync(key, cancellationToken) ? 1 : 0;
            }
        }
    }
}
