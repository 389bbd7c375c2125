namespace TeamsBot.Graph;

/// <summary>Reads a download into memory, stopping as soon as it passes the size limit.</summary>
internal static class BoundedRead
{
    public static async Task<byte[]> ToArrayAsync(Stream content, string name, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FileTooLargeException(name, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
