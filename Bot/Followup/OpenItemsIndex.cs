using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>
/// The per-(tenant, user) index behind "my open items": one small document per user holding a copy of each of their
/// open items, grouped by meeting and stamped with the meeting's revision. A use case that changed a meeting updates
/// the documents of exactly the users whose open items changed (conditional writes, re-applied on conflict); a group
/// is replaced only by a newer revision, so concurrent changes settle on the newest state whatever order they land in.
/// Answering "my open items" is then one read, however large the tenant.
/// </summary>
internal sealed class OpenItemsIndex(IDocumentStore store)
{
    private const long Forgotten = long.MaxValue;
    private static readonly IReadOnlyList<Owner> NoOwners = [];

    public async Task<IReadOnlyList<OpenItem>> ReadAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var index = await store.ReadAsync(FollowupKeys.UserIndex(tenantId, userId), FollowupJson.Default.UserItemsIndex, cancellationToken);
        return index is null ? [] : [.. index.Meetings.Values.SelectMany(m => m.Items)];
    }

    /// <summary>Brings the index of every user whose open items differ between <paramref name="before"/> and <paramref name="after"/> up to date.</summary>
    public Task ApplyAsync(Meeting? before, Meeting after, CancellationToken cancellationToken)
    {
        var old = OpenByUser(before);
        var now = OpenByUser(after);
        var changed = old.Keys.Union(now.Keys)
            .Where(user => !Same(old.GetValueOrDefault(user), now.GetValueOrDefault(user)))
            .ToList();
        var revision = after.Revision;
        return Task.WhenAll(changed.Select(user =>
            SetAsync(after.TenantId, user, after.Id, new IndexedMeeting(revision, now.GetValueOrDefault(user) ?? []), replaceAny: before is null, cancellationToken)));
    }

    /// <summary>Removes a forgotten meeting from every index that lists it, leaving a tombstone no late writer can overwrite.</summary>
    public Task ForgetAsync(Meeting meeting, CancellationToken cancellationToken) =>
        Task.WhenAll(OpenByUser(meeting).Keys.Select(user =>
            SetAsync(meeting.TenantId, user, meeting.Id, new IndexedMeeting(Forgotten, []), replaceAny: false, cancellationToken)));

    public static Dictionary<string, List<OpenItem>> OpenByUser(Meeting? meeting)
    {
        var byUser = new Dictionary<string, List<OpenItem>>(StringComparer.Ordinal);

        // A draft is nobody's yet: its items enter the index when it is published.
        foreach (var item in meeting is { Draft: false } ? meeting.Items.Where(i => i.Status == ItemStatus.Open) : [])
        {
            foreach (var userId in item.Owners.Where(o => o.Kind == OwnerKind.Member).Select(o => o.MemberId!).Distinct())
            {
                if (!byUser.TryGetValue(userId, out var list))
                {
                    byUser[userId] = list = [];
                }

                list.Add(View(meeting!, item));
            }
        }

        return byUser;
    }

    public static OpenItem View(Meeting meeting, ActionItem item) =>
        new(meeting.TeamId, meeting.ChannelId, meeting.Id, meeting.Title, meeting.Date, item.Id, item.Text, item.Owners, item.Due, item.SnoozedUntil);

    private static bool Same(List<OpenItem>? a, List<OpenItem>? b) =>
        (a?.Count ?? 0) == (b?.Count ?? 0)
        && (a ?? []).Zip(b ?? []).All(p => p.First with { Owners = NoOwners } == p.Second with { Owners = NoOwners } && p.First.Owners.SequenceEqual(p.Second.Owners));

    /// <param name="replaceAny">A new meeting replaces whatever the index holds (also the tombstone of an earlier meeting with the same id).</param>
    private async Task SetAsync(string tenantId, string userId, string meetingId, IndexedMeeting entry, bool replaceAny, CancellationToken cancellationToken) =>
        await store.UpdateAsync(
            FollowupKeys.UserIndex(tenantId, userId),
            FollowupJson.Default.UserItemsIndex,
            index =>
            {
                var meetings = new Dictionary<string, IndexedMeeting>(index?.Meetings ?? UserItemsIndex.Empty.Meetings, StringComparer.Ordinal);
                if (!replaceAny && meetings.TryGetValue(meetingId, out var held) && held.Revision >= entry.Revision)
                {
                    return null;
                }

                // An empty group stays, with its revision, so that an older state arriving late cannot bring items back.
                meetings[meetingId] = entry;
                return new UserItemsIndex(meetings);
            },
            cancellationToken);
}
