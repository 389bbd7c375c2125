using System.Net;
using Microsoft.Extensions.Options;
using TeamsBot.Telemetry;

namespace TeamsBot.Teams;

/// <summary>
/// Retries what the connector asked to be retried: 429 (throttled) and 503 (unavailable), after the
/// <c>Retry-After</c> it gave, a bounded number of times. A POST after a 503 without <c>Retry-After</c>, after
/// another 5xx or after a timeout is not retried: it may have been delivered, and a second POST would post the
/// message twice (see <see cref="ConnectorClient"/>).
/// </summary>
internal sealed class ConnectorRetryHandler(TimeProvider time, IOptions<BotOptions> options, ILogger<ConnectorRetryHandler> logger, BotMetrics? metrics = null) : DelegatingHandler
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bot = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics?.ConnectorThrottled();
            }

            var delay = RetryDelay(request, response, attempt);
            if (attempt > bot.MaxRetries || delay is not { } wait || wait > bot.MaxRetryDelay)
            {
                return response;
            }

            Log.ConnectorRetry(logger, (int)response.StatusCode, request.Method.Method, attempt, wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private TimeSpan? RetryDelay(HttpRequestMessage request, HttpResponseMessage response, int attempt)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        if (retryAfter is null && response.StatusCode == HttpStatusCode.ServiceUnavailable && request.Method == HttpMethod.Post)
        {
            return null;
        }

        var backoff = FirstBackoff * Math.Pow(2, attempt - 1) * (1 + (Random.Shared.NextDouble() * 0.2));
        var wait = retryAfter ?? backoff;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
