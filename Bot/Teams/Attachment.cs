using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>A card, a file or the HTML body of a Teams message.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }

    public string? ContentUrl { get; init; }

    /// <summary>The card JSON, or for a file upload the <see cref="FileDownloadInfo"/>.</summary>
    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>An Adaptive Card attachment for an outgoing message.</summary>
    public static Attachment AdaptiveCard(JsonElement card) => new() { ContentType = ActivityTypes.AdaptiveCardContentType, Content = card };

    /// <summary>The file behind a <c>file.download.info</c> attachment (a personal-chat upload), or null for any other attachment.</summary>
    public FileDownloadInfo? ReadFileDownloadInfo() =>
        ContentType == ActivityTypes.FileDownloadInfoContentType && Content is { ValueKind: JsonValueKind.Object } content
            ? content.Deserialize(TeamsJsonContext.Default.FileDownloadInfo)
            : null;
}

/// <summary>
/// The content of a <c>file.download.info</c> attachment. <see cref="DownloadUrl"/> is pre-authorised and short-lived:
/// fetch it without a token, once.
/// </summary>
public sealed record FileDownloadInfo
{
    public string? DownloadUrl { get; init; }

    /// <summary>The OneDrive drive-item id.</summary>
    public string? UniqueId { get; init; }

    /// <summary>Often missing; never rely on it.</summary>
    public string? FileType { get; init; }

    public string? Etag { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
