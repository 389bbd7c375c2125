using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Storage;
using TeamsBot.Tests.Followup;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

public sealed class FollowupViewsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("views-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Items_OnlyLinkedMembersCarryAnId_DroppedItemsAreGone_PostponementsCounted()
    {
        var store = new FileSystemDocumentStore(_folder.FullName);
        var clock = FollowupTestData.Clock();
        var service = FollowupTestData.Service(store, clock);
        var minutes = FollowupTestData.MinutesOf("Stuurgroep", new DateOnly(2023, 5, 24),
            [FollowupTestData.Item("Olga schrijft het plan van aanpak", "Olga Boot"), FollowupTestData.Item("De werkgroep plant een sessie", "de werkgroep"), FollowupTestData.Item("Vervallen actie voor Cor", "Cor Lamers")]);
        var meeting = (await service.IngestAsync(FollowupTestData.Upload("v1"), minutes, FollowupTestData.Members, CancellationToken.None)).Meeting;
        var olga = meeting.Items.Single(i => i.Text.StartsWith("Olga", StringComparison.Ordinal));
        var address = new ItemAddress(meeting.TenantId, meeting.TeamId, meeting.Id, olga.Id);
        await service.SnoozeAsync(address, FollowupTestData.Secretary, clock.GetUtcNow().AddDays(7), CancellationToken.None);
        await service.EditAsync(address, FollowupTestData.Secretary, new ItemEdit(Due: new DateOnly(2023, 6, 30)), CancellationToken.None);
        // The first due date is no postponement; moving it is.
        await service.EditAsync(address, FollowupTestData.Secretary, new ItemEdit(Due: new DateOnly(2023, 7, 14)), CancellationToken.None);
        var cor = meeting.Items.Single(i => i.Text.StartsWith("Vervallen", StringComparison.Ordinal));
        await service.DropAsync(address with { ItemId = cor.Id }, FollowupTestData.Secretary, CancellationToken.None);
        meeting = (await service.GetMeetingAsync(meeting.TenantId, meeting.TeamId, meeting.Id, CancellationToken.None))!;

        var items = FollowupViews.Items(meeting, "Europe/Amsterdam");

        Assert.Equal(2, items.Count);
        var olgaView = items.Single(i => i.Id == olga.Id);
        Assert.Equal("aad-olga", Assert.Single(olgaView.Owners).MemberId);
        Assert.Equal(2, olgaView.TimesPostponed);
        Assert.Equal(new DateOnly(2023, 6, 1), olgaView.SnoozedUntil);
        Assert.Null(Assert.Single(items.Single(i => i.Id != olga.Id).Owners).MemberId);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("nl", "nl")]
    [InlineData(null, "nl")]
    [InlineData("fr", "nl")]
    public void Settings_SpeakTheTeamsLanguage_DutchWhenItHasNoTable(string? language, string expected) =>
        Assert.Equal(expected, FollowupViews.Settings(new TeamSettings(Language: language!)).Language.Code);
}
