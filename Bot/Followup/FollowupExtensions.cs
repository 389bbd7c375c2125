using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TeamsBot.Minutes;

namespace TeamsBot.Followup;

public static class FollowupExtensions
{
    /// <summary>Registers <see cref="FollowupService"/> and <see cref="MinutesReading"/>; needs AddStorage for its store.</summary>
    public static IHostApplicationBuilder AddFollowup(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FollowupService>();
        builder.Services.AddOptions<MinutesReaderOptions>().BindConfiguration(MinutesReaderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(services => new MinutesReader(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MinutesReaderOptions>>()));
        builder.Services.TryAddSingleton<ReadingThreads>();
        builder.Services.AddSingleton<MinutesReading>();
        builder.Services.AddSingleton<Installations>();
        return builder;
    }
}
