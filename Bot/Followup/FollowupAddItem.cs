using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>Adding an item the minutes missed (from the review card).</summary>
public sealed partial class FollowupService
{
    /// <summary>Adds an open item to the meeting, its history saying who created it; null when there is no such meeting.</summary>
    public async Task<MeetingItem?> AddItemAsync(
        string tenantId, string teamId, string meetingId, Actor actor, string text, IReadOnlyList<Owner> owners, DateOnly? due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owners);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("An item's text cannot be empty.", nameof(text));
        }

        if (!FollowupIds.IsValid(meetingId))
        {
            return null;
        }

        var key = FollowupKeys.Meeting(tenantId, teamId, meetingId);
        var item = new ActionItem(FollowupIds.NewId(), text.Trim(), string.Empty, null, [.. owners], due, ItemStatus.Open, null,
            [Change(actor, ChangeKind.Created, actor.Name)]);
        for (var attempt = 0; attempt < DocumentUpdates.MaxAttempts; attempt++)
        {
            var document = await store.ReadAsync(key, cancellationToken);
            if (document is null || Owned(Deserialize(document), tenantId, teamId) is not { } meeting)
            {
                return null;
            }

            var updated = meeting with { Items = [.. meeting.Items, item], UpdatedAt = time.GetUtcNow(), Revision = meeting.Revision + 1 };
            if (await store.TryWriteAsync(key, Serialize(updated), WriteCondition.Match(document.ETag), cancellationToken) is not null)
            {
                await _index.ApplyAsync(meeting, updated, cancellationToken);
                return new MeetingItem(updated, item);
            }

            Log.MeetingChangedMeanwhile(logger, meeting.Id, attempt + 1);
            await Task.Yield();
        }

        throw new StoreContentionException($"Meeting {meetingId} kept changing; the new item was not stored.");
    }
}
