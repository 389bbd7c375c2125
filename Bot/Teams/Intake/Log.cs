namespace TeamsBot.Teams.Intake;

internal static partial class Log
{
    [LoggerMessage(400, LogLevel.Information, "Installed in team {TeamHash}; roster of {MemberCount} members")]
    public static partial void TeamInstalled(ILogger logger, string teamHash, int memberCount);

    [LoggerMessage(401, LogLevel.Information, "Removed from team {TeamHash}: {MeetingCount} meetings forgotten")]
    public static partial void TeamForgotten(ILogger logger, string teamHash, int meetingCount);

    [LoggerMessage(402, LogLevel.Warning, "The roster of team {TeamHash} could not be fetched")]
    public static partial void RosterFailed(ILogger logger, Exception exception, string teamHash);

    [LoggerMessage(403, LogLevel.Information, "Channel message {ActivityId} not read: Microsoft Graph is not configured (local mode)")]
    public static partial void GraphAbsent(ILogger logger, string? activityId);

    [LoggerMessage(404, LogLevel.Information, "Minutes work for activity {ActivityId}: {Outcome}")]
    public static partial void MinutesOutcome(ILogger logger, string? activityId, string outcome);

    // The exception is not logged: its message is the line for the sender, which names the file.
    [LoggerMessage(405, LogLevel.Warning, "Download for activity {ActivityId} refused or failed ({Error})")]
    public static partial void DownloadFailed(ILogger logger, string error, string? activityId);

    [LoggerMessage(406, LogLevel.Information, "Files-tab sweep of team {TeamHash}: {FileCount} new files")]
    public static partial void Swept(ILogger logger, string teamHash, int fileCount);

    [LoggerMessage(407, LogLevel.Warning, "Files-tab sweep of team {TeamHash} failed")]
    public static partial void SweepFailed(ILogger logger, Exception exception, string teamHash);

    [LoggerMessage(408, LogLevel.Information, "Files-tab sweep is off: Microsoft Graph is not configured (local mode)")]
    public static partial void SweepOff(ILogger logger);

    [LoggerMessage(409, LogLevel.Information, "Review {MeetingId}: {Step} by a reviewer, {EditCount} edits")]
    public static partial void Reviewed(ILogger logger, string meetingId, string step, int editCount);

    [LoggerMessage(413, LogLevel.Information, "Review {MeetingId}: publish asked first, {Unowned} open items have no owner")]
    public static partial void AskedBeforePublish(ILogger logger, string meetingId, int unowned);

    [LoggerMessage(410, LogLevel.Warning, "Minutes of activity {ActivityId} not read: Microsoft Graph refused access to the channel's files")]
    public static partial void GraphRefused(ILogger logger, string? activityId);

    [LoggerMessage(411, LogLevel.Warning, "The personal chat of activity {ActivityId} was not recorded ({Error}); the minutes are queued anyway")]
    public static partial void PersonalChatNotRecorded(ILogger logger, string? activityId, string error);

    [LoggerMessage(412, LogLevel.Information, "Minutes sent privately: {CandidateCount} candidate teams, at most {NamedCount} of a team's members named")]
    public static partial void Filed(ILogger logger, int candidateCount, int namedCount);

    public static string Hash(string tenantId, string teamId) => Storage.TenantKeys.Hash("team", tenantId, teamId)[..12];
}
