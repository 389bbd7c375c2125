using Microsoft.Extensions.Logging;

namespace TeamsBot.Reminders;

internal static partial class Log
{
    [LoggerMessage(701, LogLevel.Warning, "Reminder planning failed for team {TeamId}; the other teams go on")]
    public static partial void TeamFailed(ILogger logger, Exception exception, string teamId);

    [LoggerMessage(702, LogLevel.Warning, "A {Kind} reminder send threw; its claim is left to its lease")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, DeliveryKind kind);

    [LoggerMessage(703, LogLevel.Warning, "The claim of a {Kind} reminder was taken over while this instance held it: it may be sent twice")]
    public static partial void LeaseLost(ILogger logger, DeliveryKind kind);

    [LoggerMessage(704, LogLevel.Error, "A {Kind} reminder was given up after {Attempts} failed attempts")]
    public static partial void GaveUp(ILogger logger, DeliveryKind kind, int attempts);

    [LoggerMessage(705, LogLevel.Information, "The team calendar of {TeamId} could not be read; the minutes and the rhythm decide")]
    public static partial void CalendarFailed(ILogger logger, Exception exception, string teamId);

    [LoggerMessage(706, LogLevel.Information, "Reminder round: {Teams} teams, {Sent} sent, {Mentioned} mentioned, {AlreadyDone} already done, {Held} held by others, {Throttled} throttled, {Failed} failed, {TenantsSkipped} tenants with another instance, {Errors} errors")]
    public static partial void RoundDone(ILogger logger, int teams, int sent, int mentioned, int alreadyDone, int held, int throttled, int failed, int tenantsSkipped, int errors);

    [LoggerMessage(707, LogLevel.Error, "Reminder round {Round} failed; the next round runs on schedule")]
    public static partial void RoundFailed(ILogger logger, Exception exception, long round);

    [LoggerMessage(708, LogLevel.Information, "Reminders are disabled (Reminders:Enabled = false)")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(709, LogLevel.Warning, "Another instance took over this instance's reminder lease of a tenant; this instance starts no more sends for it this round")]
    public static partial void TenantLeaseLost(ILogger logger);
}
