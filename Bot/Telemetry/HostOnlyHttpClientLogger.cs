using Microsoft.Extensions.Http.Logging;

namespace TeamsBot.Telemetry;

/// <summary>
/// Takes the place of IHttpClientFactory's request logging (<c>System.Net.Http.HttpClient.*</c>), which writes every
/// request's full address at Information level: a personal-chat download's path names the sender's OneDrive folder
/// (derived from their e-mail address) and the file. One event per request instead, with the host, the status and the
/// size of the answer; never a path or a query string.
/// </summary>
internal sealed class HostOnlyHttpClientLogger(ILogger<HostOnlyHttpClientLogger> logger) : IHttpClientLogger
{
    // The host as the request left: a handler further down may still rewrite the address.
    public object? LogRequestStart(HttpRequestMessage request) => Host(request);

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        Log.HttpRequestDone(logger, request.Method.Method, context as string ?? Host(request), (int)response.StatusCode, response.Content.Headers.ContentLength, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        Log.HttpRequestFailed(logger, request.Method.Method, context as string ?? Host(request), exception.GetType().Name, elapsed.TotalMilliseconds);

    /// <summary>Only the host and port of the address.</summary>
    internal static string Host(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } url ? url.Authority : "(relative)";
}
