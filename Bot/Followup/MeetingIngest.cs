using TeamsBot.Extraction;

namespace TeamsBot.Followup;

/// <summary>Turns what the extractor found into a meeting, or into the next state of a meeting already known.</summary>
internal sealed class MeetingIngest(MinutesUpload upload, ExtractionResult extraction, IReadOnlyList<TeamMember> members, DateTimeOffset now)
{
    private readonly MemberLinker _linker = new(members, extraction.Meeting.Attendees, extraction.Language);

    public string TenantId => upload.TenantId;

    public string TeamId => upload.TeamId;

    public string ContentHash { get; } = FollowupIds.ContentHash(upload.Content.Span);

    public string Title => string.IsNullOrWhiteSpace(extraction.Meeting.Title)
        ? Path.GetFileNameWithoutExtension(upload.FileName)
        : extraction.Meeting.Title.Trim();

    public CatalogueEntry Identity => new("", CatalogueEntry.TitleKeyOf(Title), extraction.Meeting.Date, upload.FileName, upload.Link, ContentHash);

    public Meeting NewMeeting(string id) => new(
        id,
        upload.TenantId,
        upload.TeamId,
        upload.ChannelId,
        upload.ConversationReference,
        Title,
        extraction.Meeting.Date,
        extraction.Language,
        Attendees(),
        Source(),
        Decisions(),
        [.. extraction.ActionItems.Select(NewItem)],
        extraction.Meeting.NextMeeting,
        upload.Uploader,
        now,
        now,
        Revision: 1)
    {
        Draft = upload.Draft,
        NextMeetingTime = extraction.Meeting.NextMeetingTime,
    };

    /// <summary>
    /// The meeting after a changed file: header, decisions and items from the new file; items still present keep their
    /// id, status, snooze and history, and whatever a user changed by hand (text, due date, owners) wins over the file.
    /// Items the new file no longer has are gone. Published minutes stay published; a draft stays one while its new
    /// version waits for review too.
    /// </summary>
    public Meeting Merge(Meeting existing)
    {
        var matches = ItemMatcher.Match(existing.Items, extraction.ActionItems);
        var items = extraction.ActionItems.Select((fresh, k) => matches.TryGetValue(k, out var kept) ? Continue(kept, fresh) : NewItem(fresh));
        return existing with
        {
            ChannelId = upload.ChannelId,
            ConversationReference = upload.ConversationReference,
            Title = Title,
            Date = extraction.Meeting.Date ?? existing.Date,
            Language = extraction.Language,
            Attendees = Attendees(),
            Source = Source(),
            Decisions = Decisions(),
            Items = [.. items],
            NextMeeting = extraction.Meeting.NextMeeting ?? existing.NextMeeting,
            NextMeetingTime = extraction.Meeting.NextMeeting is null ? existing.NextMeetingTime : extraction.Meeting.NextMeetingTime,
            UpdatedAt = now,
            Revision = existing.Revision + 1,
            Draft = existing.Draft && upload.Draft,
        };
    }

    private ActionItem Continue(ActionItem kept, ExtractedAction fresh)
    {
        bool ByHand(ChangeKind kind) => kept.History.Any(c => c.Kind == kind);
        return kept with
        {
            Text = ByHand(ChangeKind.TextEdited) ? kept.Text : fresh.Text,
            Quote = fresh.Quote,
            Section = fresh.Section,
            Owners = ByHand(ChangeKind.Reassigned) ? kept.Owners : Owners(fresh),
            Due = ByHand(ChangeKind.DueChanged) || ByHand(ChangeKind.DueSet) ? kept.Due : fresh.Due,
            Context = fresh.Context,
            Suggestions = Suggestions(fresh),
        };
    }

    private ActionItem NewItem(ExtractedAction fresh) => new(
        FollowupIds.NewId(),
        fresh.Text,
        fresh.Quote,
        fresh.Section,
        Owners(fresh),
        fresh.Due,
        fresh.Status == ExtractedStatus.Done ? ItemStatus.Done : ItemStatus.Open,
        SnoozedUntil: null,
        [new ItemChange(now, upload.Uploader, ChangeKind.Created)])
    {
        Suggestions = Suggestions(fresh),
        Context = fresh.Context,
    };

    private List<OwnerSuggestion> Suggestions(ExtractedAction fresh) =>
        [.. fresh.Suggestions.Select(s => new OwnerSuggestion(_linker.Link(s.Name), s.Reason)).DistinctBy(s => s.Owner.MemberId ?? "name:" + s.Owner.Name)];

    private List<Owner> Owners(ExtractedAction fresh) =>
        [.. fresh.Owners.Where(o => !string.IsNullOrWhiteSpace(o)).Select(_linker.Link).DistinctBy(o => o.MemberId ?? "name:" + o.Name)];

    private List<Attendee> Attendees() =>
        [.. extraction.Meeting.Attendees.Select(p => new Attendee(p.Name, p.Organization, _linker.MemberIdOf(p.Name)))];

    private List<Decision> Decisions() =>
        [.. extraction.Decisions.Select(d => new Decision(FollowupIds.NewId(), d.Text, d.Quote, d.Section))];

    private SourceFile Source() => new(upload.FileName, upload.Link, ContentHash, upload.Content.Length);
}
