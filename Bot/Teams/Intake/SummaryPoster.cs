using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// One summary card per meeting: the first version of the minutes posts it and remembers where; every later version
/// (a corrected .docx, then its .pdf) replaces that card in place, marked as updated, so that the channel shows one
/// card whose buttons are all current. A card Teams no longer has (deleted, or the chat gone) gives way to a new post.
/// </summary>
public sealed partial class SummaryPoster(ConnectorClient connector, FollowupService followup, ILogger<SummaryPoster> logger)
{
    /// <summary>
    /// Replaces the meeting's posted summary with <paramref name="card"/>(updated: true), or else posts
    /// <paramref name="card"/>(updated: false) with <paramref name="post"/> into <paramref name="conversation"/> and
    /// remembers it. True when an earlier card was replaced.
    /// </summary>
    public async Task<bool> PostAsync(
        Meeting meeting, ConversationReference conversation, Func<bool, JsonObject> card, Func<Activity, Task<ResourceResponse>> post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(post);
        if (meeting.Summary is { } previous && Uri.TryCreate(previous.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            try
            {
                var update = IntakeCards.Message(conversation, card(true)) with { Id = previous.ActivityId };
                await connector.UpdateActivityAsync(serviceUrl, previous.ConversationId, previous.ActivityId, update, cancellationToken);
                Log.SummaryReplaced(logger, meeting.Id);
                return true;
            }
            catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
            {
                Log.SummaryGone(logger, meeting.Id, (int)ex.StatusCode);
            }
        }

        var posted = await post(IntakeCards.Message(conversation, card(false)));
        if (posted.Id is { Length: > 0 } id && conversation is { ServiceUrl: { Length: > 0 } url, Conversation.Id: { Length: > 0 } conversationId })
        {
            await followup.RecordSummaryAsync(meeting.TenantId, meeting.TeamId, meeting.Id, new SummaryPost(url, conversationId, id), cancellationToken);
        }

        return false;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4620, Level = LogLevel.Information, Message = "Summary of meeting {MeetingId} replaced in place by its new version")]
        public static partial void SummaryReplaced(ILogger logger, string meetingId);

        [LoggerMessage(EventId = 4621, Level = LogLevel.Information, Message = "Summary of meeting {MeetingId} could not be replaced ({Status}): posted anew")]
        public static partial void SummaryGone(ILogger logger, string meetingId, int status);
    }
}
