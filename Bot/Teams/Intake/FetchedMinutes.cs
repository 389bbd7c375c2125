namespace TeamsBot.Teams.Intake;

/// <summary>
/// One file of an upload with its bytes, and the work item whose conversation (thread) its answers go to; <see cref="Link"/>
/// is the file's address in the channel's files, when it came from there.
/// </summary>
public sealed record FetchedMinutes(BackgroundWorkItem Item, MinutesWork Work, string FileName, byte[] Bytes, string? Link = null);
