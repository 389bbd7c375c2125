using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>Items of several meetings, each meeting under its title and date, cut off after a number of items.</summary>
internal static class ItemGroups
{
    public static int Count(IReadOnlyList<CardMeetingItems> groups) => groups.Sum(g => g.Items.Count);

    public static void Render(CardScope scope, JsonArray body, IReadOnlyList<CardMeetingItems> groups, int shown, ItemViewOptions options)
    {
        var left = shown;
        foreach (var group in groups.Where(g => g.Items.Count > 0))
        {
            if (left == 0)
            {
                break;
            }

            body.Add(MeetingHeading(scope, group.Meeting));
            foreach (var item in group.Items.Take(left))
            {
                body.Add(ItemView.Render(scope, group.Meeting, item, options));
                left--;
            }
        }

        var total = Count(groups);
        if (total > shown)
        {
            body.Add(CardElements.Text(scope.Strings.MoreItems(total - shown), TextStyle.Subtle, separator: true));
        }
    }

    public static JsonObject MeetingHeading(CardScope scope, CardMeeting meeting)
    {
        var text = CardText.Escape(meeting.Title, CardLimits.TitleLength);
        if (meeting.Date is { } date)
        {
            text = $"{text} · {scope.Day(date)}";
        }

        return CardElements.Text(text, TextStyle.Heading, spacing: "Large");
    }
}
