namespace TeamsBot.Teams.Reminders;

internal static partial class Log
{
    [LoggerMessage(750, LogLevel.Information, "A {Kind} reminder for team {TeamHash} was refused by the Bot Connector: {Status} {Code}")]
    public static partial void SendRefused(ILogger logger, string kind, string teamHash, int status, string? code);

    [LoggerMessage(751, LogLevel.Warning, "A {Kind} reminder for team {TeamHash} could not reach the Bot Connector")]
    public static partial void SendBroken(ILogger logger, Exception exception, string kind, string teamHash);

    [LoggerMessage(752, LogLevel.Warning, "A {Kind} reminder for team {TeamHash} has no next meeting to name; not sent")]
    public static partial void NoMeeting(ILogger logger, string kind, string teamHash);

    public static string Hash(string tenantId, string teamId) => Storage.TenantKeys.Hash("team", tenantId, teamId)[..12];
}
