namespace TeamsBot.Teams.Intake;

/// <summary>
/// Where a pre-authorised download URL may point: Microsoft 365 file hosts over HTTPS, and loopback only in local
/// mode (the Playground serves files itself). Anything else is refused before a byte is fetched.
/// </summary>
public static class DownloadHosts
{
    private static readonly string[] Suffixes = [".sharepoint.com", ".sharepoint-df.com", ".sharepoint.us", ".onedrive.com"];

    public static bool IsAllowed(Uri url, bool localMode)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return false;
        }

        if (localMode && ServiceUrlTrust.IsLoopback(url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        var host = url.IdnHost.TrimEnd('.');
        return url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort
            && (string.Equals(host, "graph.microsoft.com", StringComparison.OrdinalIgnoreCase)
                || Suffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase) && host.Length > s.Length));
    }
}
