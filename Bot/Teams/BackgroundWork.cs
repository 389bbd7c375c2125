using System.Text.Json;

namespace TeamsBot.Teams;

/// <summary>
/// A unit of slow work. Plain serialisable data (no delegates) so that the durable queue (Work/) can carry it
/// between instances instead of the in-process channel.
/// </summary>
/// <param name="Kind">Routes the item to the <see cref="IBackgroundWorkHandler"/> with this kind.</param>
/// <param name="Conversation">Where to answer.</param>
/// <param name="Payload">The feature's own data.</param>
/// <param name="ActivityId">The activity that asked for the work, for logs and de-duplication.</param>
public sealed record BackgroundWorkItem(string Kind, ConversationReference Conversation, JsonElement? Payload, string? ActivityId);

/// <summary>Where handlers put slow work. The implementation is the durable queue of Work/ (stored before the activity is acknowledged).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue of work items; the name says what it does.")]
public interface IBackgroundWorkQueue
{
    ValueTask EnqueueAsync(BackgroundWorkItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the queued and given-up work of a tenant (or with <paramref name="teamId"/> of one team), for a request
    /// to be forgotten; returns how many items went.
    /// </summary>
    Task<int> ForgetAsync(string tenantId, string? teamId, CancellationToken cancellationToken);
}
