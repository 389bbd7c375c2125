using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Followup;
using TeamsBot.Minutes;
using TeamsBot.Samples;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Followup;

public sealed class MinutesReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intake-").FullName;
    private readonly FollowupService _followup;
    private readonly MinutesReading _reading;

    public MinutesReadingTests()
    {
        _followup = FollowupTestData.Service(new FileSystemDocumentStore(_folder), FollowupTestData.Clock());
        _reading = new MinutesReading(_followup, new MinutesReader(), NullLogger<MinutesReading>.Instance);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Take_SampleMinutesPostedInAChannel_AreStoredWithTheirItems()
    {
        var upload = Upload(SampleMinutes.Bytes(".docx"), "Notulen stuurgroep 24 mei.docx");

        var result = await _reading.ReadAsync(upload, FollowupTestData.Members, UploadSource.Channel, CancellationToken.None);

        var ingested = Assert.IsType<ReadingResult.Ingested>(result);
        Assert.Equal(IngestResult.Created, ingested.Outcome.Result);
        Assert.NotEmpty(ingested.Outcome.Meeting.Items);
        Assert.Equal(ingested.Extraction.ActionItems.Count, ingested.Outcome.Meeting.Items.Count);
        Assert.NotNull(await _followup.GetMeetingAsync(upload.TenantId, upload.TeamId, ingested.Outcome.Meeting.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Take_SameFileTwice_SecondTimeChangesNothing()
    {
        var upload = Upload(SampleMinutes.Bytes(".md"), "notulen.md");
        await _reading.ReadAsync(upload, FollowupTestData.Members, UploadSource.SentToBot, CancellationToken.None);

        var again = await _reading.ReadAsync(upload, FollowupTestData.Members, UploadSource.SentToBot, CancellationToken.None);

        Assert.Equal(IngestResult.Unchanged, Assert.IsType<ReadingResult.Ingested>(again).Outcome.Result);
    }

    [Theory]
    [InlineData("vakantierooster.xlsx")]
    [InlineData("teamfoto.png")]
    public async Task Take_OtherFileTypesInAChannel_AreLeftAloneWithoutReading(string fileName)
    {
        var result = await _reading.ReadAsync(Upload([0x50, 0x4B, 0x03, 0x04], fileName), FollowupTestData.Members, UploadSource.Channel, CancellationToken.None);

        Assert.IsType<ReadingResult.NotMinutes>(result);
        Assert.Empty(await _followup.ListTeamOpenItemsAsync(FollowupTestData.Tenant, FollowupTestData.Team, includeSnoozed: true, CancellationToken.None));
    }

    [Fact]
    public async Task Take_ADocumentThatIsNotMinutes_StoresNothing()
    {
        var text = "# Projectplan wijkaanpak\n\nHet project verbetert de leefbaarheid in drie wijken. De eerste fase loopt tot de zomer.\n";

        var result = await _reading.ReadAsync(Upload(Encoding.UTF8.GetBytes(text), "projectplan.md"), FollowupTestData.Members, UploadSource.Channel, CancellationToken.None);

        Assert.IsType<ReadingResult.NotMinutes>(result);
        Assert.Empty(await _followup.ListTeamOpenItemsAsync(FollowupTestData.Tenant, FollowupTestData.Team, includeSnoozed: true, CancellationToken.None));
    }

    [Fact]
    public async Task Take_DamagedMinutesSentToTheBot_SaysWhyInOneLine()
    {
        var result = await _reading.ReadAsync(Upload([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "notulen.docx"), FollowupTestData.Members, UploadSource.SentToBot, CancellationToken.None);

        var unreadable = Assert.IsType<ReadingResult.Unreadable>(result);
        Assert.Equal(UnreadableReason.Damaged, unreadable.Reason);
        Assert.DoesNotContain('\n', unreadable.Message);
    }

    [Fact]
    public async Task Take_DamagedFileInAChannel_IsReportedOnlyWhenItsNameSaysMinutes()
    {
        byte[] damaged = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00];

        var named = await _reading.ReadAsync(Upload(damaged, "Notulen 3 juni.pdf"), FollowupTestData.Members, UploadSource.Channel, CancellationToken.None);
        var other = await _reading.ReadAsync(Upload(damaged, "brochure.pdf"), FollowupTestData.Members, UploadSource.Channel, CancellationToken.None);

        Assert.IsType<ReadingResult.Unreadable>(named);
        Assert.IsType<ReadingResult.NotMinutes>(other);
    }

    private static MinutesUpload Upload(byte[] content, string fileName) =>
        FollowupTestData.Upload("", fileName: fileName) with { Content = content };
}
