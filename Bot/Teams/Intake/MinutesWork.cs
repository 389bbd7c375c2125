using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams.Intake;

/// <summary>Where the bytes of queued minutes come from.</summary>
public enum MinutesOrigin
{
    /// <summary>A file sent to the bot in personal chat: <see cref="MinutesWork.DownloadUrl"/>.</summary>
    PersonalFile,

    /// <summary>Minutes pasted as a message: <see cref="MinutesWork.Text"/>.</summary>
    Pasted,

    /// <summary>A channel message whose files are fetched through Graph.</summary>
    ChannelMessage,

    /// <summary>A file found in a channel's Files tab by the sweep: <see cref="MinutesWork.DriveId"/>/<see cref="MinutesWork.ItemId"/>.</summary>
    FilesTab,

    /// <summary>
    /// "Toch als notulen lezen": the upload the bot refused as not minutes, kept for the uploader
    /// (<see cref="IntakeStore.GetRefusedAsync"/>), by its hash <see cref="MinutesWork.ContentHash"/>; read as minutes.
    /// </summary>
    ReadAnyway,
}

/// <summary>
/// The payload of a <c>minutes</c> background work item: plain data, so a durable queue can carry it.
/// <see cref="TeamId"/> is the Bot API team id, or for a personal chat the chat's conversation id (its own "team").
/// </summary>
public sealed record MinutesWork(
    MinutesOrigin Origin,
    string TenantId,
    string TeamId,
    string ChannelId,
    string UploaderId,
    string UploaderName,
    string? UploaderTeamsId,
    string? FileName = null,
    string? DownloadUrl = null,
    string? Text = null,
    string? GroupId = null,
    string? MessageId = null,
    string? RootMessageId = null,
    string? DriveId = null,
    string? ItemId = null,
    long? Size = null,
    string? ContentHash = null)
{
    public const string Kind = "minutes";
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MinutesWork))]
[JsonSerializable(typeof(PendingReview))]
[JsonSerializable(typeof(SweepState))]
[JsonSerializable(typeof(PresentedCard))]
[JsonSerializable(typeof(RefusedUpload))]
internal sealed partial class IntakeJson : JsonSerializerContext;
