using System.Text.Json;
using Microsoft.Extensions.Logging;
using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>
/// The follow-up use cases: ingest minutes, change items, list open items, search decisions, forget. Every call names
/// its tenant, and every key it touches is derived from that tenant, so no call reaches another tenant's documents.
/// Changes to a meeting are conditional writes on its ETag; on a conflict the change is re-applied to a fresh read.
/// </summary>
public sealed partial class FollowupService(IDocumentStore store, TimeProvider time, ILogger<FollowupService> logger)
{
    private readonly OpenItemsIndex _index = new(store);

    /// <summary>The meeting, or null when this tenant and team have no meeting with that id (also for a malformed id).</summary>
    public async Task<Meeting?> GetMeetingAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken)
    {
        if (!FollowupIds.IsValid(meetingId))
        {
            return null;
        }

        var document = await store.ReadAsync(FollowupKeys.Meeting(tenantId, teamId, meetingId), cancellationToken);
        return document is null ? null : Owned(Deserialize(document), tenantId, teamId);
    }

    /// <summary>The original bytes of the meeting's current file.</summary>
    public async Task<ReadOnlyMemory<byte>?> GetMinutesAsync(string tenantId, string teamId, string meetingId, CancellationToken cancellationToken)
    {
        if (await GetMeetingAsync(tenantId, teamId, meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }

        var document = await store.ReadAsync(FollowupKeys.Minutes(tenantId, teamId, meetingId, meeting.Source.ContentHash), cancellationToken);
        return document?.Content;
    }

    public Task<MeetingItem?> CompleteAsync(ItemAddress address, Actor actor, CancellationToken cancellationToken) =>
        ChangeItemAsync(address, item => item.Status == ItemStatus.Done ? null : item with
        {
            Status = ItemStatus.Done,
            History = [.. item.History, Change(actor, ChangeKind.Completed)],
        }, cancellationToken);

    public Task<MeetingItem?> ReopenAsync(ItemAddress address, Actor actor, CancellationToken cancellationToken) =>
        ChangeItemAsync(address, item => item.Status == ItemStatus.Open ? null : item with
        {
            Status = ItemStatus.Open,
            History = [.. item.History, Change(actor, ChangeKind.Reopened)],
        }, cancellationToken);

    public Task<MeetingItem?> DropAsync(ItemAddress address, Actor actor, CancellationToken cancellationToken) =>
        ChangeItemAsync(address, item => item.Status == ItemStatus.Dropped ? null : item with
        {
            Status = ItemStatus.Dropped,
            History = [.. item.History, Change(actor, ChangeKind.Dropped)],
        }, cancellationToken);

    /// <summary>Hides the item from "my open items" until <paramref name="until"/>; a time in the past wakes it.</summary>
    public Task<MeetingItem?> SnoozeAsync(ItemAddress address, Actor actor, DateTimeOffset until, CancellationToken cancellationToken) =>
        ChangeItemAsync(address, item => item.SnoozedUntil == until ? null : item with
        {
            SnoozedUntil = until,
            History = [.. item.History, Change(actor, ChangeKind.Snoozed, until.ToString("O", System.Globalization.CultureInfo.InvariantCulture))],
        }, cancellationToken);

    /// <summary>Gives the item to other owners (an empty list: nobody).</summary>
    public Task<MeetingItem?> ReassignAsync(ItemAddress address, Actor actor, IReadOnlyList<Owner> owners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owners);
        return ChangeItemAsync(address, item => item.Owners.SequenceEqual(owners) ? null : item with
        {
            Owners = [.. owners],
            History = [.. item.History, Change(actor, ChangeKind.Reassigned, string.Join(", ", owners.Select(o => o.Name)))],
        }, cancellationToken);
    }

    /// <summary>Changes the text and/or the due date, recording each change separately.</summary>
    public Task<MeetingItem?> EditAsync(ItemAddress address, Actor actor, ItemEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.Text is { } text && string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("An item's text cannot be empty.", nameof(edit));
        }

        return ChangeItemAsync(address, item =>
        {
            var changes = new List<ItemChange>();
            var result = item;
            if (edit.Text is { } newText && newText.Trim() != item.Text)
            {
                result = result with { Text = newText.Trim() };
                changes.Add(Change(actor, ChangeKind.TextEdited, result.Text));
            }

            var due = edit.ClearDue ? null : edit.Due ?? item.Due;
            if (due != item.Due)
            {
                result = result with { Due = due };
                changes.Add(Change(actor, item.Due is null ? ChangeKind.DueSet : ChangeKind.DueChanged, due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }

            return changes.Count == 0 ? null : result with { History = [.. item.History, .. changes] };
        }, cancellationToken);
    }

    private static Meeting Deserialize(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Content.Span, FollowupJson.Default.Meeting)
        ?? throw new InvalidDataException("A stored meeting is empty.");

    /// <summary>A second check beside the key: a document that names another tenant or team is nobody's here.</summary>
    private static Meeting? Owned(Meeting meeting, string tenantId, string teamId) =>
        meeting.TenantId == tenantId && meeting.TeamId == teamId ? meeting : null;

    private ItemChange Change(Actor actor, ChangeKind kind, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ItemChange(time.GetUtcNow(), actor, kind, detail);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the item (null: nothing to change) and stores the meeting if it is still
    /// the version that was read; otherwise reads again and re-applies, so concurrent changes all land.
    /// </summary>
    private async Task<MeetingItem?> ChangeItemAsync(ItemAddress address, Func<ActionItem, ActionItem?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!FollowupIds.IsValid(address.MeetingId) || !FollowupIds.IsValid(address.ItemId))
        {
            return null;
        }

        var key = FollowupKeys.Meeting(address.TenantId, address.TeamId, address.MeetingId);
        var (outcome, written) = await store.RunAsync(key, document =>
        {
            if (document is null || Owned(Deserialize(document), address.TenantId, address.TeamId) is not { } meeting
                || meeting.Items.FirstOrDefault(i => i.Id == address.ItemId) is not { } item)
            {
                return ConditionalStep<MeetingWrite>.Done(new MeetingWrite(null, null));
            }

            if (change(item) is not { } changed)
            {
                return ConditionalStep<MeetingWrite>.Done(new MeetingWrite(new MeetingItem(meeting, item), null));
            }

            var updated = meeting with
            {
                Items = [.. meeting.Items.Select(i => i.Id == item.Id ? changed : i)],
                UpdatedAt = time.GetUtcNow(),
                Revision = meeting.Revision + 1,
            };
            return ConditionalStep<MeetingWrite>.Write(Serialize(updated), WriteCondition.Match(document.ETag),
                new MeetingWrite(new MeetingItem(updated, changed), meeting), attempt => Log.MeetingChangedMeanwhile(logger, meeting.Id, attempt));
        }, $"Meeting {address.MeetingId} kept changing; the change was not stored.", cancellationToken);
        if (written)
        {
            await _index.ApplyAsync(outcome.Before, outcome.Item!.Meeting, cancellationToken);
        }

        return outcome.Item;
    }

    /// <summary>What a change of one meeting's item came to, and the meeting as it was before, when it was written.</summary>
    private sealed record MeetingWrite(MeetingItem? Item, Meeting? Before);

    private static byte[] Serialize(Meeting meeting) => JsonSerializer.SerializeToUtf8Bytes(meeting, FollowupJson.Default.Meeting);
}
