using Microsoft.Extensions.DependencyInjection.Extensions;
namespace TeamsBot.Teams.Intake;

public static class IntakeExtensions
{
    /// <summary>
    /// Minutes in from Teams: installs and rosters, uploads in personal chat and channels, the review card's buttons,
    /// and the Files-tab sweep. Needs AddTeams, AddFollowup, and AddGraph for channel files.
    /// </summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IntakeStore>();
        services.AddSingleton<ReadingMemoryGate>();
        services.AddSingleton<IntakeCards>();
        services.TryAddSingleton<TeamRosters>();
        services.AddTransient<ReviewDelivery>();
        services.AddTransient<PersonalMinutesFiling>();
        services.AddTransient<MinutesFetcher>();
        services.AddTransient<MinutesPlaces>();
        services.AddTransient<MinutesPresenter>();
        services.AddTransient<SummaryPoster>();
        services.AddHttpClient<MinutesDownloader>((sp, client) =>
                client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IntakeOptions>>().Value.DownloadTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddActivityHandler<MembershipHandler>();
        services.AddActivityHandler<MinutesUploadHandler>();
        services.AddInvokeHandler<ReviewHandler>();
        services.AddInvokeHandler<ReadAnywayHandler>();
        services.AddBackgroundWork<MinutesWorkHandler>();
        services.AddSingleton<FilesTabSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<FilesTabSweep>());
        return builder;
    }
}
