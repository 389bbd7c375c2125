using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBot.Reminders;

/// <summary>The <c>reminders plan --json</c> shape of issue 7: nextMeeting, pings, carryOver (plus source and overdue).</summary>
public static class ReminderPlanJson
{
    public static JsonObject From(ReminderPlan plan, NextMeetingSource source)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new JsonObject
        {
            ["nextMeeting"] = plan.NextMeeting is { } meeting ? Instant(meeting.Start) : null,
            ["source"] = Kebab(source.ToString()),
            ["pings"] = new JsonArray([.. plan.Pings.Select(p => (JsonNode)new JsonObject
            {
                ["owner"] = p.Owner,
                ["sendAt"] = Instant(p.SendAt),
                ["reason"] = Kebab(p.Reason.ToString()),
                ["items"] = Strings(p.Items),
                ["overdue"] = Strings(p.Overdue),
                ["toAssign"] = Strings(p.ToAssign),
            })]),
            ["carryOver"] = plan.CarryOver is { } carry
                ? new JsonObject
                {
                    ["sendAt"] = Instant(carry.SendAt),
                    ["items"] = Strings(carry.Items),
                    ["byOwner"] = new JsonArray([.. carry.Owners.Select(o => (JsonNode)new JsonObject { ["owner"] = o.Owner, ["items"] = Strings(o.Items) })]),
                }
                : null,
        };
    }

    /// <summary>An instant as ISO 8601 with its local offset: 2023-06-19T09:00:00+02:00.</summary>
    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>NextMeeting → next-meeting.</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static JsonArray Strings(IReadOnlyList<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
