using Microsoft.Extensions.Time.Testing;
using TeamsBot.Reminders;

namespace TeamsBot.Tests.Reminders;

public sealed class NextMeetingResolverTests
{
    private static readonly DateTimeOffset Now = new(2023, 5, 25, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly NextMeetingResolver Resolver = new(new FakeTimeProvider(Now), new ReminderSettings());

    private static CalendarOccurrence Occurrence(string subject, int month, int day, bool channel = false, string? series = null) =>
        new(subject, new DateTimeOffset(2023, month, day, 11, 30, 0, TimeSpan.Zero), new DateTimeOffset(2023, month, day, 12, 45, 0, TimeSpan.Zero), true, channel, series);

    [Theory]
    [InlineData("Verslag bijeenkomst Stuurgroep Stadspartners", "Stuurgroep Stadspartners #12 (juni)")]
    [InlineData("Verslag bijeenkomst Stuurgroep Stadspartners", "Stuurgroepbijeenkomst Stadspartners")]
    [InlineData("Minutes of the Finance Committee, 3 March 2023", "Finance Comittee meeting")]
    public void Similarity_SameMeetingDifferentlyWritten_Matches(string title, string subject) =>
        Assert.True(SubjectMatcher.Similarity(title, subject) >= NextMeetingResolver.MatchThreshold);

    [Theory]
    [InlineData("Verslag bijeenkomst Stuurgroep Stadspartners", "Werkgroep Veiligheid")]
    [InlineData("Minutes of the Finance Committee", "Team lunch")]
    [InlineData("Verslag 24 mei 2023", "Overleg 21 juni 2023")]
    public void Similarity_OtherMeeting_DoesNotMatch(string title, string subject) =>
        Assert.True(SubjectMatcher.Similarity(title, subject) < NextMeetingResolver.MatchThreshold);

    [Fact]
    public void Resolve_Calendar_PicksTheNextOccurrenceOfTheMatchingSeries()
    {
        var resolution = Resolver.Resolve(new NextMeetingInputs
        {
            Title = "Verslag bijeenkomst Stuurgroep Stadspartners",
            Calendar =
            [
                Occurrence("Stuurgroep Stadspartners", 5, 10, series: "s1"),
                Occurrence("Werkgroep Veiligheid", 6, 1, channel: true, series: "s2"),
                Occurrence("Stuurgroep Stadspartners (Singel 85)", 7, 19, series: "s1"),
                Occurrence("Stuurgroep Stadspartners", 6, 21, series: "s1"),
            ],
            StatedDate = new DateOnly(2023, 6, 28),
        });

        Assert.Equal(NextMeetingSource.Calendar, resolution.Source);
        Assert.Equal(new DateTimeOffset(2023, 6, 21, 13, 30, 0, TimeSpan.FromHours(2)), resolution.Meeting!.Start);
        Assert.Equal(TimeSpan.FromHours(2), resolution.Meeting.Start.Offset);
    }

    [Fact]
    public void Resolve_CalendarWithoutMatch_TakesTheNextChannelMeeting()
    {
        var resolution = Resolver.Resolve(new NextMeetingInputs
        {
            Title = "Verslag bijeenkomst Stuurgroep Stadspartners",
            Calendar = [Occurrence("Team lunch", 5, 30), Occurrence("Werkgroep Veiligheid", 6, 1, channel: true)],
        });

        Assert.Equal(NextMeetingSource.Calendar, resolution.Source);
        Assert.Equal(new DateOnly(2023, 6, 1), resolution.Meeting!.LocalDate);
    }

    [Fact]
    public void Resolve_NoCalendar_TakesTheMinutesStatement()
    {
        var resolution = Resolver.Resolve(new NextMeetingInputs
        {
            Title = "Verslag",
            Calendar = [Occurrence("Team lunch", 5, 30)],
            StatedDate = new DateOnly(2023, 6, 21),
            StatedTime = new TimeOnly(13, 30),
            Cadence = new Cadence(CadenceUnit.Week, 1, DayOfWeek.Monday),
        });

        Assert.Equal(NextMeetingSource.Minutes, resolution.Source);
        Assert.Equal(new DateTimeOffset(2023, 6, 21, 13, 30, 0, TimeSpan.FromHours(2)), resolution.Meeting!.Start);
        Assert.True(resolution.Meeting.TimeStated);
    }

    [Fact]
    public void Resolve_StatedDateWithoutTime_UsesTheDefaultMeetingTime()
    {
        var resolution = Resolver.Resolve(new NextMeetingInputs { StatedDate = new DateOnly(2023, 6, 21) });

        Assert.Equal(new DateTimeOffset(2023, 6, 21, 9, 0, 0, TimeSpan.FromHours(2)), resolution.Meeting!.Start);
        Assert.False(resolution.Meeting.TimeStated);
    }

    [Fact]
    public void Resolve_NoCalendarNoStatement_TakesTheRhythmFromTheLastMeeting()
    {
        var resolution = Resolver.Resolve(new NextMeetingInputs
        {
            StatedDate = new DateOnly(2023, 3, 1),
            Cadence = CadenceParser.Parse("elke 4 weken op woensdag 13:30"),
            LastMeeting = new DateOnly(2023, 5, 24),
        });

        Assert.Equal(NextMeetingSource.Cadence, resolution.Source);
        Assert.Equal(new DateTimeOffset(2023, 6, 21, 13, 30, 0, TimeSpan.FromHours(2)), resolution.Meeting!.Start);
    }

    [Fact]
    public void Resolve_RhythmAcrossTheAutumnDstChange_KeepsTheLocalTime()
    {
        var resolver = new NextMeetingResolver(new FakeTimeProvider(new DateTimeOffset(2024, 10, 20, 12, 0, 0, TimeSpan.FromHours(2))), new ReminderSettings());

        var resolution = resolver.Resolve(new NextMeetingInputs { Cadence = CadenceParser.Parse("every week on Tuesday at 9:30"), LastMeeting = new DateOnly(2024, 10, 15) });

        Assert.Equal(new DateTimeOffset(2024, 10, 22, 9, 30, 0, TimeSpan.FromHours(2)), resolution.Meeting!.Start);
        var later = new NextMeetingResolver(new FakeTimeProvider(new DateTimeOffset(2024, 10, 23, 12, 0, 0, TimeSpan.FromHours(2))), new ReminderSettings())
            .Resolve(new NextMeetingInputs { Cadence = CadenceParser.Parse("every week on Tuesday at 9:30"), LastMeeting = new DateOnly(2024, 10, 22) });
        Assert.Equal(new DateTimeOffset(2024, 10, 29, 9, 30, 0, TimeSpan.FromHours(1)), later.Meeting!.Start);
    }

    [Fact]
    public void Resolve_NothingKnown_IsNone()
    {
        var resolution = Resolver.Resolve(new NextMeetingInputs { Title = "Verslag", StatedDate = new DateOnly(2023, 5, 1) });

        Assert.Equal(NextMeetingSource.None, resolution.Source);
        Assert.Null(resolution.Meeting);
    }
}
