using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Followup;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Builds the cards the commands and the card actions answer with, from the current state in the store. Item buttons
/// of the lists carry the view they were drawn in, so that a click answers with the same view refreshed.
/// </summary>
public sealed class CommandCards(FollowupService followup, MeetingFinder finder, TeamRosters rosters, TimeProvider time)
{
    /// <summary>True in a personal chat; in a team's conversation, whether the user is a member of that team.</summary>
    public async Task<bool> IsMemberAsync(TurnContext turn, ReplyScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.TeamId is not { } teamId
            || await rosters.FindMemberAsync(turn, scope.TenantId, teamId, scope.UserId, cancellationToken) is not null;
    }

    /// <summary>The user's open items: all of them in a personal chat, this team's in a channel.</summary>
    public async Task<JsonObject> MyActionsAsync(TurnContext turn, ReplyScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(scope);
        var items = scope.UserId.Length == 0 || scope.TenantId.Length == 0
            ? []
            : await followup.ListMyOpenItemsAsync(scope.TenantId, scope.UserId, includeSnoozed: false, cancellationToken);
        var shown = scope.TeamId is { } teamId ? items.Where(i => i.TeamId == teamId) : items;
        IReadOnlyList<string> viewers = turn.Activity.From?.Id is { Length: > 0 } id ? [id] : [];
        var card = MyActionsCard.Build(FollowupViews.OpenItems(shown, scope.TimeZone), scope.Card(viewers));
        return Stamp(card, CardView.MyActions);
    }

    /// <summary>The team's open items; in a personal chat those of every team of the user (null: no team known).</summary>
    public async Task<JsonObject?> TeamItemsAsync(TurnContext turn, ReplyScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.TenantId.Length == 0)
        {
            return null;
        }

        IReadOnlyList<CardMeetingItems> groups;
        IReadOnlyList<string> viewers;
        if (scope.TeamId is { } teamId)
        {
            // A shared channel or a crafted invoke can carry someone who is not in the team: they see nothing of it.
            if (await rosters.FindMemberAsync(turn, scope.TenantId, teamId, scope.UserId, cancellationToken) is null)
            {
                return null;
            }

            var items = await followup.ListTeamOpenItemsAsync(scope.TenantId, teamId, includeSnoozed: true, cancellationToken);
            var next = NextMeetings.Of(scope.Settings, time.GetUtcNow());
            groups = [.. FollowupViews.OpenItems(items, scope.TimeZone).Select(g => g with { Meeting = g.Meeting with { NextMeeting = next } })];
            viewers = [.. (await rosters.GetAsync(turn, scope.TenantId, teamId, cancellationToken)).Members.Select(m => m.TeamsId).Where(t => t.Length > 0)];
        }
        else
        {
            var teams = await finder.UserTeamsAsync(scope, cancellationToken);
            if (teams.Count == 0)
            {
                return null;
            }

            var all = new List<OpenItem>();
            foreach (var team in teams)
            {
                all.AddRange(await followup.ListTeamOpenItemsAsync(scope.TenantId, team, includeSnoozed: true, cancellationToken));
            }

            groups = FollowupViews.OpenItems(all, scope.TimeZone);
            viewers = turn.Activity.From?.Id is { Length: > 0 } id ? [id] : [];
        }

        return Stamp(TeamItemsCard.Build(groups, scope.Card(viewers)), CardView.TeamItems);
    }

    /// <summary>The summary card of a meeting, refreshed automatically for its uploader, owners and linked attendees.</summary>
    public async Task<JsonObject> SummaryAsync(TurnContext turn, ReplyScope scope, Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(meeting);
        var settings = await followup.GetSettingsAsync(meeting.TenantId, meeting.TeamId, cancellationToken);
        var roster = await rosters.GetAsync(turn, meeting.TenantId, meeting.TeamId, cancellationToken);
        var next = NextMeetings.Of(settings, time.GetUtcNow(), meeting);
        var context = scope.Card(SummaryViewers.Of(meeting, roster.Members));
        var card = SummaryCard.Build(FollowupViews.Meeting(meeting, next), FollowupViews.Decisions(meeting), FollowupViews.Items(meeting, settings.TimeZone), context);
        return Stamp(card, CardView.Summary);
    }

    public static JsonObject Help(ReplyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return HelpCard.Build(scope.Card());
    }

    public static JsonObject Notice(ReplyScope scope, NoticeKind kind, string message)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return NoticeCard.Build(kind, message, scope.Card());
    }

    /// <summary>A message that carries one card.</summary>
    public static Activity Message(TurnContext turn, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Replies.Message(turn.Conversation) with { Attachments = [Attachment.AdaptiveCard(Element(card))] };
    }

    public static JsonElement Element(JsonObject card)
    {
        using var document = JsonDocument.Parse(CardJson.Serialize(card));
        return document.RootElement.Clone();
    }

    /// <summary>Adds the view to the data of every item button, so that the click answers with this view.</summary>
    public static JsonObject Stamp(JsonObject card, CardView view)
    {
        ArgumentNullException.ThrowIfNull(card);
        StampNode(card, CardVerbs.ViewName(view));
        return card;
    }

    /// <summary>The view an item button was drawn in: the stamped one, else the summary in a team, my actions in a personal chat.</summary>
    public static CardView ViewOf(JsonElement data, ReplyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CardVerbs.View, out var view) && view.ValueKind == JsonValueKind.String)
        {
            var name = view.GetString();
            foreach (var known in (CardView[])[CardView.MyActions, CardView.TeamItems, CardView.Summary])
            {
                if (CardVerbs.ViewName(known) == name)
                {
                    return known;
                }
            }
        }

        return scope.TeamId is null ? CardView.MyActions : CardView.Summary;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void StampNode(JsonNode? node, string view)
    {
        switch (node)
        {
            case JsonObject obj:
                if (Text(obj["type"]) == "Action.Execute" && Text(obj["verb"]) is { } verb
                    && (verb.StartsWith("item.", StringComparison.Ordinal) || verb.StartsWith("owner.", StringComparison.Ordinal))
                    && obj["data"] is JsonObject data)
                {
                    data[CardVerbs.View] = view;
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    StampNode(child, view);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    StampNode(child, view);
                }

                break;
        }
    }
}
