using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Followup;
using TeamsBot.Samples;

namespace TeamsBot.Tests.Teams.Intake;

public sealed class MembershipTests
{
    private const string TeamId = "19:team0123@thread.tacv2";

    [Fact]
    public async Task BotAddedToTeam_RecordsTheTeamAndItsRoster()
    {
        await using var app = new IntakeApp();
        var tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];

        await app.PostAsync(app.Activity("conversation-update.json", tenant));

        var installations = app.Services.GetRequiredService<Installations>();
        var team = await installations.GetTeamAsync(tenant, TeamId, CancellationToken.None);
        Assert.Equal("8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d", team?.GroupId);
        Assert.Equal("19:general0123@thread.tacv2", team?.ChannelId);
        var roster = await installations.GetRosterAsync(tenant, TeamId, CancellationToken.None);
        Assert.Equal(["Annet de Groot", "Stef Fleischeuer"], roster!.Members.Select(m => m.Name));
    }

    [Fact]
    public async Task BotRemovedFromTeam_ForgetsTheTeamAndItsMeetings()
    {
        await using var app = new IntakeApp();
        var tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];
        await app.PostAsync(app.Activity("conversation-update.json", tenant));
        var intake = app.Services.GetRequiredService<MinutesReading>();
        var upload = new MinutesUpload(tenant, TeamId, "19:general0123@thread.tacv2", "{}", new Actor("u", "U"), SampleMinutes.FileName, null, SampleMinutes.Bytes(".md"));
        var taken = Assert.IsType<ReadingResult.Ingested>(await intake.ReadAsync(upload, [], UploadSource.Channel, CancellationToken.None));
        var removal = app.Activity("conversation-update.json", tenant);
        removal["membersRemoved"] = removal["membersAdded"]!.DeepClone();
        removal.AsObject().Remove("membersAdded");
        removal["channelData"]!["eventType"] = "teamMemberRemoved";

        await app.PostAsync(removal);

        var installations = app.Services.GetRequiredService<Installations>();
        Assert.Null(await installations.GetTeamAsync(tenant, TeamId, CancellationToken.None));
        Assert.Null(await installations.GetRosterAsync(tenant, TeamId, CancellationToken.None));
        Assert.Null(await app.Services.GetRequiredService<FollowupService>().GetMeetingAsync(tenant, TeamId, taken.Outcome.Meeting.Id, CancellationToken.None));
    }

    [Fact]
    public async Task InstalledInPersonalScope_RecordsTheChatAndGreetsInDutch()
    {
        await using var app = new IntakeApp();
        var tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];
        var install = app.Activity("installation-update.json", tenant, $"a:{Guid.NewGuid()}", "nl-NL");
        install["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "nl-NL", ["timezone"] = "Europe/Amsterdam" });

        await app.PostAsync(install);

        var chat = await app.Services.GetRequiredService<Installations>().GetPersonalChatAsync(tenant, "00000000-0000-0000-0000-0000000000020", CancellationToken.None);
        Assert.Equal(install["conversation"]!["id"]!.GetValue<string>(), chat?.ConversationId);
        Assert.Equal("Europe/Amsterdam", chat?.TimeZone);
        Assert.StartsWith("Hallo!", IntakeApp.Text(Assert.Single(app.Sent()).Body), StringComparison.Ordinal);
    }
}
