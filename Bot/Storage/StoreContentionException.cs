namespace TeamsBot.Storage;

/// <summary>A document kept changing under a conditional update until the retries ran out; nothing was written.</summary>
public sealed class StoreContentionException : Exception
{
    public StoreContentionException()
    {
    }

    public StoreContentionException(string message)
        : base(message)
    {
    }

    public StoreContentionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal StoreContentionException(StorageKey key)
        : base($"The document {key} kept changing under this update; gave up.")
    {
    }
}
