using Microsoft.Extensions.Logging;

namespace TeamsBot.Followup;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Minutes ingested: meeting {MeetingId} {Result}, {ItemCount} items, {DecisionCount} decisions")]
    public static partial void Ingested(ILogger logger, string meetingId, IngestResult result, int itemCount, int decisionCount);

    [LoggerMessage(2, LogLevel.Debug, "Meeting {MeetingId} changed meanwhile; re-applying (attempt {Attempt})")]
    public static partial void MeetingChangedMeanwhile(ILogger logger, string meetingId, int attempt);

    [LoggerMessage(3, LogLevel.Information, "Meeting {MeetingId} forgotten: {DocumentCount} documents deleted")]
    public static partial void MeetingForgotten(ILogger logger, string meetingId, int documentCount);

    [LoggerMessage(4, LogLevel.Information, "Team data forgotten: {MeetingCount} meetings, {DocumentCount} documents deleted")]
    public static partial void TeamForgotten(ILogger logger, int meetingCount, int documentCount);
}
