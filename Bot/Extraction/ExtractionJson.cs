using System.Globalization;
using System.Text.Json.Nodes;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>The <c>extract --json</c> shape of docs' extraction contract: meeting, decisions, actionItems.</summary>
public static class ExtractionJson
{
    public static JsonObject From(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var meeting = result.Meeting;
        return new JsonObject
        {
            ["meeting"] = new JsonObject
            {
                ["title"] = meeting.Title,
                ["date"] = Date(meeting.Date),
                ["language"] = result.Language,
                ["location"] = meeting.Location,
                ["chair"] = meeting.Chair,
                ["minuteTaker"] = meeting.MinuteTaker,
                ["attendees"] = People(meeting.Attendees),
                ["absent"] = People(meeting.Absent),
                ["nextMeeting"] = Date(meeting.NextMeeting),
                ["nextMeetingTime"] = meeting.NextMeetingTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            },
            ["decisions"] = new JsonArray([.. result.Decisions.Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Id,
                ["text"] = d.Text,
                ["quote"] = d.Quote,
                ["section"] = d.Section,
                ["source"] = Source(d.Source),
            })]),
            ["actionItems"] = new JsonArray([.. result.ActionItems.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["text"] = a.Text,
                ["owners"] = Strings(a.Owners),
                ["suggestedOwners"] = Strings(a.SuggestedOwners),
                ["suggestions"] = new JsonArray([.. a.Suggestions.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["reason"] = s.Reason })]),
                ["due"] = Date(a.Due),
                ["dueText"] = a.DueText,
                ["status"] = a.Status == ExtractedStatus.Done ? "done" : "open",
                ["quote"] = a.Quote,
                ["section"] = a.Section,
                ["source"] = Source(a.Source),
            })]),
        };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonArray People(IReadOnlyList<Person> people) => new([.. people.Select(p =>
    {
        var person = new JsonObject { ["name"] = p.Name, ["organization"] = p.Organization };
        if (p.Handle is not null)
        {
            person["handle"] = p.Handle;
        }

        return (JsonNode)person;
    })]);

    private static JsonArray Strings(IReadOnlyList<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonObject Source(SourceRef source) => new() { ["page"] = source.Page, ["line"] = source.Line };
}
