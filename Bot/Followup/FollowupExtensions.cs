using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace TeamsBot.Followup;

public static class FollowupExtensions
{
    /// <summary>Registers <see cref="FollowupService"/>; needs AddStorage for its store.</summary>
    public static IHostApplicationBuilder AddFollowup(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FollowupService>();
        return builder;
    }
}
