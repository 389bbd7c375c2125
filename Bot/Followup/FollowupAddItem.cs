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
        var (outcome, written) = await store.RunAsync(key, document =>
        {
            if (document is null || Owned(Deserialize(document), tenantId, teamId) is not { } meeting)
            {
                return ConditionalStep<MeetingWrite>.Done(new MeetingWrite(null, null));
            }

            var updated = meeting with { Items = [.. meeting.Items, item], UpdatedAt = time.GetUtcNow(), Revision = meeting.Revision + 1 };
            return ConditionalStep<MeetingWrite>.Write(Serialize(updated), WriteCondition.Match(document.ETag),
                new MeetingWrite(new MeetingItem(updated, item), meeting), attempt => Log.MeetingChangedMeanwhile(logger, meeting.Id, attempt));
        }, $"Meeting {meetingId} kept changing; the new item was not stored.", cancellationToken);
        if (written)
        {
            await _index.ApplyAsync(outcome.Before, outcome.Item!.Meeting, cancellationToken);
        }

        return outcome.Item;
    }
}
