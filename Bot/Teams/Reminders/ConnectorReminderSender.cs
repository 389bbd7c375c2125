using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Teams.Intake;
using TeamsBot.Telemetry;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Reminders;

/// <summary>
/// Delivers the reminder round's messages through the Bot Connector: the personal ping into the owner's 1:1 chat,
/// the @mention in the meeting's thread for an owner the bot cannot reach privately, and the carry-over card in the
/// channel. The team's settings give the language and time zone, as for the intake's cards. Each call posts once over
/// a connector pipeline without the retry handler (see <see cref="ThrottleSignalHandler"/>); the answer becomes the
/// round's <see cref="SendOutcome"/>.
/// </summary>
public sealed class ConnectorReminderSender(
    IHttpClientFactory httpClients,
    FollowupService followup,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<ConnectorReminderSender> logger,
    BotMetrics? metrics = null) : IReminderSender
{
    /// <summary>The named connector pipeline of the reminders: the token, no retries.</summary>
    public const string HttpClientName = "TeamsBot.Reminders.Connector";

    private const int MaxNameLength = 80;
    private readonly ReminderCards _cards = new(time);

    public async Task<SendOutcome> SendPingAsync(TeamInstallation team, PersonalChat chat, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(ping);
        var settings = await followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken);
        var to = new ConversationReference
        {
            ServiceUrl = chat.ServiceUrl,
            ChannelId = "msteams",
            Bot = BotAccount(),
            Locale = chat.Locale,
            Conversation = new ConversationAccount { Id = chat.ConversationId, ConversationType = "personal", TenantId = chat.TenantId },
        };
        var message = WithCard(Replies.Message(to), _cards.Ping(ping, items, settings, chat.TimeZone));
        return await SendAsync("ping", team, to, message, personal: true, cancellationToken);
    }

    public async Task<SendOutcome> MentionInThreadAsync(TeamInstallation team, string channelThread, Owner owner, ReminderPing ping, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(ping);
        var settings = await followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken);
        var to = InChannel(team, ThreadReference.Parse(channelThread), settings);
        var (name, mention) = Named(owner);
        var texts = Language.FromCode(settings.Language).Texts.Replies;
        var text = ping.Reason == PingReason.NextMeeting ? texts.ReminderInThread(name) : texts.DueInThread(name);
        var message = WithCard(Replies.Message(to) with { Text = text, Entities = mention is null ? null : [mention] }, _cards.Ping(ping, items, settings, null));
        return await SendAsync("mention", team, to, message, personal: false, cancellationToken);
    }

    public async Task<SendOutcome> SendCarryOverAsync(TeamInstallation team, CarryOverPost post, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(items);
        if (post.NextMeeting is not { } meeting)
        {
            Log.NoMeeting(logger, "carry-over", Log.Hash(team.TenantId, team.TeamId));
            return new SendOutcome.Failed(Transient: false);
        }

        var settings = await followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken);
        var to = InChannel(team, await LatestThreadAsync(team, items, cancellationToken), settings);
        var message = WithCard(Replies.Message(to), _cards.CarryOver(meeting, items, settings));
        return await SendAsync("carry-over", team, to, message, personal: false, cancellationToken);
    }

    /// <summary>What a refusal of the connector means for the round.</summary>
    internal static SendOutcome Outcome(HttpStatusCode status, bool personal) => (int)status switch
    {
        // Bot not installed for the user, chat blocked, or the user left: try them in the thread instead.
        403 or 404 when personal => new SendOutcome.Unreachable(),
        401 or 408 or 412 or >= 500 => new SendOutcome.Failed(Transient: true),
        _ => new SendOutcome.Failed(Transient: false),
    };

    private async Task<SendOutcome> SendAsync(string kind, TeamInstallation team, ConversationReference to, Activity message, bool personal, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(to.ServiceUrl, UriKind.Absolute, out _) || string.IsNullOrEmpty(to.Conversation?.Id))
        {
            Log.SendRefused(logger, kind, Log.Hash(team.TenantId, team.TeamId), 0, "NoAddress");
            return new SendOutcome.Failed(Transient: false);
        }

        var connector = new ConnectorClient(httpClients.CreateClient(HttpClientName));
        try
        {
            var sent = await connector.SendToConversationAsync(to, message, cancellationToken);
            metrics?.CardSent(CardKind.Reminder);
            metrics?.ReminderSent();
            return new SendOutcome.Sent(sent.Id ?? string.Empty);
        }
        catch (ConnectorThrottledException throttled)
        {
            return new SendOutcome.Throttled(throttled.RetryAfter);
        }
        catch (ConnectorException refused)
        {
            Log.SendRefused(logger, kind, Log.Hash(team.TenantId, team.TeamId), (int)refused.StatusCode, refused.Code);
            var outcome = Outcome(refused.StatusCode, personal);
            metrics?.ReminderFailed(outcome is SendOutcome.Unreachable ? ReminderFailure.BotRemoved : ReminderFailure.ConnectorError);
            return outcome;
        }
        catch (Exception broken) when (broken is HttpRequestException || (broken is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // No answer (network, timeout): it may have been posted, but a later round trying again is the lesser harm.
            Log.SendBroken(logger, broken, kind, Log.Hash(team.TenantId, team.TeamId));
            metrics?.ReminderFailed(ReminderFailure.ConnectorError);
            return new SendOutcome.Failed(Transient: true);
        }
    }

    /// <summary>The meeting's channel thread, or a new post in the team's channel when the minutes came from elsewhere.</summary>
    private ConversationReference InChannel(TeamInstallation team, ConversationReference? thread, TeamSettings settings) =>
        thread is { Conversation.ConversationType: "channel", ServiceUrl: not null }
            ? thread with { User = null, ActivityId = null, Bot = thread.Bot ?? BotAccount() }
            : ThreadReference.Channel(team.ServiceUrl, team.ChannelId, team.TenantId, BotAccount(), settings.Language);

    /// <summary>The thread of the series' latest minutes among the post's items, as the round picks it for the pings.</summary>
    private async Task<ConversationReference?> LatestThreadAsync(TeamInstallation team, IReadOnlyList<OpenItem> items, CancellationToken cancellationToken)
    {
        Meeting? latest = null;
        foreach (var id in items.Select(i => i.MeetingId).Distinct(StringComparer.Ordinal))
        {
            if (await followup.GetMeetingAsync(team.TenantId, team.TeamId, id, cancellationToken) is { } meeting
                && (latest is null || Order(meeting).CompareTo(Order(latest)) > 0))
            {
                latest = meeting;
            }
        }

        return ThreadReference.Parse(latest?.ConversationReference);

        static (DateOnly, DateTimeOffset) Order(Meeting m) => (m.Date ?? DateOnly.FromDateTime(m.UploadedAt.UtcDateTime), m.UploadedAt);
    }

    /// <summary>A member as an @mention; anyone else (a name the bot could not link, a group) as plain, escaped text.</summary>
    private static (string Name, Entity? Mention) Named(Owner owner)
    {
        if (owner is { Kind: OwnerKind.Member, MemberId: { Length: > 0 } memberId })
        {
            var tag = $"<at>{CardText.Plain(owner.Name, MaxNameLength)}</at>";
            return (tag, new Entity { Type = "mention", Text = tag, Mentioned = new ChannelAccount { Id = memberId, Name = owner.Name } });
        }

        return (CardText.Escape(owner.Name, MaxNameLength), null);
    }

    private ChannelAccount? BotAccount() => bot.Value.AppId is { Length: > 0 } appId ? new ChannelAccount { Id = "28:" + appId } : null;

    private static Activity WithCard(Activity message, JsonObject card) =>
        message with { Attachments = [Attachment.AdaptiveCard(IntakeCards.Element(card))] };
}
