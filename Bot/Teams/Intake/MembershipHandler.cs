using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Installs, removals and membership changes: records where the bot is installed (team or personal chat), keeps the
/// team roster fresh, forgets a team when the bot leaves it, and greets on install (taking the event means the
/// built-in greeting no longer runs, so this handler greets instead).
/// </summary>
public sealed class MembershipHandler(
    Installations installations,
    FollowupService followup,
    IntakeStore intake,
    IBackgroundWorkQueue queue,
    TeamRosters rosters,
    TimeProvider time,
    ILogger<MembershipHandler> logger) : IActivityHandler
{
    public bool Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type is ActivityTypes.InstallationUpdate
            || (activity.Type == ActivityTypes.ConversationUpdate && (activity.MembersAdded?.Count > 0 || activity.MembersRemoved?.Count > 0));
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.TenantId is not { } tenantId || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return;
        }

        if (activity.Conversation?.ConversationType == "personal")
        {
            await RecordPersonalChatAsync(activity, tenantId, installations, time, cancellationToken);
        }
        else if (activity.ChannelData?.Team?.Id is { } teamId)
        {
            if (BotRemoved(activity))
            {
                var meetings = await followup.ForgetTeamAsync(tenantId, teamId, cancellationToken);
                await installations.RemoveTeamAsync(tenantId, teamId, cancellationToken);
                await queue.ForgetAsync(tenantId, teamId, cancellationToken);
                await intake.ForgetTeamAsync(tenantId, teamId, cancellationToken);
                Log.TeamForgotten(logger, Log.Hash(tenantId, teamId), meetings);
                return;
            }

            if (BotAdded(activity))
            {
                await RecordTeamAsync(turn, tenantId, teamId, serviceUrl, cancellationToken);
            }

            await RefreshRosterAsync(turn.Connector, serviceUrl, tenantId, teamId, cancellationToken);
        }

        if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        {
            await turn.Connector.SendToConversationAsync(turn.Conversation, Replies.Text(turn.Conversation, turn.Language.Texts.Replies.Welcome), cancellationToken);
        }
    }

    /// <summary>Keeps the address of a user's personal chat (for private reviews and reminders) and their time zone.</summary>
    public static Task RecordPersonalChatAsync(Activity activity, string tenantId, Installations installations, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(installations);
        ArgumentNullException.ThrowIfNull(time);
        if (activity.From?.AadObjectId is not { Length: > 0 } userId || activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is null)
        {
            return Task.CompletedTask;
        }

        var client = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        return installations.RecordPersonalChatAsync(
            new PersonalChat(tenantId, userId, conversationId, activity.ServiceUrl, client?.Timezone ?? activity.LocalTimezone, activity.Locale ?? client?.Locale, time.GetUtcNow()),
            cancellationToken);
    }

    private static bool BotRemoved(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true
            && activity.Action.EndsWith("upgrade", StringComparison.OrdinalIgnoreCase) == false)
        || activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    private static bool BotAdded(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        || activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    private async Task RecordTeamAsync(TurnContext turn, string tenantId, string teamId, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var team = turn.Activity.ChannelData!.Team!;
        var groupId = team.AadGroupId;
        var name = team.Name;
        if (groupId is null)
        {
            try
            {
                var details = await turn.Connector.GetTeamDetailsAsync(serviceUrl, teamId, cancellationToken);
                groupId = details.AadGroupId;
                name ??= details.Name;
            }
            catch (ConnectorException ex)
            {
                Log.RosterFailed(logger, LoggedException.Of(ex), Log.Hash(tenantId, teamId));
            }
        }

        // In Teams the General channel's conversation id is the team id; the install event arrives in General.
        var general = turn.Activity.Conversation?.Id is { } id ? ThreadReference.ChannelOf(id) : teamId;
        await installations.RecordTeamAsync(
            new TeamInstallation(tenantId, teamId, groupId, name, serviceUrl.AbsoluteUri, general, time.GetUtcNow()), cancellationToken);
    }

    private async Task RefreshRosterAsync(ConnectorClient connector, Uri serviceUrl, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        try
        {
            var roster = await rosters.RefreshAsync(connector, serviceUrl, tenantId, teamId, cancellationToken);
            Log.TeamInstalled(logger, Log.Hash(tenantId, teamId), roster.Members.Count);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // The roster is fetched again on the next upload; the install itself must not fail over it.
            Log.RosterFailed(logger, LoggedException.Of(ex), Log.Hash(tenantId, teamId));
        }
    }
}
