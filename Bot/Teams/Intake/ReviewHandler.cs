using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Teams.Commands;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// The review card's buttons (<c>review.page</c>, <c>review.add</c>, <c>review.assign</c>, <c>review.publish</c>,
/// <c>review.discard</c>): saves
/// the edits of the page through <see cref="FollowupService"/> (text and due date, owner, remove, a new item, a suggested
/// owner in one tap), answers with the review card again, and on publish posts the summary card into the thread of the
/// minutes and answers with a notice. Publishing ends the draft (the team sees the meeting from then on); discarding
/// deletes the draft and everything of it. A publish that would leave items nobody owns asks once first: the review again,
/// on the page of the first such item, with the question and "Zo publiceren" (not when the team has nobody else). Only the uploader or a member of the
/// team may change the review.
/// </summary>
public sealed class ReviewHandler(
    FollowupService followup,
    Installations installations,
    IntakeStore store,
    IntakeCards cards,
    ConnectorClient connector,
    SummaryPoster summaries,
    ILogger<ReviewHandler> logger) : IInvokeHandler
{
    private static readonly string[] Verbs = [CardVerbs.ReviewPublish, CardVerbs.ReviewPage, CardVerbs.ReviewAdd, CardVerbs.ReviewAssign, CardVerbs.ReviewDiscard];

    public bool Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action"
            && activity.ReadAdaptiveCardInvoke()?.Action?.Verb is { } verb && Verbs.Contains(verb, StringComparer.Ordinal);
    }

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Activity.ReadAdaptiveCardInvoke()?.Action;
        if (action?.Data is not { } data)
        {
            return InvokeResponse.Error(400, "the review came without data");
        }

        if (!CardActionParser.TryParse(action.Verb, data, out var parsed, out var error) || parsed is not ReviewSubmit submit)
        {
            return InvokeResponse.Error(400, error);
        }

        if (turn.Activity.TenantId is not { } tenantId
            || await store.GetReviewAsync(tenantId, submit.MeetingId, cancellationToken) is not { } review
            || await followup.GetMeetingAsync(tenantId, review.TeamId, submit.MeetingId, cancellationToken) is not { } meeting)
        {
            return InvokeResponse.Message(turn.Language.Texts.Replies.MeetingGone);
        }

        var actor = new Actor(turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id ?? string.Empty, turn.Activity.From?.Name ?? string.Empty);
        var teamRoster = await installations.GetRosterAsync(tenantId, review.TeamId, cancellationToken);
        var roster = teamRoster?.Members ?? [new RosterMember(meeting.Uploader.UserId, meeting.Uploader.UserId, meeting.Uploader.Name, null)];
        var settings = await followup.GetSettingsAsync(tenantId, review.TeamId, cancellationToken);

        // A team's review speaks the team's language; minutes kept in a personal chat the language they are written in.
        var language = TurnLanguage.OfMinutes(teamRoster is null ? null : settings, meeting.Language, turn.Activity.Locale);
        if (actor.UserId != meeting.Uploader.UserId && roster.All(m => m.UserId != actor.UserId))
        {
            return InvokeResponse.Message(language.Texts.Replies.NotYours);
        }

        if (submit.Step == ReviewStep.Discard)
        {
            var discarded = await followup.DiscardDraftAsync(tenantId, review.TeamId, meeting.Id, cancellationToken);
            Log.Reviewed(logger, meeting.Id, discarded ? "discard" : "discard refused", 0);
            var message = discarded ? language.Texts.Replies.Discarded : language.Texts.Replies.NotADraft;
            return InvokeResponse.AdaptiveCard(IntakeCards.Element(IntakeCards.Notice(message, language, cards.Today(settings.TimeZone), discarded ? NoticeKind.Done : NoticeKind.Info)));
        }

        var address = (string itemId) => new ItemAddress(tenantId, review.TeamId, meeting.Id, itemId);
        await ApplyAsync(submit, meeting, roster, actor, address, cancellationToken);
        if (submit.Followups is { } answers)
        {
            await followup.ChooseFollowupsAsync(tenantId, review.TeamId, meeting.Id, answers.Count,
                answers.Choices.ToDictionary(c => c.Key, c => FollowupViews.Outcome(c.Value)), cancellationToken);
        }

        Log.Reviewed(logger, meeting.Id, submit.Step.ToString(), submit.Edits.Count);
        meeting = await followup.GetMeetingAsync(tenantId, review.TeamId, meeting.Id, cancellationToken) ?? meeting;
        var members = FollowupViews.Members(roster);
        // Alone with the minutes (a personal chat), there is nobody to assign them to: nothing to ask.
        if (submit is { Step: ReviewStep.Publish, Confirmed: false } && Unowned(meeting) is > 0 and var unowned && roster.Count > 1)
        {
            Log.AskedBeforePublish(logger, meeting.Id, unowned);
            var first = cards.FirstUnownedPage(meeting, settings, members, language);
            return InvokeResponse.AdaptiveCard(IntakeCards.Element(cards.Review(meeting, settings, members, first, language, asked: true)));
        }

        if (submit.Step == ReviewStep.Publish)
        {
            meeting = await followup.PublishAsync(tenantId, review.TeamId, meeting.Id, cancellationToken) ?? meeting;
            // What became of the last meeting's items, as the minute-taker answered: confirmed by her.
            meeting = await followup.ApplyFollowupsAsync(meeting, actor, reviewed: true, cancellationToken);
            var where = await PublishAsync(meeting, settings, roster, language, cancellationToken);
            // The answers settled items of earlier meetings too: their tasks follow.
            await PlannerWork.QueueAsync(turn, settings, tenantId, review.TeamId, meeting.Followups.Count > 0 ? null : meeting.Id, cancellationToken);
            return InvokeResponse.AdaptiveCard(IntakeCards.Element(IntakeCards.Notice(where, language, cards.Today(settings.TimeZone), NoticeKind.Done)));
        }

        // After an add, the last page, where the new item is (the card clamps the page number).
        var page = submit.Step == ReviewStep.Add ? int.MaxValue : submit.Page;
        return InvokeResponse.AdaptiveCard(IntakeCards.Element(cards.Review(meeting, settings, members, page, language, submit.Confirmed)));
    }

    /// <summary>The open items of the meeting nobody owns.</summary>
    private static int Unowned(Meeting meeting) => meeting.Items.Count(i => i.Status == ItemStatus.Open && i.Owners.Count == 0);

    private async Task ApplyAsync(ReviewSubmit submit, Meeting meeting, IReadOnlyList<RosterMember> roster, Actor actor, Func<string, ItemAddress> address, CancellationToken cancellationToken)
    {
        foreach (var edit in submit.Edits.Where(e => meeting.Items.Any(i => i.Id == e.ItemId)))
        {
            if (edit.Remove)
            {
                await followup.DropAsync(address(edit.ItemId), actor, cancellationToken);
                continue;
            }

            var text = string.IsNullOrWhiteSpace(edit.Text) ? null : edit.Text;
            await followup.EditAsync(address(edit.ItemId), actor, new ItemEdit(text, edit.Due, ClearDue: edit.Due is null), cancellationToken);
            var owner = submit.Assign is { } assign && assign.ItemId == edit.ItemId ? new ReviewOwner(ReviewOwnerKind.Member, assign.MemberId) : edit.Owner;
            if (Owners(owner, roster) is { } owners)
            {
                await followup.ReassignAsync(address(edit.ItemId), actor, owners, cancellationToken);
            }
        }

        if (submit is { Step: ReviewStep.Add, NewItem: { } added } && !string.IsNullOrWhiteSpace(added.Text))
        {
            await followup.AddItemAsync(meeting.TenantId, meeting.TeamId, meeting.Id, actor, added.Text, Owners(added.Owner, roster) ?? [], added.Due, cancellationToken);
        }
    }

    /// <summary>The owners a choice stands for; null keeps the current owners (also for a member not in the team).</summary>
    private static IReadOnlyList<Owner>? Owners(ReviewOwner choice, IReadOnlyList<RosterMember> roster) => choice.Kind switch
    {
        ReviewOwnerKind.Nobody => [],
        ReviewOwnerKind.Member when roster.FirstOrDefault(m => m.UserId == choice.MemberId) is { } member => [Owner.Member(member.UserId, member.Name)],
        _ => null,
    };

    /// <summary>Posts the summary where the minutes belong; says where that was, for the notice.</summary>
    private async Task<string> PublishAsync(Meeting meeting, TeamSettings settings, IReadOnlyList<RosterMember> roster, Language language, CancellationToken cancellationToken)
    {
        var replies = language.Texts.Replies;
        if (ThreadReference.Parse(meeting.ConversationReference) is not { } thread)
        {
            return replies.Published;
        }

        var viewers = SummaryViewers.Of(meeting, roster);
        if (await summaries.PostAsync(meeting, thread, updated => cards.Summary(meeting, settings, viewers, language, updated),
            message => connector.SendToConversationAsync(thread, message, cancellationToken), cancellationToken))
        {
            return replies.PublishedUpdated;
        }

        return thread.Conversation switch
        {
            { ConversationType: "channel", Id: { } id } when ThreadReference.RootMessageId(id) is not null => replies.Published,
            { ConversationType: "channel" } => replies.PublishedInChannel,
            _ => replies.PublishedInChat,
        };
    }
}
