using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsBot.Reminders;

/// <summary>
/// Runs a <see cref="ReminderRound"/> at start and then every <see cref="RemindersOptions.Interval"/>, one at a time
/// (a round that overruns delays the next tick rather than overlapping it). A failed round is logged; the next runs.
/// </summary>
public sealed class ReminderScheduler(ReminderRound round, TimeProvider time, IOptions<RemindersOptions> options, ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            Log.Disabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, time);
        var number = 0L;
        do
        {
            number++;
            try
            {
                var report = await round.RunAsync(stoppingToken).ConfigureAwait(false);
                // A round that sent nothing new says nothing: an idle bot would otherwise log a line every interval.
                if (report is { Sent: 0, Mentioned: 0, Throttled: 0, Failed: 0, TeamErrors: 0 })
                {
                    continue;
                }

                Log.RoundDone(logger, report.Teams, report.Sent, report.Mentioned, report.AlreadyDone, report.HeldByOther, report.Throttled, report.Failed, report.TenantsSkipped, report.TeamErrors);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.RoundFailed(logger, ex, number);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
