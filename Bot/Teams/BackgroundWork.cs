using System.Text.Json;

namespace TeamsBot.Teams;

/// <summary>
/// A unit of slow work. Plain serialisable data (no delegates) so that the durable queue (<see cref="DurableBackgroundWorkQueue"/>)
/// can carry it between instances instead of the in-process channel.
/// </summary>
/// <param name="Kind">Routes the item to the <see cref="IBackgroundWorkHandler"/> with this kind.</param>
/// <param name="Conversation">Where to answer.</param>
/// <param name="Payload">The feature's own data.</param>
/// <param name="ActivityId">The activity that asked for the work, for logs and de-duplication.</param>
public sealed record BackgroundWorkItem(string Kind, ConversationReference Conversation, JsonElement? Payload, string? ActivityId);

/// <summary>Where handlers put slow work. The implementation is <see cref="DurableBackgroundWorkQueue"/> (stored before the activity is acknowledged).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue of work items; the name says what it does.")]
public interface IBackgroundWorkQueue
{
    ValueTask EnqueueAsync(BackgroundWorkItem item, CancellationToken cancellationToken);
}
