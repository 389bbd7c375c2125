using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Where and for whom the bot answers: the tenant, the user (Entra object id), the team when the conversation is a
/// team's channel, the team's settings, and the language, time zone and today's date to answer with.
/// </summary>
public sealed record ReplyScope(string TenantId, string UserId, string? TeamId, TeamSettings Settings, Language Language, string TimeZone, DateOnly Today, string? PersonalChatId = null)
{
    private const string DefaultTimeZone = "Europe/Amsterdam";

    internal ReplyStrings Texts => Language.Texts.Replies;

    public CardContext Card(IReadOnlyList<string>? viewers = null) => new(Language, Today, viewers ?? []);

    /// <summary>
    /// The language by <see cref="TurnLanguage"/>: a team's conversation speaks the team's language; a personal chat the
    /// language of the command's words, else the message's locale. The time zone is the team's, or in a personal chat the client's.
    /// </summary>
    public static async Task<ReplyScope> ForAsync(Activity activity, Language? wordsLanguage, FollowupService followup, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(followup);
        ArgumentNullException.ThrowIfNull(time);
        var tenantId = activity.TenantId ?? string.Empty;
        var userId = activity.From?.AadObjectId ?? string.Empty;
        var teamId = activity.ChannelData?.Team?.Id is { Length: > 0 } team ? team : null;
        var now = time.GetUtcNow();
        if (teamId is not null && tenantId.Length > 0)
        {
            var settings = await followup.GetSettingsAsync(tenantId, teamId, cancellationToken);
            return new ReplyScope(tenantId, userId, teamId, settings, TurnLanguage.Of(settings, null, activity.Locale), settings.TimeZone, DateIn(now, settings.TimeZone));
        }

        var zone = activity.Entities?.FirstOrDefault(e => e.Timezone is { Length: > 0 } z && ZonedTime.TryFindZone(z, out _))?.Timezone ?? DefaultTimeZone;
        var language = wordsLanguage ?? TurnLanguage.Of(null, activity.TextWithoutBotMention(), activity.Locale);
        // Minutes sent to the bot in a personal chat are filed under that chat, the uploader's own space.
        var personalChat = MessageRouting.IsPersonal(activity) && activity.Conversation?.Id is { Length: > 0 } chat ? chat : null;
        return new ReplyScope(tenantId, userId, null, new TeamSettings(), language, zone, DateIn(now, zone), personalChat);
    }

    private static DateOnly DateIn(DateTimeOffset now, string zone) =>
        ZonedTime.DateIn(now, ZonedTime.TryFindZone(zone, out var found) ? found : TimeZoneInfo.Utc);
}
