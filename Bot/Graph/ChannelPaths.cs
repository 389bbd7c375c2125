namespace TeamsBot.Graph;

/// <summary>Where a linked file sits inside a channel's folder.</summary>
internal static class ChannelPaths
{
    /// <summary>
    /// The path of <paramref name="file"/> below <paramref name="folder"/>, decoded, or null when the file is not
    /// inside the folder (another site, another channel, or a link that only looks alike).
    /// </summary>
    public static string? RelativeTo(Uri? folder, Uri file)
    {
        if (folder is null || !string.Equals(folder.Host, file.Host, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(folder.Scheme, file.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folderPath = Uri.UnescapeDataString(folder.AbsolutePath).TrimEnd('/') + "/";
        var filePath = Uri.UnescapeDataString(file.AbsolutePath);
        if (!filePath.StartsWith(folderPath, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var relative = filePath[folderPath.Length..];
        var segments = relative.Split('/');
        return relative.Length == 0 || segments.Any(s => s is "" or "." or "..") ? null : relative;
    }
}
