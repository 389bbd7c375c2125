using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>How much of an item a card shows.</summary>
internal sealed record ItemViewOptions(bool Owners = true, bool Buttons = true, bool Quote = true);

/// <summary>
/// One action item as every card draws it: the text, a subtle line with owners, due date and slips, the status on
/// the right, the buttons, and the source sentence behind a toggle.
/// </summary>
internal static class ItemView
{
    public static JsonObject Render(CardScope scope, CardMeeting meeting, CardItem item, ItemViewOptions options)
    {
        var strings = scope.Strings;
        var done = item.Status == CardItemStatus.Done;
        var body = new JsonArray(CardElements.Columns(
            CardElements.Data(item.Text, CardLimits.ItemTextLength, subtle: done, strike: done),
            Status(scope, item)));

        var details = Details(scope, item, options.Owners);
        if (details.Length > 0)
        {
            body.Add(CardElements.Text(details, TextStyle.Subtle, spacing: "None"));
        }

        string? quoteId = null;
        if (options.Quote && !string.IsNullOrWhiteSpace(item.Quote))
        {
            quoteId = scope.NextId("quote");
        }

        if (options.Buttons)
        {
            body.Add(Buttons(scope, meeting, item, quoteId));
        }
        else if (quoteId is not null)
        {
            body.Add(CardElements.ActionSet(CardElements.Toggle(strings.Source, quoteId)));
        }

        if (quoteId is not null)
        {
            body.Add(Quote(scope, item, quoteId));
        }

        return CardElements.Container(body, separator: true, spacing: "Medium");
    }

    public static bool IsOverdue(CardItem item, DateOnly today) =>
        item.Status == CardItemStatus.Open && item.Due is { } due && due < today && !(item.SnoozedUntil >= today);

    private static JsonObject Status(CardScope scope, CardItem item)
    {
        var strings = scope.Strings;
        var today = scope.Context.Today;
        if (item.Status == CardItemStatus.Done)
        {
            return CardElements.Text(strings.StatusDone, TextStyle.Good);
        }

        if (IsOverdue(item, today))
        {
            return CardElements.Text(strings.StatusOverdue, TextStyle.Attention);
        }

        return item.SnoozedUntil is { } until && until >= today
            ? CardElements.Text(strings.SnoozedUntil(scope.Day(until)), TextStyle.Subtle)
            : CardElements.Text(strings.StatusOpen, TextStyle.Subtle);
    }

    /// <summary>Owner, due date and postponements in one subtle line ("Roos Wilhelm · uiterlijk di 9 jun").</summary>
    public static string Details(CardScope scope, CardItem item, bool owners)
    {
        var strings = scope.Strings;
        var parts = new List<string>();
        if (owners)
        {
            parts.Add(item.Owners.Count == 0
                ? strings.NoOwner
                : string.Join(", ", item.Owners.Select(o => o.MemberId is null ? $"{scope.Mentions.Name(o)} {strings.NotAMember}" : scope.Mentions.Name(o))));
        }

        if (item.Due is { } due)
        {
            parts.Add(strings.DueOn(scope.Day(due)));
        }

        if (item.TimesPostponed > 0)
        {
            parts.Add(strings.Postponed(item.TimesPostponed));
        }

        return string.Join(" · ", parts);
    }

    private static JsonObject Buttons(CardScope scope, CardMeeting meeting, CardItem item, string? quoteId)
    {
        var strings = scope.Strings;
        var actions = new List<JsonObject>();
        if (item.Status == CardItemStatus.Done)
        {
            actions.Add(CardElements.Execute(strings.Reopen, CardVerbs.ItemReopen, Data(meeting, item)));
        }
        else
        {
            // Nobody's yet: whoever reads it can take it, or give it to the member who will.
            var unowned = item.Owners.Count == 0;
            if (unowned)
            {
                actions.Add(CardElements.Execute(strings.TakeIt, CardVerbs.ItemTake, Data(meeting, item)));
            }

            actions.Add(CardElements.Execute(strings.Done, CardVerbs.ItemDone, Data(meeting, item)));
            actions.Add(Snooze(scope, meeting, item));
            actions.Add(CardElements.Execute(unowned ? strings.Assign : strings.HandOver, CardVerbs.ItemHandOverPick, Data(meeting, item)));
            var unresolved = item.Owners.ToList().FindIndex(o => o.MemberId is null);
            if (unresolved >= 0)
            {
                var data = Data(meeting, item);
                data[CardVerbs.Owner] = unresolved;
                actions.Add(CardElements.Execute(strings.LinkToMember, CardVerbs.OwnerLinkPick, data));
            }
        }

        if (quoteId is not null)
        {
            actions.Add(CardElements.Toggle(strings.Source, quoteId));
        }

        var set = CardElements.ActionSet([.. actions]);
        set["spacing"] = "Small";
        return set;
    }

    private static JsonObject Snooze(CardScope scope, CardMeeting meeting, CardItem item)
    {
        var strings = scope.Strings;
        var week = Data(meeting, item);
        week[CardVerbs.Until] = CardVerbs.UntilWeek;
        var choices = new List<JsonObject> { CardElements.Execute(strings.SnoozeWeek, CardVerbs.ItemSnooze, week) };
        if (meeting.NextMeeting is not null)
        {
            var next = Data(meeting, item);
            next[CardVerbs.Until] = CardVerbs.UntilNextMeeting;
            choices.Add(CardElements.Execute(strings.SnoozeNextMeeting, CardVerbs.ItemSnooze, next));
        }

        return CardElements.ShowCard(strings.Snooze, new JsonArray(CardElements.ActionSet([.. choices])));
    }

    /// <summary>The sentence an item rests on and its section, hidden until "Bron" shows it.</summary>
    public static JsonObject Quote(CardScope scope, CardItem item, string quoteId)
    {
        var items = new JsonArray(CardElements.Data(item.Quote, CardLimits.QuoteLength, italic: true));
        if (!string.IsNullOrWhiteSpace(item.Section))
        {
            var section = CardElements.Data(scope.Strings.FromSection(CardText.Plain(item.Section, CardLimits.SectionLength)), CardLimits.SectionLength + 20, subtle: true);
            items.Add(section);
        }

        return CardElements.Container(items, id: quoteId, visible: false, style: "emphasis", spacing: "Small");
    }

    public static JsonObject Data(CardMeeting meeting, CardItem item) =>
        new() { [CardVerbs.MeetingId] = meeting.Id, [CardVerbs.ItemId] = item.Id };
}
