using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace TeamsBot.Planner;

public static class PlannerExtensions
{
    /// <summary>Registers <see cref="PlannerSync"/> ("Acties ook in Planner"); needs AddFollowup and AddGraph. Without Graph it does nothing.</summary>
    public static IHostApplicationBuilder AddPlanner(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<PlannerSync>();
        return builder;
    }
}
