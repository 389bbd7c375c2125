using TeamsBot.Teams;

namespace TeamsBot.Work;

public static class WorkExtensions
{
    /// <summary>
    /// The durable queue behind <see cref="IBackgroundWorkQueue"/>: work is stored before the activity is acknowledged
    /// and run by <see cref="DurableWorkService"/>, with retries and leases shared by every instance. Needs AddStorage
    /// and AddTeams (the runner of the queued items).
    /// </summary>
    public static IHostApplicationBuilder AddWork(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DurableWorkOptions>().BindConfiguration(DurableWorkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DurableBackgroundWorkQueue>();
        services.AddSingleton<IBackgroundWorkQueue>(sp => sp.GetRequiredService<DurableBackgroundWorkQueue>());
        services.AddHostedService<DurableWorkService>();
        return builder;
    }
}
