namespace TeamsBot.Followup;

/// <summary>
/// A team's meetings with what recognises a new upload as one of them. The identity rule, strongest first:
/// the same bytes (nothing to do); the same title and date; otherwise, when the dates do not contradict each other,
/// the same file link or the same file name. Different dates always mean different meetings, so a file name reused
/// every week ("notulen.docx") does not overwrite last week's meeting.
/// </summary>
internal sealed record TeamCatalogue(IReadOnlyList<CatalogueEntry> Meetings)
{
    public static TeamCatalogue Empty { get; } = new([]);

    public CatalogueEntry? WithContent(string contentHash) => Meetings.FirstOrDefault(e => e.ContentHash == contentHash);

    public CatalogueEntry? SameMeeting(CatalogueEntry upload)
    {
        var sameTitleAndDate = Meetings.LastOrDefault(e =>
            upload.Date is not null && e.Date == upload.Date && upload.TitleKey.Length > 0 && e.TitleKey == upload.TitleKey);
        return sameTitleAndDate ?? Meetings.LastOrDefault(e =>
            !(upload.Date is not null && e.Date is not null && e.Date != upload.Date)
            && ((!string.IsNullOrEmpty(upload.Link) && string.Equals(e.Link, upload.Link, StringComparison.OrdinalIgnoreCase))
                || string.Equals(e.FileName, upload.FileName, StringComparison.OrdinalIgnoreCase)));
    }

    public TeamCatalogue With(CatalogueEntry entry) => new([.. Meetings.Where(e => e.MeetingId != entry.MeetingId), entry]);

    public TeamCatalogue Without(string meetingId) => new([.. Meetings.Where(e => e.MeetingId != meetingId)]);
}

internal sealed record CatalogueEntry(string MeetingId, string TitleKey, DateOnly? Date, string FileName, string? Link, string ContentHash)
{
    public static CatalogueEntry Of(Meeting meeting) =>
        new(meeting.Id, TitleKeyOf(meeting.Title), meeting.Date, meeting.Source.Name, meeting.Source.Link, meeting.Source.ContentHash);

    public static string TitleKeyOf(string title) => string.Join(' ', TextFolding.Words(title));
}

/// <summary>
/// One user's open items, grouped by meeting, each group stamped with the meeting revision it was taken from, so
/// that a late writer carrying an older revision cannot overwrite a newer state. A forgotten meeting leaves an empty
/// group with the highest revision (a tombstone without personal data).
/// </summary>
internal sealed record UserItemsIndex(IReadOnlyDictionary<string, IndexedMeeting> Meetings)
{
    public static UserItemsIndex Empty { get; } = new(new Dictionary<string, IndexedMeeting>());
}

internal sealed record IndexedMeeting(long Revision, IReadOnlyList<OpenItem> Items);
