namespace TeamsBot.Followup;

/// <summary>
/// Where and by whom minutes were posted, and their bytes. <see cref="ConversationReference"/> is opaque here
/// (the Teams layer serialises what it needs to post back into the thread). <see cref="Draft"/>: the minutes wait for
/// the uploader's review before the team sees them.
/// </summary>
public sealed record MinutesUpload(
    string TenantId,
    string TeamId,
    string ChannelId,
    string ConversationReference,
    Actor Uploader,
    string FileName,
    string? Link,
    ReadOnlyMemory<byte> Content,
    bool Draft = false);
