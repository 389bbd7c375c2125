using TeamsBot.Followup;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Followup;

public sealed class FollowupIdsTests
{
    [Fact]
    public void NewId_ThousandIds_AllDistinctValidAndSafeAsKeySegments()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => FollowupIds.NewId()).ToList();

        Assert.Equal(1000, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.True(FollowupIds.IsValid(id));
            Assert.True(StorageKey.IsSafeSegment(id));
        });
    }

    [Fact]
    public void MeetingId_SameTeamAndContent_SameIdAndOtherTeamOrTenantDiffers()
    {
        var id = FollowupIds.MeetingId("tenant", "team", "hash");

        Assert.Equal(id, FollowupIds.MeetingId("tenant", "team", "hash"));
        Assert.NotEqual(id, FollowupIds.MeetingId("tenant", "other team", "hash"));
        Assert.NotEqual(id, FollowupIds.MeetingId("other tenant", "team", "hash"));
        Assert.True(FollowupIds.IsValid(id));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("%2F")]
    [InlineData(".hidden")]
    [InlineData("A")]
    [InlineData("a\\b")]
    [InlineData("")]
    public void StorageKey_UnsafeSegment_CannotBeBuilt(string segment)
    {
        Assert.Throws<ArgumentException>(() => StorageKey.Of("tenants", segment));
    }
}
