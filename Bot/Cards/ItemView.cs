using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// How much of an item a card shows. <see cref="Menu"/>: compact, owner and due date on the text's line, no status
/// "Open" (only done, overdue, snoozed), and the source sentence (without its section: the card shows it above) and the
/// buttons, the first ones beside a "…" menu with the rest, hidden until the item is selected.
/// </summary>
internal sealed record ItemViewOptions(bool Owners = true, bool Buttons = true, bool Quote = true, bool Menu = false);

/// <summary>
/// One action item as every card draws it: the text, a subtle line with owners, due date and slips, the status on
/// the right, the buttons, and the source sentence behind a toggle.
/// </summary>
internal static class ItemView
{
    private const int DetailsLength = 300;

    public static JsonObject Render(CardScope scope, CardMeeting meeting, CardItem item, ItemViewOptions options)
    {
        if (options.Menu)
        {
            return Compact(scope, meeting, item, options);
        }

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

    /// <summary>
    /// The item in as few lines as its text needs: the text with owners, due date and postponements after it on the
    /// same line (small and subtle; on a line of their own when they mention a member, which only a TextBlock can), the
    /// status on the right when it is not plain Open. Selecting the item shows what stays hidden until then: its
    /// source sentence and its buttons, the first ones as buttons, the rest in the "…" menu beside them.
    /// </summary>
    private static JsonObject Compact(CardScope scope, CardMeeting meeting, CardItem item, ItemViewOptions options)
    {
        var done = item.Status == CardItemStatus.Done;
        var text = CardElements.Data(item.Text, CardLimits.ItemTextLength, subtle: done, strike: done);
        // A mention (an owner who is a member) needs a TextBlock: then the line under the text, as in the other cards.
        var mentions = options.Owners && item.Owners.Any(o => !string.IsNullOrWhiteSpace(o.MemberId));
        var details = mentions ? null : PlainDetails(scope, item, options.Owners);
        if (details is { Count: > 0 })
        {
            CardElements.WithAside(text, details, DetailsLength);
        }

        var lines = new JsonArray(text);
        if (mentions)
        {
            lines.Add(CardElements.Text(Details(scope, item, options.Owners), TextStyle.Subtle, spacing: "None"));
        }

        JsonArray body;
        if (IsPlainOpen(item, scope.Context.Today))
        {
            body = lines;
        }
        else
        {
            // Unwrapped, as in the other cards: an auto column with wrapping text would squeeze the item's text.
            var status = Status(scope, item);
            status.Remove("wrap");
            body = [CardElements.ColumnSet(CardElements.Column(lines, stretch: true), CardElements.Column([status], stretch: false))];
        }

        var hidden = new JsonArray();
        if (options.Quote && !string.IsNullOrWhiteSpace(item.Quote))
        {
            hidden.Add(CardElements.Data(item.Quote, CardLimits.QuoteLength, italic: true));
        }

        if (options.Buttons)
        {
            // The first two as buttons (take it, done; reopen), the rest in the "…" menu beside them.
            var actions = Actions(scope, meeting, item, menu: true);
            var take = item.Owners.Count == 0 && !done ? 2 : 1;
            var set = CardElements.ActionSet([.. actions.Take(take), .. actions.Skip(take).Select(CardElements.Secondary)]);
            set["spacing"] = "Small";
            hidden.Add(set);
        }

        if (hidden.Count == 0)
        {
            return CardElements.Container(body, separator: true, spacing: "Small");
        }

        var id = scope.NextId("item");
        body.Add(CardElements.Container(hidden, id: id, visible: false, style: "emphasis", spacing: "Small"));
        return CardElements.Container(body, separator: true, spacing: "Small", select: CardElements.Toggle(scope.Strings.ShowItem, id));
    }

    /// <summary>The parts of <see cref="Details"/> as plain text, for a TextRun: names unescaped, nobody mentioned.</summary>
    private static List<string> PlainDetails(CardScope scope, CardItem item, bool owners)
    {
        var strings = scope.Strings;
        var parts = new List<string>();
        if (owners)
        {
            parts.Add(item.Owners.Count == 0
                ? strings.NoOwner
                : string.Join(", ", item.Owners.Select(o => o.MemberId is null ? $"{CardText.Plain(o.Name, 80)} {strings.NotAMember}" : CardText.Plain(o.Name, 80))));
        }

        if (item.Due is { } due)
        {
            parts.Add(strings.DueOn(scope.Day(due)));
        }

        if (item.TimesPostponed > 0)
        {
            parts.Add(strings.Postponed(item.TimesPostponed));
        }

        return parts;
    }

    private static bool IsPlainOpen(CardItem item, DateOnly today) =>
        item.Status == CardItemStatus.Open && !IsOverdue(item, today) && !(item.SnoozedUntil >= today);

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
        var actions = Actions(scope, meeting, item, menu: false);
        if (quoteId is not null)
        {
            actions.Add(CardElements.Toggle(scope.Strings.Source, quoteId));
        }

        var set = CardElements.ActionSet([.. actions]);
        set["spacing"] = "Small";
        return set;
    }

