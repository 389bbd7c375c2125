using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The answer to "hand over" and "link to member": the item and a searchable list of the team's members, shown to
/// the user who asked only (an invoke response), so that a shared card never carries the whole roster per item.
/// <paramref name="ownerIndex"/> selects linking that unresolved owner; without it the card hands the item over.
/// "Cancel" refreshes <paramref name="returnTo"/>.
/// </summary>
public static class MemberPickerCard
{
    public static JsonObject Build(CardMeeting meeting, CardItem item, IReadOnlyList<CardMember> members, CardView returnTo, CardContext context, int? ownerIndex = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(context);
        var scope = new CardScope(context);
        var strings = scope.Strings;
        var linking = ownerIndex is { } index && index >= 0 && index < item.Owners.Count;
        var assigning = !linking && item.Owners.Count == 0;
        var title = linking ? strings.LinkOwner(CardText.Escape(item.Owners[ownerIndex!.Value].Name, 80)) : assigning ? strings.AssignTo : strings.HandOverTo;
        var data = ItemView.Data(meeting, item);
        if (linking)
        {
            data[CardVerbs.Owner] = ownerIndex!.Value;
        }

        var body = new JsonArray(
            CardElements.Text(title, TextStyle.Heading),
            CardElements.Data(item.Text, CardLimits.ItemTextLength),
            CardElements.Choices(CardVerbs.MemberId, strings.ChooseMember, members.Select(m => (m.Name, m.Id)), null, filtered: true));
        body[^1]!["isRequired"] = true;
        body[^1]!["errorMessage"] = strings.ChooseMember;
        var confirm = CardElements.Execute(linking ? strings.Link : assigning ? strings.Assign : strings.HandOver, linking ? CardVerbs.OwnerLink : CardVerbs.ItemHandOver, data);
        var cancel = CardElements.Execute(strings.Cancel, CardVerbs.Refresh, new JsonObject
        {
            [CardVerbs.View] = CardVerbs.ViewName(returnTo),
            [CardVerbs.MeetingId] = meeting.Id,
        }, ignoreInputs: true);
        return scope.Card(body, new JsonArray(confirm, cancel));
    }
}
