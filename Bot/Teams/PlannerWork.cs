using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsBot.Followup;
using TeamsBot.Planner;

namespace TeamsBot.Teams;

/// <summary>
/// A Planner sync asked for by a publish or an item button, run on the background queue so that the button's answer
/// never waits on Planner. <see cref="MeetingId"/> null: the whole team.
/// </summary>
public sealed record PlannerWork(string TenantId, string TeamId, string? MeetingId)
{
    public const string Kind = "planner.sync";

    /// <summary>Queues a sync when the team has "Acties ook in Planner" on; otherwise nothing.</summary>
    public static async ValueTask QueueAsync(TurnContext turn, TeamSettings settings, string tenantId, string teamId, string? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Planner is { Enabled: true })
        {
            await turn.QueueAsync(Kind, JsonSerializer.SerializeToElement(new PlannerWork(tenantId, teamId, meetingId), PlannerWorkJson.Default.PlannerWork), cancellationToken);
        }
    }
}

/// <summary>Runs a queued <see cref="PlannerWork"/>. A failed sync is not retried here (and nobody gets an apology): the next reminder round syncs the team again.</summary>
public sealed class PlannerWorkHandler(PlannerSync sync) : IBackgroundWorkHandler
{
    public string Kind => PlannerWork.Kind;

    public async Task HandleAsync(BackgroundWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Payload is { } payload && payload.Deserialize(PlannerWorkJson.Default.PlannerWork) is { } work)
        {
            await sync.SyncTeamAsync(work.TenantId, work.TeamId, work.MeetingId, cancellationToken);
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlannerWork))]
internal sealed partial class PlannerWorkJson : JsonSerializerContext;
