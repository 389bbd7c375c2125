using TeamsBot.Followup;
using TeamsBot.Graph;

namespace TeamsBot.Planner;

/// <summary>What the settings card's Planner choice makes of the team's Planner setting.</summary>
public static class PlannerChoice
{
    /// <summary>
    /// The setting after the card was saved: on or off, and the plan (<see cref="PlannerSync.NewPlanChoice"/>: the plan the
    /// bot creates, or keeps when it created one before). Another plan starts with no buckets; the plan the team had keeps them.
    /// </summary>
    public static PlannerSettings Apply(PlannerSettings? current, bool enabled, string plan, IReadOnlyList<PlannerPlanInfo>? plans, string botPlanTitle)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ownPlan = current is { PlanId: not null } && current.PlanTitle == botPlanTitle;
        var (planId, title) = plan == PlannerSync.NewPlanChoice
            ? (ownPlan ? current!.PlanId : null, ownPlan ? current!.PlanTitle : null)
            : (plan, plans?.FirstOrDefault(p => p.Id == plan)?.Title ?? (current?.PlanId == plan ? current.PlanTitle : null));
        var next = new PlannerSettings(enabled, planId, title) { AccessDenied = current?.AccessDenied == true };
        return current is not null && current.PlanId == planId ? next with { Buckets = current.Buckets } : next;
    }
}
