using TeamsBot.Followup;
using static TeamsBot.Tests.Followup.FollowupTestData;

namespace TeamsBot.Tests.Storage;

/// <summary>Where the bot is installed and how it reaches people, on each store.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Installed = new(2023, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Installations_TeamsOfEveryTenant_AreListedForTheReminderRound()
    {
        var installations = new Installations(Store);
        await installations.RecordTeamAsync(Installation("tenant-a", "19:a1@thread.tacv2"), CancellationToken.None);
        await installations.RecordTeamAsync(Installation("tenant-a", "19:a2@thread.tacv2"), CancellationToken.None);
        await installations.RecordTeamAsync(Installation("tenant-b", "19:b1@thread.tacv2"), CancellationToken.None);
        await installations.RecordTeamAsync(Installation("tenant-b", "19:b1@thread.tacv2"), CancellationToken.None);

        var teams = await installations.ListTeamsAsync(CancellationToken.None);

        Assert.Equal(["19:a1@thread.tacv2", "19:a2@thread.tacv2", "19:b1@thread.tacv2"], teams.Select(t => t.TeamId).Order());
    }

    [Fact]
    public async Task Installations_ReinstallWithLessDetail_KeepsWhatWasKnown()
    {
        var installations = new Installations(Store);
        await installations.RecordTeamAsync(Installation(Tenant, Team) with { GroupId = "8b081ef6-4792-4def-b2c9-c363a1bf41d5", Name = "Stuurgroep" }, CancellationToken.None);

        await installations.RecordTeamAsync(Installation(Tenant, Team) with { InstalledAt = Installed.AddDays(3) }, CancellationToken.None);

        var team = await installations.GetTeamAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal("8b081ef6-4792-4def-b2c9-c363a1bf41d5", team!.GroupId);
        Assert.Equal(Installed, team.InstalledAt);
    }

    [Fact]
    public async Task Installations_RemovedTeam_IsNoLongerListedAndItsRosterIsGone()
    {
        var installations = new Installations(Store);
        await installations.RecordTeamAsync(Installation(Tenant, Team), CancellationToken.None);
        await installations.SaveRosterAsync(Tenant, Team, new TeamRoster([new RosterMember("aad-cor", "29:cor", "Cor Lamers", null)], Installed), CancellationToken.None);

        Assert.True(await installations.RemoveTeamAsync(Tenant, Team, CancellationToken.None));

        Assert.Empty(await installations.ListTeamsAsync(CancellationToken.None));
        Assert.Null(await installations.GetRosterAsync(Tenant, Team, CancellationToken.None));
        Assert.False(await installations.RemoveTeamAsync(Tenant, Team, CancellationToken.None));
    }

    [Fact]
    public async Task Installations_PersonalChat_IsFoundOnlyInItsOwnTenant_AndKeepsTheKnownTimeZone()
    {
        var installations = new Installations(Store);
        await installations.RecordPersonalChatAsync(new PersonalChat(Tenant, "aad-olga", "a:1olga", "https://smba.trafficmanager.net/emea/", "Europe/Amsterdam", "nl-NL", Installed), CancellationToken.None);
        await installations.RecordPersonalChatAsync(new PersonalChat(Tenant, "aad-olga", "a:1olga", "https://smba.trafficmanager.net/emea/", null, null, Installed.AddDays(1)), CancellationToken.None);

        var chat = await installations.GetPersonalChatAsync(Tenant, "aad-olga", CancellationToken.None);

        Assert.Equal("Europe/Amsterdam", chat!.TimeZone);
        Assert.Null(await installations.GetPersonalChatAsync("another-tenant", "aad-olga", CancellationToken.None));
    }

    private static TeamInstallation Installation(string tenant, string team) =>
        new(tenant, team, null, null, "https://smba.trafficmanager.net/emea/", team, Installed);
}
