using TeamsBot.Extraction;
using TeamsBot.Followup;

namespace TeamsBot.Tests.Followup;

public sealed class MemberLinkerTests
{
    private static readonly IReadOnlyList<Person> Attendees = [new("Cor Lamers"), new("Olga Boot"), new("Jan Smit"), new("Jan de Vries")];

    private static readonly IReadOnlyList<TeamMember> Members =
    [
        new("aad-cor", "Cor Lamers", "c.lamers@example.org"),
        new("aad-olga", "Olga Boot", null),
        new("aad-jan-1", "Jan Smit", null),
        new("aad-jan-2", "Jan Smit", null),
    ];

    [Theory]
    [InlineData("Cor", "aad-cor")]
    [InlineData("cor lamers", "aad-cor")]
    [InlineData("C. Lamers", "aad-cor")]
    [InlineData("Lammers", "aad-cor")]
    [InlineData("c.lamers@example.org", "aad-cor")]
    [InlineData("Olga", "aad-olga")]
    public void Link_NameOfOneMember_LinksThatMember(string written, string memberId)
    {
        var owner = new MemberLinker(Members, Attendees, "nl").Link(written);

        Assert.Equal(OwnerKind.Member, owner.Kind);
        Assert.Equal(memberId, owner.MemberId);
    }

    [Fact]
    public void Link_TwoMembersWithTheSameName_LinksNeither()
    {
        var owner = new MemberLinker(Members, Attendees, "nl").Link("Jan Smit");

        Assert.Equal(Owner.Unresolved("Jan Smit"), owner);
    }

    [Fact]
    public void Link_AttendeeWhoIsNoMember_StaysAPersonsName()
    {
        Assert.Equal(Owner.Unresolved("Jan de Vries"), new MemberLinker(Members, Attendees, "nl").Link("Jan de Vries"));
    }

    [Fact]
    public void Link_NameOfNoAttendee_IsAGroup()
    {
        Assert.Equal(Owner.Group("Werkgroep Cultuur"), new MemberLinker(Members, Attendees, "nl").Link("Werkgroep Cultuur"));
    }
}
