using TeamsBot.Extraction;
using TeamsBot.Storage;

namespace TeamsBot.Followup;

/// <summary>Ingesting minutes: a new meeting, the same file again (nothing happens), or a changed file of a known meeting.</summary>
public sealed partial class FollowupService
{
    /// <summary>
    /// Stores what the extractor found in <paramref name="upload"/>, with owner names linked to <paramref name="members"/>.
    /// The same bytes again return the meeting unchanged; a changed file of the same meeting (see <see cref="TeamCatalogue"/>
    /// for the identity rule) updates it, and items still present keep their state: done stays done.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(MinutesUpload upload, ExtractionResult extraction, IReadOnlyList<TeamMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(members);
        var import = new MeetingIngest(upload, extraction, members, time.GetUtcNow());
        var catalogueKey = FollowupKeys.Catalogue(upload.TenantId, upload.TeamId);
        var catalogue = await store.ReadAsync(catalogueKey, FollowupJson.Default.TeamCatalogue, cancellationToken) ?? TeamCatalogue.Empty;
        if (catalogue.WithContent(import.ContentHash) is { } entry
            && await GetMeetingAsync(upload.TenantId, upload.TeamId, entry.MeetingId, cancellationToken) is { } known
            && known.Source.ContentHash == import.ContentHash)
        {
            Log.Ingested(logger, known.Id, IngestResult.Unchanged, known.Items.Count, known.Decisions.Count);
            return new IngestOutcome(known, IngestResult.Unchanged);
        }

        var meetingId = catalogue.SameMeeting(import.Identity)?.MeetingId
            ?? FollowupIds.MeetingId(upload.TenantId, upload.TeamId, import.ContentHash);

        // The original bytes go first, so that a stored meeting always has its file.
        await store.TryWriteAsync(
            FollowupKeys.Minutes(upload.TenantId, upload.TeamId, meetingId, import.ContentHash), upload.Content, WriteCondition.None, cancellationToken);
        var (meeting, before, result) = await StoreMeetingAsync(meetingId, import, cancellationToken);

        // The catalogue entry is written last: once it names these bytes, the meeting and its open-items index are in
        // place. A run that died before it is finished by the next: the stored meeting is found unchanged and its index
        // written again in full (idempotent).
        await _index.ApplyAsync(result == IngestResult.Unchanged ? null : before, meeting, cancellationToken);
        await store.UpdateAsync(catalogueKey, FollowupJson.Default.TeamCatalogue, current =>
        {
            var latest = CatalogueEntry.Of(meeting);
            return current?.Meetings.Contains(latest) == true ? null : (current ?? TeamCatalogue.Empty).With(latest);
        }, cancellationToken);

        Log.Ingested(logger, meeting.Id, result, meeting.Items.Count, meeting.Decisions.Count);
        return new IngestOutcome(meeting, result);
    }

    private async Task<(Meeting Meeting, Meeting? Before, IngestResult Result)> StoreMeetingAsync(string meetingId, MeetingIngest import, CancellationToken cancellationToken)
    {
        var key = FollowupKeys.Meeting(import.TenantId, import.TeamId, meetingId);
        var (stored, _) = await store.RunAsync<(Meeting Meeting, Meeting? Before, IngestResult Result)>(key, document =>
        {
            if (document is null)
            {
                // Another writer created it first: read it at once and merge into it.
                var created = import.NewMeeting(meetingId);
                return new((created, null, IngestResult.Created), Serialize(created), WriteCondition.Absent, RetryAtOnce: true);
            }

            var existing = Deserialize(document);
            if (existing.Source.ContentHash == import.ContentHash)
            {
                return ConditionalStep<(Meeting, Meeting?, IngestResult)>.Done((existing, existing, IngestResult.Unchanged));
            }

            var merged = import.Merge(existing);
            return ConditionalStep<(Meeting, Meeting?, IngestResult)>.Write(Serialize(merged), WriteCondition.Match(document.ETag),
                (merged, existing, IngestResult.Updated), attempt => Log.MeetingChangedMeanwhile(logger, meetingId, attempt));
        }, $"Meeting {meetingId} kept changing; the new minutes were not stored.", cancellationToken);
        return stored;
    }
}