    /// <summary>
    /// What can be done with the item. <paramref name="menu"/>: for the "…" menu, where a button cannot open a card,
    /// so the snooze choices are entries of their own instead of behind "Uitstellen".
    /// </summary>
    private static List<JsonObject> Actions(CardScope scope, CardMeeting meeting, CardItem item, bool menu)
    {
        var strings = scope.Strings;
        var actions = new List<JsonObject>();
        if (item.Status == CardItemStatus.Done)
        {
            actions.Add(CardElements.Execute(strings.Reopen, CardVerbs.ItemReopen, Data(meeting, item)));
            return actions;
        }

        // Nobody's yet: whoever reads it can take it, or give it to the member who will.
        var unowned = item.Owners.Count == 0;
        if (unowned)
        {
            actions.Add(CardElements.Execute(strings.TakeIt, CardVerbs.ItemTake, Data(meeting, item)));
        }

        actions.Add(CardElements.Execute(strings.Done, CardVerbs.ItemDone, Data(meeting, item)));
        var snooze = SnoozeChoices(scope, meeting, item, menu);
        if (menu)
        {
            actions.AddRange(snooze);
        }
        else
        {
            actions.Add(CardElements.ShowCard(strings.Snooze, new JsonArray(CardElements.ActionSet([.. snooze]))));
        }

        actions.Add(CardElements.Execute(unowned ? strings.Assign : strings.HandOver, CardVerbs.ItemHandOverPick, Data(meeting, item)));
        var unresolved = item.Owners.ToList().FindIndex(o => o.MemberId is null);
        if (unresolved >= 0)
        {
            var data = Data(meeting, item);
            data[CardVerbs.Owner] = unresolved;
            actions.Add(CardElements.Execute(strings.LinkToMember, CardVerbs.OwnerLinkPick, data));
        }

        return actions;
    }

    /// <param name="menu">Titles that say "snooze" themselves, for the menu ("Een week uitstellen"), not under "Uitstellen".</param>
    private static List<JsonObject> SnoozeChoices(CardScope scope, CardMeeting meeting, CardItem item, bool menu)
    {
        var strings = scope.Strings;
        var week = Data(meeting, item);
        week[CardVerbs.Until] = CardVerbs.UntilWeek;
        var choices = new List<JsonObject> { CardElements.Execute(menu ? strings.SnoozeForAWeek : strings.SnoozeWeek, CardVerbs.ItemSnooze, week) };
        if (meeting.NextMeeting is not null)
        {
            var next = Data(meeting, item);
            next[CardVerbs.Until] = CardVerbs.UntilNextMeeting;
            choices.Add(CardElements.Execute(menu ? strings.SnoozeUntilNextMeeting : strings.SnoozeNextMeeting, CardVerbs.ItemSnooze, next));
        }

        return choices;
    }

    /// <summary>The sentence an item rests on and its section, hidden until "Bron" shows it.</summary>
    /// <param name="section">Also the section it is from; false where the card shows the section above the item.</param>
    public static JsonObject Quote(CardScope scope, CardItem item, string quoteId, bool section = true)
    {
        var items = new JsonArray(CardElements.Data(item.Quote, CardLimits.QuoteLength, italic: true));
        if (section && !string.IsNullOrWhiteSpace(item.Section))
        {
            items.Add(CardElements.Data(scope.Strings.FromSection(CardText.Plain(item.Section, CardLimits.SectionLength)), CardLimits.SectionLength + 20, subtle: true));
        }

        return CardElements.Container(items, id: quoteId, visible: false, style: "emphasis", spacing: "Small");
    }

    public static JsonObject Data(CardMeeting meeting, CardItem item) =>
        new() { [CardVerbs.MeetingId] = meeting.Id, [CardVerbs.ItemId] = item.Id };
}
