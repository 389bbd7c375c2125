using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsBot.Storage;

/// <summary>
/// Tells the platform's health probe whether the store answers: a read of a document that need not exist. An
/// answer of "not there" is healthy; a failure to answer is not (the bot cannot keep what it reads).
/// </summary>
public sealed class StorageHealthCheck(IDocumentStore store) : IHealthCheck
{
    private static readonly StorageKey Probe = StorageKey.Of("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ReadAsync(Probe, cancellationToken);
            return HealthCheckResult.Healthy("storage answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception type only: its message may carry an account or host name.
            return HealthCheckResult.Unhealthy($"storage does not answer ({ex.GetType().Name})");
        }
    }
}
