using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Teams.Commands;

namespace TeamsBot.Tests.Teams.Commands;

public sealed class SummaryViewersTests
{
    private static readonly DateTimeOffset Now = new(2023, 5, 25, 9, 0, 0, TimeSpan.Zero);

    private static RosterMember Member(int k) => new($"aad-{k}", $"29:{k}", $"Lid {k}", null);

    private static ActionItem Item(string id, params Owner[] owners) =>
        new(id, "Begroting opstellen", "Er wordt een begroting gemaakt.", null, owners, null, ItemStatus.Open, null, []);

    private static Meeting Meeting(IReadOnlyList<ActionItem> items, IReadOnlyList<Attendee>? attendees = null, string uploader = "aad-0") =>
        new("m1", "tenant", "team", "channel", "{}", "Stuurgroep", null, "nl", attendees ?? [], new SourceFile("notulen.md", null, "hash", 10),
            [], items, null, new Actor(uploader, "Annet de Groot"), Now, Now, 1);

    [Fact]
    public void Of_ATeamOfEighty_ListsTheUploaderThenTheOwnersThenLinkedAttendees_NotTheOtherMembers()
    {
        var roster = Enumerable.Range(0, 80).Select(Member).ToList();
        var meeting = Meeting(
            [Item("a1", Owner.Member("aad-7", "Lid 7"), Owner.Unresolved("Peter van der Gugten")), Item("a2", Owner.Group("Programmabureau")), Item("a3", Owner.Member("aad-3", "Lid 3"))],
            [new Attendee("Lid 12", null, "aad-12"), new Attendee("Lid 7", null, "aad-7"), new Attendee("Gast", "Facilicom", null)]);

        var viewers = SummaryViewers.Of(meeting, roster);

        Assert.Equal(["29:0", "29:7", "29:3", "29:12"], viewers);
    }

    [Fact]
    public void Of_MoreThanSixtyPeopleInvolved_IsCappedAtTeamsLimit_UploaderFirst()
    {
        var roster = Enumerable.Range(0, 100).Select(Member).ToList();
        var meeting = Meeting([.. Enumerable.Range(1, 90).Select(k => Item($"a{k}", Owner.Member($"aad-{k}", $"Lid {k}")))], uploader: "aad-95");

        var viewers = SummaryViewers.Of(meeting, roster);

        Assert.Equal(CardLimits.RefreshUserIds, viewers.Count);
        Assert.Equal("29:95", viewers[0]);
        Assert.Equal(viewers.Count, viewers.Distinct().Count());
    }

    [Fact]
    public void Of_UploaderNotYetInTheRoster_IsListedByTheTeamsIdOfTheUpload()
    {
        var meeting = Meeting([Item("a1", Owner.Member("aad-1", "Lid 1"))], uploader: "aad-new");

        var viewers = SummaryViewers.Of(meeting, [Member(1)], uploaderTeamsId: "29:new");

        Assert.Equal(["29:new", "29:1"], viewers);
    }
}
