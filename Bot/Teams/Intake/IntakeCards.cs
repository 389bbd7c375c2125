using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Teams.Commands;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>The review and summary cards of a meeting, as card JSON and as message activities.</summary>
public sealed class IntakeCards(TimeProvider time)
{
    /// <param name="asked">Publishing found items nobody owns: ask once, on the page of the first of them.</param>
    public JsonObject Review(Meeting meeting, TeamSettings settings, IReadOnlyList<CardMember> members, int page, Language language, bool asked = false)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(settings);
        var view = FollowupViews.Meeting(meeting);
        var decisions = FollowupViews.Decisions(meeting);
        var items = FollowupViews.Items(meeting, settings.TimeZone);
        var context = new CardContext(language, Today(settings.TimeZone));
        return ReviewCard.Build(view, decisions, items, members, page, context, asked, FollowupViews.Followups(meeting));
    }

    /// <summary>The review's page of the first item nobody owns.</summary>
    public int FirstUnownedPage(Meeting meeting, TeamSettings settings, IReadOnlyList<CardMember> members, Language language)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(settings);
        return ReviewCard.FirstUnownedPage(FollowupViews.Meeting(meeting), FollowupViews.Decisions(meeting), FollowupViews.Items(meeting, settings.TimeZone),
            members, new CardContext(language, Today(settings.TimeZone)), FollowupViews.Followups(meeting));
    }

    /// <summary>The team's summary of the minutes; <paramref name="updated"/> when it replaces the card of an earlier version.</summary>
    public JsonObject Summary(Meeting meeting, TeamSettings settings, IReadOnlyList<string> viewers, Language language, bool updated = false)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(settings);
        // Stamped like the commands' summary, so that an item button answers with this card again, also in a personal chat.
        return CommandCards.Stamp(SummaryCard.Build(FollowupViews.Meeting(meeting) with { Updated = updated }, FollowupViews.Decisions(meeting), FollowupViews.Items(meeting, settings.TimeZone),
            new CardContext(language, Today(settings.TimeZone), viewers)), CardView.Summary);
    }

    public static JsonObject Notice(string message, Language language, DateOnly today, NoticeKind kind = NoticeKind.Info) =>
        NoticeCard.Build(kind, message, new CardContext(language, today));

    public DateOnly Today(string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc).DateTime);

    /// <summary>A message carrying <paramref name="card"/> into <paramref name="conversation"/>.</summary>
    public static Activity Message(ConversationReference conversation, JsonObject card) =>
        Replies.Message(conversation) with { Attachments = [Attachment.AdaptiveCard(Element(card))] };

    public static JsonElement Element(JsonObject card)
    {
        using var document = JsonDocument.Parse(CardJson.Serialize(card));
        return document.RootElement.Clone();
    }
}
