using Microsoft.Extensions.DependencyInjection.Extensions;
namespace TeamsBot.Teams.Commands;

public static class CommandsExtensions
{
    /// <summary>The commands and the item buttons of the cards; needs AddTeams and AddFollowup.</summary>
    public static IHostApplicationBuilder AddCommands(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton<TeamRosters>();
        services.AddSingleton<MeetingFinder>();
        services.AddSingleton<CommandCards>();
        services.AddActivityHandler<CommandHandler>();
        services.AddInvokeHandler<CardActionHandler>();
        services.AddBackgroundWork<PlannerWorkHandler>();
        return builder;
    }
}
