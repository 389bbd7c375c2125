using System.Net;
using TeamsBot.Telemetry;

namespace TeamsBot.Teams.Reminders;

/// <summary>
/// The reminder round paces and retries by itself, per tenant and conversation, so its connector calls must not wait
/// out a 429 inside the HTTP pipeline (as <see cref="ConnectorRetryHandler"/> does for replies): a 429 becomes a
/// <see cref="ConnectorThrottledException"/> carrying the connector's <c>Retry-After</c>, which the round hands to its pacer.
/// </summary>
internal sealed class ThrottleSignalHandler(TimeProvider time, BotMetrics? metrics = null) : DelegatingHandler
{
    /// <summary>The wait when a 429 names none (the connector always should).</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(2);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return response;
        }

        metrics?.ConnectorThrottled();
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => DefaultRetryAfter,
        };
        response.Dispose();
        throw new ConnectorThrottledException(wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
    }
}
