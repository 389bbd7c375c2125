namespace TeamsBot.Storage;

/// <summary>
/// The one retry loop of optimistic concurrency: read the document, decide what to write, write only if the document
/// is still the version read (or still absent), and when another writer came first read again and decide again, at most
/// <see cref="MaxAttempts"/> times, then give up with a <see cref="StoreContentionException"/> (nothing written).
/// </summary>
internal static class ConditionalUpdate
{
    public const int MaxAttempts = 100;

    /// <summary>
    /// Runs <paramref name="decide"/> on the document at <paramref name="key"/> as it stands (null when there is none)
    /// until what it decided is done: no write, or a write that held. Returns the decision's result, and whether it was
    /// written. <paramref name="gaveUp"/> is the message when the retries run out (null: one that names the key).
    /// </summary>
    public static async Task<(T Result, bool Written)> RunAsync<T>(
        this IDocumentStore store, StorageKey key, Func<StoredDocument?, ConditionalStep<T>> decide, string? gaveUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var document = await store.ReadAsync(key, cancellationToken);
            var step = decide(document);
            if (step.Content is not { } content)
            {
                return (step.Result, false);
            }

            if (await store.TryWriteAsync(key, content, step.Condition, cancellationToken) is not null)
            {
                return (step.Result, true);
            }

            if (step.RetryAtOnce)
            {
                continue;
            }

            step.Conflicted?.Invoke(attempt + 1);
            await Task.Yield();
        }

        throw gaveUp is null ? new StoreContentionException(key) : new StoreContentionException(gaveUp);
    }
}

/// <summary>
/// What one attempt of a <see cref="ConditionalUpdate"/> decided: its result, and the write it needs (none when
/// <see cref="Content"/> is null). When the write finds the document changed, <see cref="Conflicted"/> hears the attempt's
/// number (to log it) and the next attempt comes after a yield; with <see cref="RetryAtOnce"/> it comes at once, unlogged.
/// </summary>
internal sealed record ConditionalStep<T>(T Result, byte[]? Content, WriteCondition Condition, Action<int>? Conflicted = null, bool RetryAtOnce = false)
{
    /// <summary>Nothing to write: the update ends with <paramref name="result"/>.</summary>
    public static ConditionalStep<T> Done(T result) => new(result, null, WriteCondition.None);

    /// <summary>Write <paramref name="content"/> if <paramref name="condition"/> still holds; then the update ends with <paramref name="result"/>.</summary>
    public static ConditionalStep<T> Write(byte[] content, WriteCondition condition, T result, Action<int>? conflicted = null) =>
        new(result, content, condition, conflicted);
}
