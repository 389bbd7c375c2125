using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke (an <c>Action.Execute</c> or a card refresh).</summary>
public sealed record AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; init; }

    /// <summary><c>manual</c> or <c>automatic</c> (refresh); the Playground sends none.</summary>
    public string? Trigger { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record AdaptiveCardInvokeAction
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Verb { get; init; }

    public string? Title { get; init; }

    public JsonElement? Data { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The value of a <c>fileConsent/invoke</c>: the user accepted or declined a file the bot offered.</summary>
public sealed record FileConsentCardResponse
{
    public string? Type { get; init; }

    /// <summary><c>accept</c> or <c>decline</c>.</summary>
    public string? Action { get; init; }

    public JsonElement? Context { get; init; }

    /// <summary>Where to upload the bytes; absent on decline.</summary>
    public FileUploadInfo? UploadInfo { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record FileUploadInfo
{
    public string? Name { get; init; }

    public string? UploadUrl { get; init; }

    public string? ContentUrl { get; init; }

    public string? UniqueId { get; init; }

    public string? FileType { get; init; }

    public string? Etag { get; init; }

    [JsonExtensionData]
    // Settable: System.Text.Json cannot fill extension data through an init accessor.
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Typed reads of <see cref="Activity.Value"/>.</summary>
public static class ActivityValues
{
    public static AdaptiveCardInvokeValue? ReadAdaptiveCardInvoke(this Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value ? value.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue) : null;

    public static FileConsentCardResponse? ReadFileConsent(this Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value ? value.Deserialize(TeamsJsonContext.Default.FileConsentCardResponse) : null;
}
