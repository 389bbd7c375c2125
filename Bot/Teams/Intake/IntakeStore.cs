using System.Text.Json;
using TeamsBot.Followup;
using TeamsBot.Storage;

namespace TeamsBot.Teams.Intake;

/// <summary>A review waiting for its uploader: which team the meeting belongs to (the review card carries only the meeting id).</summary>
public sealed record PendingReview(string TenantId, string TeamId, string MeetingId, string UploaderId);

/// <summary>
/// That the card of one version of a meeting's minutes went out, and for which piece of work: a re-run of the same work
/// (after a crash before its queue record was removed) stays silent, and a run that finds the minutes stored but no
/// mark (a crash between storing and sending) sends the card it owes.
/// </summary>
public sealed record PresentedCard(string WorkId);

/// <summary>Where the last Files-tab sweep of a team stopped.</summary>
public sealed record SweepState(string? DeltaLink);

/// <summary>
/// The last upload sent to the bot that it refused as not minutes, kept for its uploader so that "Toch als notulen
/// lezen" can read it without a second upload: one per uploader (a newer refusal replaces it), at most
/// <see cref="IntakeStore.MaxRefusedBytes"/>, deleted once read.
/// </summary>
public sealed record RefusedUpload(string FileName, string ContentHash, byte[] Bytes);

/// <summary>
/// The intake's own small documents, per tenant: <c>tenants/{tenant}/intake/reviews/{meetingId}</c> and
/// <c>tenants/{tenant}/intake/sweeps/{team hash}</c>, and <c>tenants/{tenant}/intake/presented/{meeting and content hash}</c>.
/// </summary>
public sealed class IntakeStore(IDocumentStore store)
{
    public Task RecordReviewAsync(PendingReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return store.UpdateAsync(ReviewKey(review.TenantId, review.MeetingId), IntakeJson.Default.PendingReview, _ => review, cancellationToken);
    }

    public async Task<PendingReview?> GetReviewAsync(string tenantId, string meetingId, CancellationToken cancellationToken) =>
        FollowupIds.IsValid(meetingId) ? await store.ReadAsync(ReviewKey(tenantId, meetingId), IntakeJson.Default.PendingReview, cancellationToken) : null;

    public Task MarkPresentedAsync(string tenantId, string meetingId, string contentHash, string workId, CancellationToken cancellationToken) =>
        store.TryWriteAsync(PresentedKey(tenantId, meetingId, contentHash), JsonSerializer.SerializeToUtf8Bytes(new PresentedCard(workId), IntakeJson.Default.PresentedCard),
            WriteCondition.None, cancellationToken);

    public Task<PresentedCard?> GetPresentedAsync(string tenantId, string meetingId, string contentHash, CancellationToken cancellationToken) =>
        store.ReadAsync(PresentedKey(tenantId, meetingId, contentHash), IntakeJson.Default.PresentedCard, cancellationToken);

    /// <summary>A refused upload larger than this is not kept: its answer says to resend it with "Notulen" in the name.</summary>
    public const int MaxRefusedBytes = 1024 * 1024;

    public Task KeepRefusedAsync(string tenantId, string uploaderId, RefusedUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return store.UpdateAsync(RefusedKey(tenantId, uploaderId), IntakeJson.Default.RefusedUpload, _ => upload, cancellationToken);
    }

    public Task<RefusedUpload?> GetRefusedAsync(string tenantId, string uploaderId, CancellationToken cancellationToken) =>
        store.ReadAsync(RefusedKey(tenantId, uploaderId), IntakeJson.Default.RefusedUpload, cancellationToken);

    public Task ForgetRefusedAsync(string tenantId, string uploaderId, CancellationToken cancellationToken) =>
        store.DeleteAsync(RefusedKey(tenantId, uploaderId), cancellationToken);

    public Task<SweepState?> GetSweepAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        store.ReadAsync(SweepKey(tenantId, teamId), IntakeJson.Default.SweepState, cancellationToken);

    public Task SaveSweepAsync(string tenantId, string teamId, SweepState state, CancellationToken cancellationToken) =>
        store.UpdateAsync(SweepKey(tenantId, teamId), IntakeJson.Default.SweepState, _ => state, cancellationToken);

    /// <summary>
    /// Deletes the team's sweep state and the reviews still waiting for its meetings (its queued minutes work is the
    /// queue's to forget: <see cref="IBackgroundWorkQueue.ForgetAsync"/>, first).
    /// </summary>
    public async Task ForgetTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(SweepKey(tenantId, teamId), cancellationToken);
        var reviews = new List<StorageKey>();
        await foreach (var key in store.ListAsync(TenantKeys.Tenant(tenantId).Child("intake", "reviews"), cancellationToken))
        {
            reviews.Add(key);
        }

        foreach (var key in reviews)
        {
            if ((await store.ReadAsync(key, IntakeJson.Default.PendingReview, cancellationToken))?.TeamId == teamId)
            {
                await store.DeleteAsync(key, cancellationToken);
            }
        }
    }

    private static StorageKey ReviewKey(string tenantId, string meetingId) =>
        TenantKeys.Tenant(tenantId).Child("intake", "reviews", FollowupIds.IsValid(meetingId) ? meetingId : throw new ArgumentException("Not a meeting id.", nameof(meetingId)));

    private static StorageKey PresentedKey(string tenantId, string meetingId, string contentHash) =>
        TenantKeys.Tenant(tenantId).Child("intake", "presented", TenantKeys.Hash("presented", meetingId, contentHash));

    private static StorageKey RefusedKey(string tenantId, string uploaderId) =>
        TenantKeys.Tenant(tenantId).Child("intake", "refused", TenantKeys.Hash("uploader", tenantId, uploaderId));

    private static StorageKey SweepKey(string tenantId, string teamId) =>
        TenantKeys.Tenant(tenantId).Child("intake", "sweeps", TenantKeys.Hash("team", tenantId, teamId));
}
