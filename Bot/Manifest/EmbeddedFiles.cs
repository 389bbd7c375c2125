namespace TeamsBot.Manifest;

/// <summary>Files embedded in Bot.dll, so that a published bot can build its app package without the repository.</summary>
internal static class EmbeddedFiles
{
    public static byte[] Read(string resourceName)
    {
        using var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is not embedded in {typeof(EmbeddedFiles).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
