namespace TeamsBot.Extraction;

/// <summary>
/// A person named in the minutes' header: the name as written (first name only where that is all the minutes give),
/// the organisation or role written beside it, and a handle ("@addaleax") where the minutes give one.
/// </summary>
public sealed record Person(string Name, string? Organization = null, string? Handle = null);

/// <summary>What the header of the minutes says about the meeting. Every field is null or empty when the minutes do not say.</summary>
public sealed record MeetingHeader
{
    public string? Title { get; init; }

    public DateOnly? Date { get; init; }

    public string? Location { get; init; }

    public string? Chair { get; init; }

    public string? MinuteTaker { get; init; }

    public IReadOnlyList<Person> Attendees { get; init; } = [];

    public IReadOnlyList<Person> Absent { get; init; } = [];

    /// <summary>The date of the next meeting when the minutes state it ("Volgende vergadering: 21 juni 2023").</summary>
    public DateOnly? NextMeeting { get; init; }

    /// <summary>When the next meeting starts, where the minutes give a time with its date ("om 13:30 uur").</summary>
    public TimeOnly? NextMeetingTime { get; init; }
}
