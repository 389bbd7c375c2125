using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The card posted in the thread of the minutes: title and date, the decisions, and the action items under the part of
/// the agenda they come from, each in as few lines as its text needs: its text with owners (mentioned when they are
/// members) and due date, and its status; selecting an item shows its source sentence and its buttons.
/// </summary>
public static class SummaryCard
{
    public static JsonObject Build(CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(context);
        return CardFitting.Fit(Math.Min(items.Count, CardLimits.ListedItems), shown => Build(meeting, decisions, items, context, shown));
    }

    private static JsonObject Build(CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, CardContext context, int shown)
    {
        var scope = new CardScope(context);
        var body = Header(scope, meeting);
        AddDecisions(scope, body, decisions);
        AddItems(scope, body, meeting, items, shown);
        var actions = scope.NeedsRefreshButton ? new JsonArray(scope.RefreshAction(CardView.Summary, meeting.Id)) : null;
        return scope.Card(body, actions, scope.Refresh(CardView.Summary, meeting.Id));
    }

    internal static JsonArray Header(CardScope scope, CardMeeting meeting)
    {
        var body = new JsonArray(CardElements.Text(CardText.Escape(meeting.Title, CardLimits.TitleLength), TextStyle.Title));
        var line = new List<string>();
        if (meeting.Date is { } date)
        {
            line.Add(scope.Strings.MeetingOf(scope.Day(date)));
        }

        if (meeting.Updated)
        {
            line.Add(scope.Strings.SummaryUpdated);
        }

        if (line.Count > 0)
        {
            body.Add(CardElements.Text(string.Join(" · ", line), TextStyle.Subtle, spacing: "None"));
        }

        return body;
    }

    internal static void AddDecisions(CardScope scope, JsonArray body, IReadOnlyList<CardDecision> decisions)
    {
        var strings = scope.Strings;
        body.Add(CardElements.Text($"{strings.Decisions} ({decisions.Count})", TextStyle.Heading, spacing: "Medium"));
        if (decisions.Count == 0)
        {
            body.Add(CardElements.Text(strings.NoDecisions, TextStyle.Subtle));
            return;
        }

        // A compact list: one bullet a decision, a small gap between them.
        foreach (var (decision, index) in decisions.Take(CardLimits.ListedDecisions).Select((d, i) => (d, i)))
        {
            var line = CardElements.Data("• " + decision.Text, CardLimits.DecisionTextLength);
            if (index > 0)
            {
                line["spacing"] = "None";
            }

            body.Add(line);
        }

        if (decisions.Count > CardLimits.ListedDecisions)
        {
            body.Add(CardElements.Text(strings.MoreDecisions(decisions.Count - CardLimits.ListedDecisions), TextStyle.Subtle));
        }
    }

    private static void AddItems(CardScope scope, JsonArray body, CardMeeting meeting, IReadOnlyList<CardItem> items, int shown)
    {
        var strings = scope.Strings;
        var heading = CardElements.Text($"{strings.ActionItems} ({items.Count})", TextStyle.Heading);
        if (items.Count == 0)
        {
            heading["spacing"] = "Medium";
            body.Add(heading);
            body.Add(CardElements.Text(strings.NoItems, TextStyle.Subtle));
            return;
        }

        // How to reach an item's buttons, beside the heading rather than on a line of its own.
        var hint = CardElements.Text(strings.ItemsHint, TextStyle.Subtle);
        var row = CardElements.ColumnSet(CardElements.Column([heading], stretch: false), CardElements.Column([hint], stretch: true, verticalAlignment: "Bottom"));
        row["spacing"] = "Medium";
        body.Add(row);

        // What nobody owns yet comes last, under its own heading: visibly nobody's, for anyone in the team to take.
        var ordered = items.Where(i => i.Owners.Count > 0).Concat(items.Where(i => i.Owners.Count == 0)).Take(shown).ToList();
        var unownedHeading = false;
        var afterHeading = true;
        string? section = null;
        foreach (var item in ordered)
        {
            if (item.Owners.Count == 0 && !unownedHeading)
            {
                var unowned = CardElements.Text($"{strings.WithoutOwner} ({items.Count(i => i.Owners.Count == 0)})", spacing: "Medium");
                unowned["weight"] = "Bolder";
                body.Add(unowned);
                unownedHeading = true;
                afterHeading = true;
                section = null;
            }

            // The part of the agenda the items come from, once above its items, as the minutes run; an item without one
            // after items with one gets "Overige punten", so that it does not seem to belong to the heading above it.
            var itemSection = string.IsNullOrWhiteSpace(item.Section) ? null : item.Section;
            if (itemSection != section && (itemSection is not null || section is not null))
            {
                body.Add(SectionHeading(itemSection ?? strings.OtherSection));
                afterHeading = true;
            }

            section = itemSection;
            // Under "Nog zonder eigenaar" the heading says who owns it: the line under the text keeps the due date only.
            var view = ItemView.Render(scope, meeting, item, new ItemViewOptions(Owners: item.Owners.Count > 0, Menu: true));
            if (afterHeading)
            {
                // Right under a heading the heading parts it from what is above: no line of its own.
                view.Remove("separator");
                afterHeading = false;
            }

            body.Add(view);
        }

        if (items.Count > shown)
        {
            body.Add(CardElements.Text(strings.MoreItems(items.Count - shown), TextStyle.Subtle, separator: true));
        }
    }

    private static JsonObject SectionHeading(string section)
    {
        var heading = CardElements.Data(section, CardLimits.SectionLength, bold: true, subtle: true);
        heading["spacing"] = "Default";
        return heading;
    }
}
