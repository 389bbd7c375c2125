using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The private card for the uploader before publishing: per item the text, owner (kept, nobody or a team member),
/// due date and a remove toggle, an "add item" part and "Publiceer". Input ids are "item.&lt;itemId&gt;.text|owner|due|remove"
/// (<see cref="CardVerbs"/>); the data of every button lists the item ids of the page, so the submitted values map
/// back to items. Long reviews are split in pages; every page button saves the page it leaves. An item nobody owns
/// offers its suggested members as one-tap buttons. <paramref name="asked"/>: "Publiceer" found items nobody owns, so the
/// card asks once whether to assign them or publish as they are, and every button of the card remembers the answer.
/// <paramref name="followups"/>: what the minutes say of open items of the last meeting, on the first page under "Uit de
/// vorige vergadering", each with the earlier item, the sentence that says so and a choice "followup.&lt;n&gt;" (done,
/// still open, dropped, leave as is) set to the proposal; publishing applies the answers.
/// </summary>
public static class ReviewCard
{
    public static JsonObject Build(
        CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, IReadOnlyList<CardMember> members, int page, CardContext context, bool asked = false,
        CardFollowups? followups = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var item in items)
        {
            if (!CardActionParser.ItemIdPattern().IsMatch(item.Id))
            {
                throw new ArgumentException($"Item id '{CardText.Plain(item.Id, 40)}' cannot be an input id: use letters, digits, '-' and '_'.", nameof(items));
            }
        }

