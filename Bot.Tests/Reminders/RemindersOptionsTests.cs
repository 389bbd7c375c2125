using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBot.Followup;
using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

/// <summary>The "Reminders" section as an operator writes it, bound the way the bot binds it.</summary>
public sealed class RemindersOptionsTests
{
    [Fact]
    public void NonWorkingDays_NotConfigured_AreSaturdayAndSunday()
    {
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], Bound([]).NonWorkingDays);
    }

    [Fact]
    public void NonWorkingDays_Configured_ReplaceTheDefaultWeekend()
    {
        var settings = Bound(new()
        {
            ["Reminders:NonWorkingDays:0"] = "Friday",
            ["Reminders:NonWorkingDays:1"] = "Saturday",
        });

        Assert.Equal([DayOfWeek.Friday, DayOfWeek.Saturday], settings.NonWorkingDays);
        Assert.True(new WorkingCalendar(settings).IsWorkingDay(new DateOnly(2024, 6, 9)), "Sunday 9 June 2024 is a working day");
    }

    private static ReminderSettings Bound(Dictionary<string, string?> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddReminders();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<RemindersOptions>>().Value.SettingsFor(new TeamSettings());
    }
}
