using System.Diagnostics;
using OpenTelemetry;

namespace TeamsBot.Telemetry;

/// <summary>
/// Outgoing HTTP spans keep the host, not the address: <c>url.full</c> of a personal-chat download names the sender's
/// OneDrive folder and the file, and would reach Application Insights as the dependency's data. Runs before the
/// exporters, at the end of each span (the runtime sets the tag after the span starts).
/// </summary>
internal sealed class UrlRedactingProcessor : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Kind != ActivityKind.Client)
        {
            return;
        }

        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string url)
            {
                data.SetTag(tag, Redact(url));
            }
        }
    }

    internal static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + "/" : "(redacted)";
}
