using TeamsBot.Storage;
using TeamsBot.Texts;

namespace TeamsBot.Followup;

/// <summary>What is open, what was decided, and the team's settings.</summary>
public sealed partial class FollowupService
{
    private const int ParallelReads = 16;

    /// <summary>
    /// The user's open items across every meeting and team of the tenant, soonest due first. One read of the user's
    /// index (<see cref="OpenItemsIndex"/>), never a scan of the tenant. Snoozed items are hidden until their time
    /// unless <paramref name="includeSnoozed"/>.
    /// </summary>
    public async Task<IReadOnlyList<OpenItem>> ListMyOpenItemsAsync(string tenantId, string userId, bool includeSnoozed, CancellationToken cancellationToken)
    {
        var items = await _index.ReadAsync(tenantId, userId, cancellationToken);
        return Ordered(items, includeSnoozed);
    }

    /// <summary>The team's open items, from every published meeting of the team.</summary>
    public async Task<IReadOnlyList<OpenItem>> ListTeamOpenItemsAsync(string tenantId, string teamId, bool includeSnoozed, CancellationToken cancellationToken)
    {
        var meetings = await ReadTeamMeetingsAsync(tenantId, teamId, cancellationToken);
        var items = meetings.Where(m => !m.Draft).SelectMany(m => m.Items.Where(i => i.Status == ItemStatus.Open).Select(i => OpenItemsIndex.View(m, i)));
        return Ordered(items, includeSnoozed);
    }

    /// <summary>The team's published decisions that fit the words of <paramref name="query"/>, newest meeting first.</summary>
    public async Task<IReadOnlyList<DecisionHit>> SearchDecisionsAsync(string tenantId, string teamId, string query, CancellationToken cancellationToken)
    {
        var search = new DecisionQuery(query ?? "");
        var meetings = await ReadTeamMeetingsAsync(tenantId, teamId, cancellationToken);
        return [.. meetings
            .Where(m => !m.Draft)
            .OrderByDescending(m => m.Date ?? DateOnly.FromDateTime(m.UploadedAt.UtcDateTime))
            .SelectMany(m => m.Decisions.Where(search.Matches).Select(d => new DecisionHit(m.Id, m.Title, m.Date, d)))];
    }

    public async Task<TeamSettings> GetSettingsAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        await store.ReadAsync(FollowupKeys.Settings(tenantId, teamId), FollowupJson.Default.TeamSettings, cancellationToken) ?? new TeamSettings();

    /// <summary>Changes the team's settings (re-applied on a concurrent change); invalid settings are refused with a reason.</summary>
    public async Task<TeamSettings> UpdateSettingsAsync(string tenantId, string teamId, Func<TeamSettings, TeamSettings> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var updated = await store.UpdateAsync(FollowupKeys.Settings(tenantId, teamId), FollowupJson.Default.TeamSettings, current =>
        {
            var next = change(current ?? new TeamSettings());
            Validate(next);
            return next == current ? null : next;
        }, cancellationToken);
        return updated ?? new TeamSettings();
    }

    private static void Validate(TeamSettings settings)
    {
        if (settings.ReminderLeadDays is < 0 or > 60)
        {
            throw new ArgumentException("Reminder lead days must be between 0 and 60.", nameof(settings));
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out _))
        {
            throw new ArgumentException($"Unknown time zone '{settings.TimeZone}'.", nameof(settings));
        }

        if (TextTables.Find(settings.Language) is null)
        {
            throw new ArgumentException($"Language '{settings.Language}' has no text table.", nameof(settings));
        }
    }

    private List<OpenItem> Ordered(IEnumerable<OpenItem> items, bool includeSnoozed)
    {
        var now = time.GetUtcNow();
        return [.. items
            .Where(i => includeSnoozed || i.SnoozedUntil is null || i.SnoozedUntil <= now)
            .OrderBy(i => i.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.MeetingDate ?? DateOnly.MaxValue)
            .ThenBy(i => i.ItemId, StringComparer.Ordinal)];
    }

    /// <summary>Every meeting of the team: the catalogue's, and any stored meeting it may have missed.</summary>
    private async Task<List<Meeting>> ReadTeamMeetingsAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in store.ListAsync(FollowupKeys.Meetings(tenantId, teamId), cancellationToken))
        {
            ids.Add(key.Segments[^1]);
        }

        var meetings = new System.Collections.Concurrent.ConcurrentBag<Meeting>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (id, token) =>
        {
            if (await GetMeetingAsync(tenantId, teamId, id, token) is { } meeting)
            {
                meetings.Add(meeting);
            }
        });
        return [.. meetings];
    }
}
