using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsBot.Followup;
using TeamsBot.Planner;

namespace TeamsBot.Reminders;

/// <summary>What one round did, in counts.</summary>
public sealed record RoundReport(int Teams, int Sent, int Mentioned, int AlreadyDone, int HeldByOther, int Throttled, int Failed, int TenantsSkipped, int TeamErrors);

/// <summary>
/// One pass over every installed team. Per tenant, the instance first takes the tenant's pacing lease (Teams limits
/// sends per app per tenant, and pacers in different processes cannot see each other's bookings, so one instance at a
/// time sends for a tenant; the others skip it this round). Per team: the settings, the open items grouped by meeting
/// series (same normalised title; the latest meeting gives the stated next meeting, the rhythm's anchor and the
/// thread), the next meeting per series (calendar, minutes, the team's rhythm, none), the plan, and then every ping and
/// carry-over post whose time has come is delivered once through <see cref="ReminderClaims"/>, paced by <see cref="SendPacer"/>.
/// </summary>
public sealed partial class ReminderRound
{
    private const string PacingLease = "pacing";
    private const int ParallelPlans = 4;
    private const int ParallelSends = 16;
    private readonly Installations _installations;
    private readonly FollowupService _followup;
    private readonly IReminderSender _sender;
    private readonly ReminderClaims _claims;
    private readonly SendPacer _pacer;
    private readonly TimeProvider _time;
    private readonly RemindersOptions _options;
    private readonly ILogger<ReminderRound> _logger;
    private readonly ICalendarSource? _calendar;