        followups ??= CardFollowups.None;
        var (pageSize, room) = Layout(meeting, decisions, items, members, context, asked, followups);
        var pages = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        return Build(meeting, decisions, items, members, Math.Clamp(page, 0, pages - 1), pageSize, context, asked, followups, room);
    }

    /// <summary>The page that shows the first item nobody owns (the page to show with the question), or 0.</summary>
    public static int FirstUnownedPage(
        CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, IReadOnlyList<CardMember> members, CardContext context, CardFollowups? followups = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var first = items.ToList().FindIndex(i => i.Owners.Count == 0);
        return first < 0 ? 0 : first / PageSize(meeting, decisions, items, members, context, asked: true, followups);
    }

    /// <summary>Items per page: the usual number, fewer when the owner lists of a large team would overflow the card.</summary>
    public static int PageSize(
        CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, IReadOnlyList<CardMember> members, CardContext context, bool asked = false,
        CardFollowups? followups = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Layout(meeting, decisions, items, members, context, asked, followups ?? CardFollowups.None).PageSize;
    }

    /// <summary>
    /// Items per page, and how many proposals of the last meeting the first page has room for: as many as allowed beside
    /// the heaviest item, then as many items as fit beside them.
    /// </summary>
    private static (int PageSize, int Room) Layout(
        CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, IReadOnlyList<CardMember> members, CardContext context, bool asked,
        CardFollowups followups)
    {
        var heaviest = items.OrderByDescending(i => i.Text.Length + (i.Quote?.Length ?? 0) + (i.Suggestions.Count * 40)).ToList();
        var wanted = Math.Min(CardLimits.ReviewFollowups, followups.Proposals.Count(p => !string.IsNullOrWhiteSpace(p.Evidence)));
        var room = wanted == 0 ? 0 : Math.Max(1, FollowupInputs(
            CardFitting.Fit(wanted, shown => Build(meeting, decisions, heaviest, members, 0, 1, context, asked, followups, shown))));
        var card = CardFitting.Fit(Math.Min(CardLimits.ReviewItemsPerPage, Math.Max(1, items.Count)),
            size => Build(meeting, decisions, heaviest, members, 0, size, context, asked, followups, room));
        return (Math.Max(1, card["body"]!.AsArray().Count(e => e?["id"]?.GetValue<string>().StartsWith("review-", StringComparison.Ordinal) == true)), room);
    }

    private static JsonObject Build(
        CardMeeting meeting, IReadOnlyList<CardDecision> decisions, IReadOnlyList<CardItem> items, IReadOnlyList<CardMember> members, int page, int pageSize, CardContext context, bool asked,
        CardFollowups followups, int room)
    {
        var scope = new CardScope(context);
        var strings = scope.Strings;
        var body = new JsonArray(CardElements.Text(strings.ReviewTitle, TextStyle.Subtle));
        var unowned = items.Count(i => i.Owners.Count == 0 && i.Status == CardItemStatus.Open);
        if (asked && unowned > 0)
        {
            body.Add(CardElements.Container(new JsonArray(CardElements.Text(strings.UnownedQuestion(unowned), TextStyle.Normal)), style: "warning"));
        }

        foreach (var element in SummaryCard.Header(scope, meeting))
        {
            body.Add(element!.DeepClone());
        }

        body.Add(CardElements.Text(strings.ReviewHint, TextStyle.Subtle));
        var answering = page == 0 ? followups.Proposals.Count : 0;
        if (page == 0)
        {
            // Where the next minutes start too: what became of the last meeting's actions.
            AddFollowups(scope, body, followups, room);
            SummaryCard.AddDecisions(scope, body, decisions);
        }

        body.Add(CardElements.Text($"{strings.ActionItems} ({items.Count})", TextStyle.Heading, spacing: "Large"));
        var onPage = items.Skip(page * pageSize).Take(pageSize).ToList();
        var data = PageData(meeting, page, onPage, asked, answering);
        foreach (var item in onPage)
        {
            body.Add(Editor(scope, item, members, data));
        }

        var pages = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        if (pages > 1)
        {
            body.Add(Pager(scope, meeting, page, pages, onPage, asked, answering));
        }

        var more = new List<JsonObject> { CardElements.ShowCard(strings.AddItem, NewItem(scope, members, data)) };
        if (meeting.Draft)
        {
            // Not minutes after all, or the wrong file: gone without a trace, after one more look.
            more.Add(CardElements.ShowCard(strings.DiscardDraft, new JsonArray(
                CardElements.Text(strings.DiscardWarning, TextStyle.Subtle),
                CardElements.ActionSet(CardElements.Execute(strings.DiscardConfirm, CardVerbs.ReviewDiscard, (JsonObject)data.DeepClone())))));
        }

        body.Add(CardElements.ActionSet([.. more]));

        var publish = asked && unowned > 0 ? strings.PublishAsIs : strings.Publish;
        return scope.Card(body, new JsonArray(CardElements.Execute(publish, CardVerbs.ReviewPublish, data)));
    }

    /// <summary>
    /// One item at a glance: its text, owner and due date in a line, the suggestions with their one-tap buttons when
    /// nobody owns it; "Aanpassen" opens the inputs (text, owner, due date, remove) and "Bron" the sentence it rests on.
    /// Hidden inputs are sent like visible ones, so that every item of the page is saved by any button.
    /// </summary>
    private static JsonObject Editor(CardScope scope, CardItem item, IReadOnlyList<CardMember> members, JsonObject data)
    {
        var strings = scope.Strings;
        var fields = new JsonArray(
            CardElements.Data(item.Text, CardLimits.ItemTextLength),
            CardElements.Text(ItemView.Details(scope, item, owners: true), TextStyle.Subtle, spacing: "None"));
        if (item.Owners.Count == 0 && item.Suggestions.Count > 0)
        {
            // Nobody named: who the minutes imply, and why, so that she can choose at a glance.
            fields.Add(CardElements.Text(
                $"{strings.Suggested}: {string.Join("; ", item.Suggestions.Select(s => $"{s.Person.Name} ({s.Reason})"))}", TextStyle.Subtle, spacing: "Small"));

        }

        // The suggested members one tap away, first in the item's buttons: the button saves the page and gives the item
        // to that member.
        var toggles = Suggested(item, members)
            .Select(s =>
            {
                var assign = (JsonObject)data.DeepClone();
                assign[CardVerbs.ItemId] = item.Id;
                assign[CardVerbs.MemberId] = s.Person.MemberId;
                return CardElements.Execute(s.Person.Name, CardVerbs.ReviewAssign, assign);
            })
            .ToList();
        var editId = scope.NextId("edit");
        var quoteId = string.IsNullOrWhiteSpace(item.Quote) ? null : scope.NextId("quote");
        toggles.Add(CardElements.Toggle(strings.Edit, editId));
        if (quoteId is not null)
        {
            toggles.Add(CardElements.Toggle(strings.Source, quoteId));
        }

        var toggleSet = CardElements.ActionSet([.. toggles]);
        toggleSet["spacing"] = "Small";
        fields.Add(toggleSet);
        fields.Add(CardElements.Container(
            new JsonArray(
                CardElements.TextInput(CardVerbs.ItemTextInput(item.Id), strings.ItemText, CardText.Plain(item.Text, CardActionParser.MaxItemTextLength), CardActionParser.MaxItemTextLength, multiline: true),
                CardElements.Columns(
                    OwnerChoices(scope, CardVerbs.ItemOwnerInput(item.Id), item.Owners, members, item.Suggestions),
                    CardElements.DateInput(CardVerbs.ItemDueInput(item.Id), strings.Due, item.Due)),
                CardElements.Toggle(CardVerbs.ItemRemoveInput(item.Id), strings.Remove, false)),
            id: editId,
            visible: false,
            spacing: "Small"));
        if (quoteId is not null)
        {
            fields.Add(ItemView.Quote(scope, item, quoteId));
        }

        return CardElements.Container(fields, id: $"review-{item.Id}", separator: true, spacing: "Default");
    }

    private static JsonObject OwnerChoices(
        CardScope scope, string id, IReadOnlyList<CardPerson> owners, IReadOnlyList<CardMember> members, IReadOnlyList<CardSuggestion>? suggestions = null)
    {
        var strings = scope.Strings;
        // Names only, and short: Teams shows the chosen title in a box as wide as its column and clips the rest, so a
        // note behind a name ended as "… (geen teamlid" mid-word. The item's line above says who is no team member,
        // and "Voorgesteld:" why someone is suggested.
        var choices = new List<(string, string)>();
        if (owners.Count > 0)
        {
            choices.Add((OwnerTitle(string.Join(", ", owners.Select(o => o.Name))), CardVerbs.OwnerKeep));
        }

        choices.Add((strings.Nobody, CardVerbs.OwnerNobody));

        // The suggested members first.
        var suggested = owners.Count > 0 ? [] : Suggested(suggestions ?? [], members);
        choices.AddRange(suggested.Select(s => (OwnerTitle(s.Person.Name), CardVerbs.OwnerMemberPrefix + s.Person.MemberId)));
        choices.AddRange(members.Where(m => !suggested.Exists(s => s.Person.MemberId == m.Id)).Select(m => (OwnerTitle(m.Name), CardVerbs.OwnerMemberPrefix + m.Id)));
        return CardElements.Choices(id, strings.Owner, choices, owners.Count > 0 ? CardVerbs.OwnerKeep : CardVerbs.OwnerNobody, filtered: true);
    }

    /// <summary>A choice title that fits the owner box: at most <see cref="CardLimits.OwnerChoiceLength"/> characters, cut after a whole word.</summary>
    private static string OwnerTitle(string names) => CardText.Plain(names, CardLimits.OwnerChoiceLength);

    /// <summary>The suggestions that are members of the team, best first.</summary>
    private static List<CardSuggestion> Suggested(CardItem item, IReadOnlyList<CardMember> members) =>
        item.Owners.Count > 0 ? [] : Suggested(item.Suggestions, members);

    private static List<CardSuggestion> Suggested(IReadOnlyList<CardSuggestion> suggestions, IReadOnlyList<CardMember> members) =>
        [.. suggestions.Where(s => s.Person.MemberId is not null && members.Any(m => m.Id == s.Person.MemberId)).DistinctBy(s => s.Person.MemberId)];

    private static JsonArray NewItem(CardScope scope, IReadOnlyList<CardMember> members, JsonObject data)
    {
        var strings = scope.Strings;
        return new JsonArray(
            CardElements.TextInput(CardVerbs.NewText, strings.ItemText, string.Empty, CardActionParser.MaxItemTextLength, multiline: true),
            CardElements.Columns(
                OwnerChoices(scope, CardVerbs.NewOwner, [], members),
                CardElements.DateInput(CardVerbs.NewDue, strings.Due, null)),
            CardElements.ActionSet(CardElements.Execute(strings.Add, CardVerbs.ReviewAdd, (JsonObject)data.DeepClone())));
    }

    private static JsonObject Pager(CardScope scope, CardMeeting meeting, int page, int pages, IReadOnlyList<CardItem> onPage, bool asked, int answering)
    {
        var strings = scope.Strings;
        var buttons = new List<JsonObject>();
        if (page > 0)
        {
            buttons.Add(CardElements.Execute(strings.Previous, CardVerbs.ReviewPage, PageData(meeting, page - 1, onPage, asked, answering)));
        }

        if (page < pages - 1)
        {
            buttons.Add(CardElements.Execute(strings.Next, CardVerbs.ReviewPage, PageData(meeting, page + 1, onPage, asked, answering)));
        }

        return CardElements.Container(
            new JsonArray(CardElements.Text(strings.PageOf(page + 1, pages), TextStyle.Subtle), CardElements.ActionSet([.. buttons])),
            separator: true);
    }

    /// <param name="answering">The number of proposals when this card shows their choices (its first page), else 0.</param>
    private static JsonObject PageData(CardMeeting meeting, int page, IReadOnlyList<CardItem> onPage, bool asked, int answering)
    {
        var data = new JsonObject
        {
            [CardVerbs.MeetingId] = meeting.Id,
            [CardVerbs.Page] = page,
            [CardVerbs.Items] = string.Join(' ', onPage.Select(i => i.Id)),
        };
        if (asked)
        {
            data[CardVerbs.Confirmed] = "true";
        }

        if (answering > 0)
        {
            data[CardVerbs.Followups] = Math.Min(answering, CardActionParser.MaxReviewItems);
        }

        return data;
    }

    /// <summary>The number of proposal choices in (a part of) a card.</summary>
    private static int FollowupInputs(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() == "Input.ChoiceSet" && o["id"]?.GetValue<string>().StartsWith("followup.", StringComparison.Ordinal) == true ? 1 : 0)
            + o.Sum(p => FollowupInputs(p.Value)),
        JsonArray a => a.Sum(FollowupInputs),
        _ => 0,
    };

    /// <summary>
    /// "Uit de vorige vergadering": each proposal with the earlier item, its owners and meeting, the sentence of these
    /// minutes that says what became of it (never a proposal without one), the new due date they give, and the choice
    /// set to the answer so far; then the number of open items they do not mention. Nothing when there is neither.
    /// </summary>
    private static void AddFollowups(CardScope scope, JsonArray body, CardFollowups followups, int room)
    {
        var strings = scope.Strings;
        var proposals = followups.Proposals.Where(p => !string.IsNullOrWhiteSpace(p.Evidence)).ToList();
        if (proposals.Count == 0 && followups.Unmentioned == 0)
        {
            return;
        }

        body.Add(CardElements.Text(strings.FollowupsHeading, TextStyle.Heading, spacing: "Large"));
        if (proposals.Count > 0)
        {
            body.Add(CardElements.Text(strings.FollowupsHint, TextStyle.Subtle, spacing: "None"));
        }

        var shown = 0;
        for (var i = 0; i < followups.Proposals.Count && shown < room; i++)
        {
            if (!string.IsNullOrWhiteSpace(followups.Proposals[i].Evidence))
            {
                body.Add(Proposal(scope, i, followups.Proposals[i]));
                shown++;
            }
        }

        if (proposals.Count > shown)
        {
            body.Add(CardElements.Text(strings.MoreFollowups(proposals.Count - shown), TextStyle.Subtle));
        }

        if (followups.Unmentioned > 0)
        {
            body.Add(CardElements.Text(strings.FollowupsUnmentioned(followups.Unmentioned), TextStyle.Subtle, spacing: "Small"));
        }
    }

    private static JsonObject Proposal(CardScope scope, int index, CardFollowup proposal)
    {
        var strings = scope.Strings;
        var item = new JsonArray(CardElements.Data(proposal.ItemText, CardLimits.FollowupTextLength));
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(proposal.Owners))
        {
            details.Add(proposal.Owners);
        }

        if (proposal.MeetingDate is { } held)
        {
            details.Add(strings.MeetingOf(scope.Day(held)));
        }

        if (details.Count > 0)
        {
            item.Add(CardElements.Data(string.Join(" · ", details), CardLimits.SectionLength, subtle: true));
        }

        var choices = new (string, string)[]
        {
            (strings.FollowupDone, CardVerbs.FollowupDone),
            (strings.FollowupOpen, CardVerbs.FollowupOpen),
            (strings.FollowupDropped, CardVerbs.FollowupDropped),
            (strings.FollowupUnchanged, CardVerbs.FollowupKeep),
        };
        var choice = CardElements.Choices(CardVerbs.FollowupInput(index), strings.FollowupChoice, choices, CardVerbs.FollowupValue(proposal.Chosen ?? proposal.Proposed));
        var fields = new JsonArray(
            CardElements.ColumnSet(CardElements.Column(item, stretch: true), CardElements.Column(new JsonArray(choice), stretch: false)),
            CardElements.Data($"“{CardText.Plain(proposal.Evidence, CardLimits.FollowupQuoteLength)}”", CardLimits.FollowupQuoteLength + 2, italic: true, subtle: true));
        if (proposal.Due is { } due)
        {
            fields.Add(CardElements.Text(strings.FollowupNewDue(scope.Day(due)), TextStyle.Subtle, spacing: "None"));
        }

        return CardElements.Container(fields, separator: true, spacing: "Medium");
    }
}
