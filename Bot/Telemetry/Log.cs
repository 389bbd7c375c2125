namespace TeamsBot.Telemetry;

/// <summary>Event ids 9xx belong to Telemetry: the outgoing HTTP requests, by host only.</summary>
internal static partial class Log
{
    [LoggerMessage(901, LogLevel.Information, "HTTP {Method} to {Host}: {Status}, {ContentLength} bytes, {ElapsedMs} ms")]
    public static partial void HttpRequestDone(ILogger logger, string method, string host, int status, long? contentLength, double elapsedMs);

    [LoggerMessage(902, LogLevel.Warning, "HTTP {Method} to {Host} failed ({Error}) after {ElapsedMs} ms")]
    public static partial void HttpRequestFailed(ILogger logger, string method, string host, string error, double elapsedMs);
}