    public ReminderRound(
        Installations installations,
        FollowupService followup,
        IReminderSender sender,
        ReminderClaims claims,
        SendPacer pacer,
        TimeProvider time,
        IOptions<RemindersOptions> options,
        ILogger<ReminderRound> logger,
        ICalendarSource? calendar = null,
        string? instanceId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_installations, _followup, _sender, _claims, _pacer, _time, _options, _logger, _calendar) =
            (installations, followup, sender, claims, pacer, time, options.Value, logger, calendar);
        InstanceId = instanceId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
    }

    /// <summary>The holder name this instance writes into its claims.</summary>
    public string InstanceId { get; }

    /// <summary>When set, every team's Planner tasks are synced (both ways) before its reminders are planned, so that a task done in Planner is not reminded.</summary>
    public PlannerSync? Planner { get; init; }

    public async Task<RoundReport> RunAsync(CancellationToken cancellationToken)
    {
        var teams = await _installations.ListTeamsAsync(cancellationToken).ConfigureAwait(false);
        var counts = new RoundCounts();
        await Parallel.ForEachAsync(
            teams.GroupBy(t => t.TenantId, StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (tenant, token) => await RunTenantAsync(tenant.Key, [.. tenant], counts, token).ConfigureAwait(false)).ConfigureAwait(false);
        return counts.Report(teams.Count);
    }

    private async Task RunTenantAsync(string tenantId, List<TeamInstallation> teams, RoundCounts counts, CancellationToken cancellationToken)
    {
        var lease = await _claims.TryClaimAsync(tenantId, PacingLease, InstanceId, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease.Outcome != ClaimOutcome.Claimed)
        {
            Interlocked.Increment(ref counts.TenantsSkipped);
            return;
        }

        // The lease is renewed as the round goes (before each team's plan and each send). Once another instance holds it,
        // this one starts no more sends for the tenant; those under way finish and are marked, so that none is repeated.
        using var held = new HeldLease(_claims, lease, _options.LeaseDuration, _time);
        try
        {
            await SendForTenantAsync(teams, counts, held, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (held.Current is { } current)
            {
                await _claims.ReleaseAsync(current, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                Log.TenantLeaseLost(_logger);
            }
        }
    }

    private async Task SendForTenantAsync(List<TeamInstallation> teams, RoundCounts counts, HeldLease held, CancellationToken cancellationToken)
    {
        var chats = new ConcurrentDictionary<string, Task<PersonalChat?>>(StringComparer.Ordinal);
        var deliveries = new ConcurrentBag<Delivery>();
        await Parallel.ForEachAsync(teams, new ParallelOptions { MaxDegreeOfParallelism = ParallelPlans, CancellationToken = cancellationToken }, async (team, token) =>
        {
            try
            {
                if (!await held.KeepAsync(token).ConfigureAwait(false))
                {
                    return;
                }

                if (Planner is { } planner)
                {
                    await planner.SyncTeamAsync(team.TenantId, team.TeamId, null, token).ConfigureAwait(false);
                }

                foreach (var delivery in await new TeamPlanning(this, team, chats).PlanAsync(token).ConfigureAwait(false))
                {
                    deliveries.Add(delivery);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref counts.TeamErrors);
                Log.TeamFailed(_logger, ex, team.TeamId);
            }
        }).ConfigureAwait(false);

        // Earliest first, so that a tenant's budget goes to the reminders that have waited longest.
        var ordered = deliveries.OrderBy(d => d.SendAt).ToList();
        await Parallel.ForEachAsync(ordered, new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = cancellationToken }, async (delivery, token) =>
        {
            try
            {
                await DeliverAsync(delivery, counts, held, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Unknown whether Teams got it: the claim stays with this instance until its lease runs out.
                Interlocked.Increment(ref counts.TeamErrors);
                Log.DeliveryFailed(_logger, ex, delivery.Key.Kind);
            }
        }).ConfigureAwait(false);
    }

    private async Task DeliverAsync(Delivery delivery, RoundCounts counts, HeldLease held, CancellationToken cancellationToken)
    {
        if (held.Current is null)
        {
            return;
        }

        var tenantId = delivery.Team.TenantId;
        var claim = await _claims.TryClaimAsync(tenantId, delivery.Key.ClaimName, InstanceId, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (claim.Outcome != ClaimOutcome.Claimed)
        {
            Interlocked.Increment(ref claim.Outcome == ClaimOutcome.Done ? ref counts.AlreadyDone : ref counts.HeldByOther);
            return;
        }

        var viaChat = delivery.Chat is not null;
        for (var throttled = 0; ; )
        {
            var conversation = viaChat ? delivery.Chat!.ConversationId : delivery.ChannelId;
            await _pacer.WaitTurnAsync(tenantId, conversation, cancellationToken).ConfigureAwait(false);
            if (!await held.KeepAsync(cancellationToken).ConfigureAwait(false))
            {
                await _claims.ReleaseAsync(claim, cancellationToken).ConfigureAwait(false);
                return;
            }

            // Renewed right before the send (the pacer's wait may have been long), so that at least half a lease covers
            // the send and its mark: no other instance takes the claim over while the send is under way.
            if (_time.GetUtcNow() > claim.Document!.LeaseUntil - (_options.LeaseDuration / 2))
            {
                if (await _claims.RenewAsync(claim, _options.LeaseDuration, cancellationToken).ConfigureAwait(false) is not { } renewed)
                {
                    Log.LeaseLost(_logger, delivery.Key.Kind);
                    return;
                }

                claim = renewed;
            }

            switch (await SendAsync(delivery, viaChat, cancellationToken).ConfigureAwait(false))
            {
                case SendOutcome.Sent sent:
                    if (!await _claims.MarkSentAsync(claim, sent.ActivityId, cancellationToken).ConfigureAwait(false))
                    {
                        Log.LeaseLost(_logger, delivery.Key.Kind);
                    }

                    Interlocked.Increment(ref viaChat || delivery.Owner is null ? ref counts.Sent : ref counts.Mentioned);
                    return;
                case SendOutcome.Unreachable when viaChat:
                    viaChat = false;
                    break;
                case SendOutcome.Throttled wait:
                    Interlocked.Increment(ref counts.Throttled);
                    _pacer.Throttled(tenantId, conversation, wait.RetryAfter);
                    if (++throttled > _options.MaxThrottledRetries)
                    {
                        await _claims.ReleaseAsync(claim, cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    break;
                case SendOutcome.Failed failed:
                    await FailAsync(claim, delivery, failed.Transient, counts, cancellationToken).ConfigureAwait(false);
                    return;
                default:
                    await FailAsync(claim, delivery, transient: false, counts, cancellationToken).ConfigureAwait(false);
                    return;
            }
        }
    }

    private async Task FailAsync(ReminderClaim claim, Delivery delivery, bool transient, RoundCounts counts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref counts.Failed);
        var state = await _claims.MarkFailedAsync(claim, transient, _options.MaxAttempts, cancellationToken).ConfigureAwait(false);
        if (state == ClaimState.Abandoned)
        {
            Log.GaveUp(_logger, delivery.Key.Kind, (claim.Document?.Attempts ?? 0) + 1);
        }
    }

    private Task<SendOutcome> SendAsync(Delivery delivery, bool viaChat, CancellationToken cancellationToken)
    {
        if (delivery.Post is { } post)
        {
            return _sender.SendCarryOverAsync(delivery.Team, post, delivery.Items, cancellationToken);
        }

        return viaChat
            ? _sender.SendPingAsync(delivery.Team, delivery.Chat!, delivery.Ping!, delivery.Items, cancellationToken)
            : _sender.MentionInThreadAsync(delivery.Team, delivery.Thread, delivery.Owner!, delivery.Ping!, delivery.Items, cancellationToken);
    }

    /// <summary>One reminder due now: a personal ping (with the owner's chat when known) or the carry-over post.</summary>
    private sealed record Delivery(
        ReminderKey Key,
        TeamInstallation Team,
        string Thread,
        string ChannelId,
        Owner? Owner,
        PersonalChat? Chat,
        ReminderPing? Ping,
        CarryOverPost? Post,
        IReadOnlyList<OpenItem> Items)
    {
        public DateTimeOffset SendAt => Ping?.SendAt ?? Post!.SendAt;
    }

    /// <summary>
    /// The tenant's pacing lease as this round holds it: renewed once half of it has passed, by one caller at a time;
    /// <see cref="Current"/> is null once another instance took it over.
    /// </summary>
    private sealed class HeldLease(ReminderClaims claims, ReminderClaim lease, TimeSpan duration, TimeProvider time) : IDisposable
    {
        private readonly SemaphoreSlim _renewing = new(1, 1);

        public ReminderClaim? Current { get; private set; } = lease;

        public void Dispose() => _renewing.Dispose();

        /// <summary>True while this instance holds the lease (renewed when due); false once it went to another.</summary>
        public async Task<bool> KeepAsync(CancellationToken cancellationToken)
        {
            if (Current is not { } current || time.GetUtcNow() <= current.Document!.LeaseUntil - (duration / 2))
            {
                return Current is not null;
            }

            await _renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Current is { } latest && time.GetUtcNow() > latest.Document!.LeaseUntil - (duration / 2))
                {
                    Current = await claims.RenewAsync(latest, duration, cancellationToken).ConfigureAwait(false);
                }

                return Current is not null;
            }
            finally
            {
                _renewing.Release();
            }
        }
    }

    private sealed class RoundCounts
    {
        public int Sent;
        public int Mentioned;
        public int AlreadyDone;
        public int HeldByOther;
        public int Throttled;
        public int Failed;
        public int TenantsSkipped;
        public int TeamErrors;

        public RoundReport Report(int teams) => new(teams, Sent, Mentioned, AlreadyDone, HeldByOther, Throttled, Failed, TenantsSkipped, TeamErrors);
    }
}
