using TeamsBot.Bench;

namespace TeamsBot.Tests.Bench;

/// <summary>
/// <c>bench load</c> in miniature: the same code path as the benchmark, asserting only behaviour (nothing fails, every
/// kind of activity is answered as it should be, every upload gets its review card), never latency.
/// </summary>
public sealed class LoadBenchTests
{
    [Fact]
    public async Task SmallRun_AnswersEveryKindWithoutErrors_AndEveryUploadGetsItsReviewCard()
    {
        var settings = new LoadSettings
        {
            Rate = 20,
            Duration = TimeSpan.FromSeconds(2),
            WarmUp = TimeSpan.Zero,
            Uploads = 5,
            UploadWindow = TimeSpan.FromSeconds(2),
            MeetingsPerTeam = 1,
        };
        using var output = new StringWriter();

        var result = await LoadBench.RunAsync(settings, output, CancellationToken.None);

        var report = output.ToString();
        Assert.True(result.Errors == 0, report);
        Assert.Equal(Enum.GetValues<LoadKind>().Length - 1, result.Traffic.Kinds.Count);
        Assert.All(result.Traffic.Kinds, kind => Assert.True(kind.Count > 0 && kind.Errors == 0, report));
        Assert.Equal(40, result.Traffic.Overall.Count);
        Assert.True(result.Traffic.ConnectorPosts >= result.Traffic.Commands.Count, report);
        Assert.Equal(5, result.Uploads.Uploads);
        Assert.Equal(5, result.Uploads.Processed);
        Assert.Equal(0, result.Uploads.Lost);
        Assert.Contains("PASS every upload processed (5/5, lost 0)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_IsHalfCommands_AQuarterCardActions_FifteenPercentChatter_TenPercentOther()
    {
        var traffic = new LoadTraffic(LoadWorld.Create(), new LoadActivities("http://127.0.0.1:1/_connector"), []);

        Assert.Equal(0.50, traffic.Shares[LoadKind.PersonalCommand] + traffic.Shares[LoadKind.ChannelCommand], 3);
        Assert.Equal(0.25, traffic.Shares[LoadKind.CardAction], 3);
        Assert.Equal(0.15, traffic.Shares[LoadKind.IgnoredMessage], 3);
        Assert.Equal(0.10, traffic.Shares[LoadKind.Other], 3);
    }

    [Fact]
    public void SampleAsMeeting_GivesEachUploadItsOwnTitleAndDate()
    {
        var sample = "\n## Verslag bijeenkomst\n\nDatum: woensdag 24 mei 2023  \nLocatie: Schiedam\n";

        var first = LoadWorld.SampleAsMeeting(sample, 1);
        var second = LoadWorld.SampleAsMeeting(sample, 2);

        Assert.Contains("## Verslag bijeenkomst 1", first, StringComparison.Ordinal);
        Assert.Contains("Datum: 31 mei 2023", first, StringComparison.Ordinal);
        Assert.Contains("Datum: 7 juni 2023", second, StringComparison.Ordinal);
        Assert.Contains("Locatie: Schiedam", second, StringComparison.Ordinal);
    }
}
