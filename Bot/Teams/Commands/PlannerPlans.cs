using TeamsBot.Cards;
using TeamsBot.Graph;
using TeamsBot.Planner;

namespace TeamsBot.Teams.Commands;

/// <summary>The plans of a team's group for the settings card, asked of Graph for at most <see cref="ListTime"/> (the card never waits longer on Planner).</summary>
internal static class PlannerPlans
{
    private static readonly TimeSpan ListTime = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<PlannerPlanInfo>?> ListAsync(PlannerSync planner, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ListTime);
        try
        {
            return await planner.ListPlansAsync(tenantId, teamId, bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public static IReadOnlyList<CardPlan>? ForCard(IReadOnlyList<PlannerPlanInfo>? plans) =>
        plans is null ? null : [.. plans.Select(p => new CardPlan(p.Id, p.Title))];
}
