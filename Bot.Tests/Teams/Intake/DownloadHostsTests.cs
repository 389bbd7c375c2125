using TeamsBot.Teams.Intake;

namespace TeamsBot.Tests.Teams.Intake;

public sealed class DownloadHostsTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/x/_layouts/15/download.aspx?UniqueId=1", false, true)]
    [InlineData("https://contoso.sharepoint-df.com/a", false, true)]
    [InlineData("https://agency.sharepoint.us/a", false, true)]
    [InlineData("https://public.onedrive.com/a", false, true)]
    [InlineData("https://graph.microsoft.com/v1.0/drives/x/items/y/content", false, true)]
    [InlineData("http://contoso.sharepoint.com/a", false, false)]
    [InlineData("https://contoso.sharepoint.com:8443/a", false, false)]
    [InlineData("https://sharepoint.com.evil.example/a", false, false)]
    [InlineData("https://evilsharepoint.com/a", false, false)]
    [InlineData("https://graph.microsoft.com.evil.example/a", false, false)]
    [InlineData("http://127.0.0.1:5000/files/a.docx", false, false)]
    [InlineData("http://127.0.0.1:5000/files/a.docx", true, true)]
    [InlineData("http://localhost:5000/files/a.docx", true, true)]
    [InlineData("http://10.0.0.5/files/a.docx", true, false)]
    [InlineData("file:///etc/passwd", true, false)]
    public void IsAllowed_OnlyMicrosoft365FileHostsAndLoopbackInLocalMode(string url, bool localMode, bool allowed) =>
        Assert.Equal(allowed, DownloadHosts.IsAllowed(new Uri(url), localMode));
}
