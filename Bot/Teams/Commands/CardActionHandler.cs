using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Planner;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// The item buttons and the settings and refresh actions of the cards (<c>adaptiveCard/action</c>; the review verbs
/// are the intake's). Every change goes through <see cref="FollowupService"/> with the clicking user as actor, and
/// the answer is the refreshed card of the view the button was in. Only members of the item's team may act; an
/// item of another tenant or team is not found; malformed data gets a notice card, never an error status.
/// </summary>
public sealed class CardActionHandler(
    FollowupService followup,
    CommandCards cards,
    MeetingFinder finder,
    TeamRosters rosters,
    TimeProvider time,
    PlannerSync planner,
    ILogger<CardActionHandler> logger) : IInvokeHandler
{
    private static readonly TimeSpan PlannerReadTime = TimeSpan.FromSeconds(4);

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        CardVerbs.ItemDone, CardVerbs.ItemReopen, CardVerbs.ItemSnooze, CardVerbs.ItemHandOverPick, CardVerbs.ItemHandOver, CardVerbs.ItemTake,
        CardVerbs.OwnerLinkPick, CardVerbs.OwnerLink, CardVerbs.SettingsSave,
    };

    private static readonly HashSet<string> RefreshedViews = new(StringComparer.Ordinal)
    {
        CardVerbs.ViewName(CardView.Summary), CardVerbs.ViewName(CardView.MyActions), CardVerbs.ViewName(CardView.TeamItems),
    };

    public bool Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Invoke || activity.Name != ActivityTypes.AdaptiveCardAction)
        {
            return false;
        }

        var action = Read(activity)?.Action;
        if (action?.Verb is not { } verb)
        {
            return false;
        }

        return Verbs.Contains(verb)
            || (verb == CardVerbs.Refresh && action.Data is { ValueKind: JsonValueKind.Object } data
                && data.TryGetProperty(CardVerbs.View, out var view) && view.ValueKind == JsonValueKind.String && RefreshedViews.Contains(view.GetString()!));
    }

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var scope = await ReplyScope.ForAsync(turn.Activity, null, followup, time, cancellationToken);
        var action = Read(turn.Activity)?.Action;
        var data = action?.Data ?? default;
        if (!CardActionParser.TryParse(action?.Verb, data, out var parsed, out var error) || scope.UserId.Length == 0 || scope.TenantId.Length == 0)
        {
            Log.CardActionRefused(logger, turn.Activity.Id, error.Length > 0 ? error : "no user or tenant");
            return Notice(scope, NoticeKind.Warning, scope.Texts.ActionNotUnderstood);
        }

        var actor = new Actor(scope.UserId, turn.Activity.From?.Name ?? string.Empty);
        var view = CommandCards.ViewOf(data, scope);
        return parsed switch
        {
            SettingsSave save => await SaveSettingsAsync(turn, scope, save, cancellationToken),
            CardRefresh refresh => await RefreshAsync(turn, scope, refresh, cancellationToken),
            _ => await ItemActionAsync(turn, scope, actor, parsed, view, cancellationToken),
        };
    }

    private static AdaptiveCardInvokeValue? Read(Activity activity)
    {
        try
        {
            return activity.ReadAdaptiveCardInvoke();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static InvokeResponse Card(JsonObject card) => InvokeResponse.AdaptiveCard(CommandCards.Element(card));

    private static InvokeResponse Notice(ReplyScope scope, NoticeKind kind, string message) => Card(CommandCards.Notice(scope, kind, message));

    private async Task<InvokeResponse> ItemActionAsync(TurnContext turn, ReplyScope scope, Actor actor, CardAction action, CardView view, CancellationToken cancellationToken)
    {
        var (meetingId, itemId) = action switch
        {
            ItemDone a => (a.MeetingId, a.ItemId),
            ItemReopen a => (a.MeetingId, a.ItemId),
            ItemSnooze a => (a.MeetingId, a.ItemId),
            ItemHandOverPick a => (a.MeetingId, a.ItemId),
            ItemHandOver a => (a.MeetingId, a.ItemId),
            ItemTake a => (a.MeetingId, a.ItemId),
            OwnerLinkPick a => (a.MeetingId, a.ItemId),
            OwnerLink a => (a.MeetingId, a.ItemId),
            _ => (string.Empty, string.Empty),
        };
        var meeting = await finder.FindAsync(scope, meetingId, cancellationToken);
        var item = meeting?.Items.FirstOrDefault(i => i.Id == itemId && i.Status != ItemStatus.Dropped);
        if (meeting is null || item is null)
        {
            Log.CardActionRefused(logger, turn.Activity.Id, "item not found");
            return Notice(scope, NoticeKind.Warning, scope.Texts.ItemNotFound);
        }

        if (!await MayActAsync(turn, scope, meeting, cancellationToken))
        {
            Log.CardActionRefused(logger, turn.Activity.Id, "not a member of the team");
            return Notice(scope, NoticeKind.Warning, scope.Texts.NotAMember);
        }

        var address = new ItemAddress(meeting.TenantId, meeting.TeamId, meeting.Id, item.Id);
        var settings = await followup.GetSettingsAsync(meeting.TenantId, meeting.TeamId, cancellationToken);
        var outcome = action switch
        {
            ItemDone => await ChangedAsync(followup.CompleteAsync(address, actor, cancellationToken), scope.Texts.ItemNotFound),
            ItemReopen => await ChangedAsync(followup.ReopenAsync(address, actor, cancellationToken), scope.Texts.ItemNotFound),
            ItemSnooze snooze => await ChangedAsync(followup.SnoozeAsync(address, actor, SnoozeEnd(snooze.Until, settings, meeting), cancellationToken), scope.Texts.ItemNotFound),
            ItemHandOver handOver => await HandOverAsync(turn, address, actor, item, handOver.MemberId, null, cancellationToken),
            ItemTake => await TakeAsync(turn, scope, address, actor, item, settings, cancellationToken),
            OwnerLink link => await HandOverAsync(turn, address, actor, item, link.MemberId, link.OwnerIndex, cancellationToken),
            OwnerLinkPick pick when !IsUnresolved(item, pick.OwnerIndex) => scope.Texts.OwnerNotLinkable,
            _ => null,
        };
        Log.CardActionHandled(logger, action.GetType().Name, meeting.Id, outcome ?? "done");
        if (outcome is not null)
        {
            return Notice(scope, NoticeKind.Warning, outcome);
        }

        if (action is not (ItemHandOverPick or OwnerLinkPick))
        {
            await PlannerWork.QueueAsync(turn, settings, meeting.TenantId, meeting.TeamId, meeting.Id, cancellationToken);
        }

        return action switch
        {
            ItemHandOverPick => Card(await PickerAsync(turn, scope, meeting, item, settings, view, null, cancellationToken)),
            OwnerLinkPick pick => Card(await PickerAsync(turn, scope, meeting, item, settings, view, pick.OwnerIndex, cancellationToken)),
            _ => await ViewAsync(turn, scope, view, meeting.Id, cancellationToken),
        };
    }

    private static async Task<string?> ChangedAsync(Task<MeetingItem?> change, string notFound) => await change is null ? notFound : null;

    private static bool IsUnresolved(ActionItem item, int index) =>
        index >= 0 && index < item.Owners.Count && item.Owners[index].Kind != OwnerKind.Member;

    /// <summary>Gives the item to the member (all owners), or links the unresolved owner at <paramref name="ownerIndex"/>.</summary>
    private async Task<string?> HandOverAsync(TurnContext turn, ItemAddress address, Actor actor, ActionItem item, string memberId, int? ownerIndex, CancellationToken cancellationToken)
    {
        var texts = TurnLanguage.Of(await followup.GetSettingsAsync(address.TenantId, address.TeamId, cancellationToken), null, turn.Activity.Locale).Texts.Replies;
        var member = (await rosters.GetAsync(turn, address.TenantId, address.TeamId, cancellationToken)).Members
            .FirstOrDefault(m => string.Equals(m.UserId, memberId, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return texts.MemberNotInTeam;
        }

        var owner = Owner.Member(member.UserId, member.Name);
        IReadOnlyList<Owner> owners;
        if (ownerIndex is { } index)
        {
            if (!IsUnresolved(item, index))
            {
                return texts.OwnerNotLinkable;
            }

            owners = [.. item.Owners.Select((o, k) => k == index ? owner : o).DistinctBy(o => (o.Kind, o.MemberId ?? o.Name))];
        }
        else
        {
            owners = [owner];
        }

        return await followup.ReassignAsync(address, actor, owners, cancellationToken) is null ? texts.ItemNotFound : null;
    }

    /// <summary>
    /// The clicking member takes an item nobody owns. Taken meanwhile by someone else, it stays theirs: the answer says
    /// whose it is. In a personal chat the one person of the chat takes it.
    /// </summary>
    private async Task<string?> TakeAsync(TurnContext turn, ReplyScope scope, ItemAddress address, Actor actor, ActionItem item, TeamSettings settings, CancellationToken cancellationToken)
    {
        var texts = TurnLanguage.Of(settings, null, turn.Activity.Locale).Texts.Replies;
        if (item.Owners.Count > 0)
        {
            return item.Owners.Any(o => o.Kind == OwnerKind.Member && string.Equals(o.MemberId, actor.UserId, StringComparison.OrdinalIgnoreCase))
                ? null
                : texts.AlreadyTaken(string.Join(", ", item.Owners.Select(o => o.Name)));
        }

        var member = address.TeamId == scope.PersonalChatId
            ? new RosterMember(actor.UserId, actor.UserId, actor.Name, null)
            : await rosters.FindMemberAsync(turn, address.TenantId, address.TeamId, actor.UserId, cancellationToken);
        if (member is null)
        {
            return texts.MemberNotInTeam;
        }

        return await followup.ReassignAsync(address, actor, [Owner.Member(member.UserId, member.Name)], cancellationToken) is null ? texts.ItemNotFound : null;
    }

    /// <summary>A week from now; or the start of the team's next meeting when one is known and lies ahead.</summary>
    private DateTimeOffset SnoozeEnd(SnoozeUntil until, TeamSettings settings, Meeting meeting)
    {
        var now = time.GetUtcNow();
        if (until == SnoozeUntil.NextMeeting && NextMeetings.Of(settings, now, meeting) is { } next)
        {
            return NextMeetings.Instant(next, settings.TimeZone);
        }

        return now.AddDays(7);
    }

    private async Task<JsonObject> PickerAsync(TurnContext turn, ReplyScope scope, Meeting meeting, ActionItem item, TeamSettings settings, CardView view, int? ownerIndex, CancellationToken cancellationToken)
    {
        var roster = await rosters.GetAsync(turn, meeting.TenantId, meeting.TeamId, cancellationToken);
        var card = MemberPickerCard.Build(FollowupViews.Meeting(meeting), FollowupViews.Item(item, settings.TimeZone), FollowupViews.Members(roster.Members), view, scope.Card(), ownerIndex);
        return CommandCards.Stamp(card, view);
    }

    private async Task<InvokeResponse> ViewAsync(TurnContext turn, ReplyScope scope, CardView view, string? meetingId, CancellationToken cancellationToken)
    {
        switch (view)
        {
            case CardView.MyActions:
                return Card(await cards.MyActionsAsync(turn, scope, cancellationToken));
            case CardView.TeamItems:
                return await cards.TeamItemsAsync(turn, scope, cancellationToken) is { } items ? Card(items) : Notice(scope, NoticeKind.Info, scope.Texts.NoTeamsYet);
            default:
                var meeting = meetingId is null ? null : await finder.FindAsync(scope, meetingId, cancellationToken);
                if (meeting is null)
                {
                    return Notice(scope, NoticeKind.Warning, scope.Texts.ItemNotFound);
                }

                if (!await MayActAsync(turn, scope, meeting, cancellationToken))
                {
                    return Notice(scope, NoticeKind.Warning, scope.Texts.MembersOnly);
                }

                return Card(await cards.SummaryAsync(turn, scope, meeting, cancellationToken));
        }
    }

    /// <summary>Members of the meeting's team; for minutes sent in a personal chat, the one person of that chat.</summary>
    private async Task<bool> MayActAsync(TurnContext turn, ReplyScope scope, Meeting meeting, CancellationToken cancellationToken) =>
        meeting.TeamId == scope.PersonalChatId
        || await rosters.FindMemberAsync(turn, meeting.TenantId, meeting.TeamId, scope.UserId, cancellationToken) is not null;

    private async Task<InvokeResponse> RefreshAsync(TurnContext turn, ReplyScope scope, CardRefresh refresh, CancellationToken cancellationToken)
    {
        await ReadPlannerAsync(scope, refresh, cancellationToken);
        return await ViewAsync(turn, scope, refresh.View, refresh.MeetingId, cancellationToken);
    }

    /// <summary>
    /// A refreshed summary or team list first reads back what was done in Planner, for at most
    /// <see cref="PlannerReadTime"/>: past that the card shows the bot's state, and the next round catches up.
    /// </summary>
    private async Task ReadPlannerAsync(ReplyScope scope, CardRefresh refresh, CancellationToken cancellationToken)
    {
        var meeting = refresh.MeetingId is { } meetingId ? await finder.FindAsync(scope, meetingId, cancellationToken) : null;
        var teamId = meeting?.TeamId ?? (refresh.View == CardView.TeamItems ? scope.TeamId : null);
        if (teamId is null || (await followup.GetSettingsAsync(scope.TenantId, teamId, cancellationToken)).Planner is not { Enabled: true })
        {
            return;
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(PlannerReadTime);
        try
        {
            await planner.SyncTeamAsync(scope.TenantId, teamId, meeting?.Id, bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.CardActionHandled(logger, CardVerbs.Refresh, meeting?.Id, "planner read cut short");
        }
    }

    private async Task<InvokeResponse> SaveSettingsAsync(TurnContext turn, ReplyScope scope, SettingsSave save, CancellationToken cancellationToken)
    {
        if (scope.TeamId is not { } teamId)
        {
            return Notice(scope, NoticeKind.Info, scope.Texts.OnlyInTeam);
        }

        if (await rosters.FindMemberAsync(turn, scope.TenantId, teamId, scope.UserId, cancellationToken) is null)
        {
            Log.CardActionRefused(logger, turn.Activity.Id, "not a member of the team");
            return Notice(scope, NoticeKind.Warning, scope.Texts.MembersOnly);
        }

        var chosen = save.Settings;
        var plans = await PlannerPlans.ListAsync(planner, scope.TenantId, teamId, cancellationToken);
        TeamSettings saved;
        try
        {
            saved = await followup.UpdateSettingsAsync(scope.TenantId, teamId, s => s with
            {
                ReviewFirst = chosen.ReviewFirst,
                ReminderLeadDays = chosen.ReminderLeadDays,
                TimeZone = chosen.TimeZone,
                Language = chosen.Language.Code,
                Planner = chosen.Planner is { } choice
                    ? PlannerChoice.Apply(s.Planner, choice.Enabled, choice.PlanId, plans, Language.FromCode(chosen.Language.Code).Texts.Cards.PlannerPlanTitle)
                    : s.Planner,
            }, cancellationToken);
        }
        catch (ArgumentException)
        {
            return Notice(scope, NoticeKind.Warning, scope.Texts.SettingsRefused);
        }

        Log.CardActionHandled(logger, CardVerbs.SettingsSave, null, "saved");
        var language = Language.FromCode(saved.Language);
        var savedScope = scope with { Settings = saved, Language = language };
        await PlannerWork.QueueAsync(turn, saved, scope.TenantId, teamId, null, cancellationToken);
        return Card(SettingsCard.Build(FollowupViews.Settings(saved, PlannerPlans.ForCard(plans)), savedScope.Card(), saved: true));
    }
}
