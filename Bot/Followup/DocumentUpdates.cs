using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>Read, change, write-if-unchanged, and on a conflict read again and re-apply the change.</summary>
internal static class DocumentUpdates
{
    public static async Task<T?> ReadAsync<T>(this IDocumentStore store, StorageKey key, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var document = await store.ReadAsync(key, cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize(document.Content.Span, type);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current document (null when there is none) until a write succeeds.
    /// A change that returns null needs no write. Returns the document as it stands afterwards.
    /// </summary>
    public static async Task<T?> UpdateAsync<T>(
        this IDocumentStore store, StorageKey key, JsonTypeInfo<T> type, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class
    {
        var (result, _) = await store.RunAsync(key, document =>
        {
            var current = document is null ? null : JsonSerializer.Deserialize(document.Content.Span, type);
            var changed = change(current);
            if (changed is null)
            {
                return ConditionalStep<T?>.Done(current);
            }

            var condition = document is null ? WriteCondition.Absent : WriteCondition.Match(document.ETag);
            return ConditionalStep<T?>.Write(JsonSerializer.SerializeToUtf8Bytes(changed, type), condition, changed);
        }, gaveUp: null, cancellationToken);
        return result;
    }
}
