using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The card posted in the thread of the minutes: title and date, the decisions, and the action items under the part of
/// the agenda they come from, each in one block: its text, owners (mentioned when they are members) and due date, its
/// status, and a "…" menu with its buttons and "Bron", which shows the source sentence.
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
        body.Add(CardElements.Text($"{strings.Decisions} ({decisions.Count})", TextStyle.Heading, spacing: "Large"));
        if (decisions.Count == 0)
        {
            body.Add(CardElements.Text(strings.NoDecisions, TextStyle.Subtle));
            return;
        }

        foreach (var decision in decisions.Take(CardLimits.ListedDecisions))
        {
            body.Add(CardElements.Data("• " + decision.Text, CardLimits.DecisionTextLength));
        }

        if (decisions.Count > CardLimits.ListedDecisions)
        {
            body.Add(CardElements.Text(strings.MoreDecisions(decisions.Count - CardLimits.ListedDecisions), TextStyle.Subtle));
        }
    }

    private static void AddItems(CardScope scope, JsonArray body, CardMeeting meeting, IReadOnlyList<CardItem> items, int shown)
    {
        var strings = scope.Strings;
        body.Add(CardElements.Text($"{strings.ActionItems} ({items.Count})", TextStyle.Heading, spacing: "Large"));
        if (items.Count == 0)
        {
            body.Add(CardElements.Text(strings.NoItems, TextStyle.Subtle));
            return;
        }

        // What nobody owns yet comes last, under its own heading: visibly nobody's, for anyone in the team to take.
        var ordered = items.Where(i => i.Owners.Count > 0).Concat(items.Where(i => i.Owners.Count == 0)).Take(shown).ToList();
        var unownedHeading = false;
        string? section = null;
        foreach (var item in ordered)
        {
            if (item.Owners.Count == 0 && !unownedHeading)
            {
                body.Add(CardElements.Text(strings.WithoutOwner, TextStyle.Heading, spacing: "Large"));
                unownedHeading = true;
                section = null;
            }

            // The part of the agenda the items come from, once above its items, as the minutes run; an item without one
            // after items with one gets "Overige punten", so that it does not seem to belong to the heading above it.
            var itemSection = string.IsNullOrWhiteSpace(item.Section) ? null : item.Section;
            if (itemSection != section && (itemSection is not null || section is not null))
            {
                body.Add(SectionHeading(itemSection ?? strings.OtherSection));
            }

            section = itemSection;
            // Under "Nog zonder eigenaar" the heading says who owns it: the line under the text keeps the due date only.
            body.Add(ItemView.Render(scope, meeting, item, new ItemViewOptions(Owners: item.Owners.Count > 0, Menu: true)));
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
