using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using TeamsBot.Followup;
using TeamsBot.Storage;

namespace TeamsBot.Reminders;

public sealed partial class ReminderRound
{
    /// <summary>The series a meeting belongs to: its title folded (case, diacritics, digits, punctuation), hashed.</summary>
    public static string SeriesId(string title)
    {
        var folded = new StringBuilder();
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (folded.Length > 0 && folded[^1] != ' ' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(' ');
            }
        }

        return TenantKeys.Hash("series", folded.ToString().Trim());
    }

    /// <summary>The id the planner knows an item by: unique across the meetings of a series.</summary>
    private static string ItemKey(OpenItem item) => item.MeetingId + "/" + item.ItemId;

    /// <summary>The planner's name for an owner: the member id, else the name as the minutes give it.</summary>
    private static string OwnerKey(Owner owner) => owner.Kind switch
    {
        OwnerKind.Member when owner.MemberId is not null => "member:" + owner.MemberId,
        OwnerKind.Group => "group:" + owner.Name,
        _ => "name:" + owner.Name,
    };

    /// <summary>What is due now for one team.</summary>
    private sealed class TeamPlanning(ReminderRound round, TeamInstallation team, ConcurrentDictionary<string, Task<PersonalChat?>> chats)
    {
        // The resolver and planner see the same instant as the "due now" filter, or a missed send time moved to "now"
        // by the planner would land just after this round's now and never be due.
        private readonly FrozenClock _frozen = new(round._time.GetUtcNow());

        private DateTimeOffset Now => _frozen.GetUtcNow();

        public async Task<List<Delivery>> PlanAsync(CancellationToken cancellationToken)
        {
            var open = await round._followup.ListTeamOpenItemsAsync(team.TenantId, team.TeamId, includeSnoozed: true, cancellationToken).ConfigureAwait(false);
            if (open.Count == 0)
            {
                return [];
            }

            var settings = await round._followup.GetSettingsAsync(team.TenantId, team.TeamId, cancellationToken).ConfigureAwait(false);
            var policy = round._options.SettingsFor(settings with { ReminderLeadDays = Math.Min(settings.ReminderLeadDays, 20) });
            var meetings = new List<Meeting>();
            foreach (var id in open.Select(i => i.MeetingId).Distinct(StringComparer.Ordinal))
            {
                if (await round._followup.GetMeetingAsync(team.TenantId, team.TeamId, id, cancellationToken).ConfigureAwait(false) is { } meeting)
                {
                    meetings.Add(meeting);
                }
            }

            var calendar = await CalendarAsync(cancellationToken).ConfigureAwait(false);
            var cadence = settings.Cadence is { } rhythm ? CadenceParser.Parse(rhythm, settings.Language) : null;
            var deliveries = new List<Delivery>();
            foreach (var series in meetings.GroupBy(m => SeriesId(m.Title), StringComparer.Ordinal))
            {
                var inputs = new SeriesInputs(series.Key, [.. series], open, policy, calendar, cadence);
                deliveries.AddRange(await PlanSeriesAsync(inputs, cancellationToken).ConfigureAwait(false));
            }

            return deliveries;
        }

        private async Task<List<Delivery>> PlanSeriesAsync(SeriesInputs series, CancellationToken cancellationToken)
        {
            var latest = series.Meetings.MaxBy(m => (m.Date ?? DateOnly.FromDateTime(m.UploadedAt.UtcDateTime), m.UploadedAt))!;
            var ids = series.Meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            // The planner lists items in the minutes' order: oldest meeting first, then as the minutes have them.
            var order = series.Meetings
                .OrderBy(m => m.Date ?? DateOnly.FromDateTime(m.UploadedAt.UtcDateTime))
                .SelectMany(m => m.Items.Select(i => m.Id + "/" + i.Id))
                .Select((key, index) => (key, index))
                .ToDictionary(p => p.key, p => p.index, StringComparer.Ordinal);
            var items = series.Open.Where(i => ids.Contains(i.MeetingId)).OrderBy(i => order.GetValueOrDefault(ItemKey(i), int.MaxValue)).ToList();
            var resolution = new NextMeetingResolver(_frozen, series.Policy).Resolve(new NextMeetingInputs
            {
                Title = latest.Title,
                Calendar = series.Calendar,
                StatedDate = latest.NextMeeting,
                StatedTime = latest.NextMeetingTime,
                Cadence = series.Cadence,
                LastMeeting = latest.Date,
            });

            var owners = new Dictionary<string, Owner>(StringComparer.Ordinal);
            string Remember(Owner owner)
            {
                owners.TryAdd(OwnerKey(owner), owner);
                return OwnerKey(owner);
            }

            var planned = items.Select(i => new ReminderItem(ItemKey(i), [.. i.Owners.Select(Remember)], i.Due, ReminderItemStatus.Open, i.SnoozedUntil)).ToList();
            var minuteTaker = items.Any(i => i.Owners.Count == 0) ? Remember(Owner.Member(latest.Uploader.UserId, latest.Uploader.Name)) : null;

            var chatOf = new Dictionary<string, PersonalChat?>(StringComparer.Ordinal);
            foreach (var (key, owner) in owners.Where(o => o.Value.Kind == OwnerKind.Member && o.Value.MemberId is not null))
            {
                chatOf[key] = await chats.GetOrAdd(owner.MemberId!, id => round._installations.GetPersonalChatAsync(team.TenantId, id, CancellationToken.None)).ConfigureAwait(false);
            }

            var zones = chatOf.Where(c => c.Value?.TimeZone is not null).ToDictionary(c => c.Key, c => c.Value!.TimeZone!, StringComparer.Ordinal);
            var plan = new ReminderPlanner(_frozen, series.Policy).Plan(planned, resolution.Meeting, minuteTaker, zones);
            if (plan.MeetingPassed)
            {
                return [];
            }

            var byKey = items.ToDictionary(ItemKey, StringComparer.Ordinal);
            var deliveries = new List<Delivery>();
            foreach (var ping in plan.Pings.Where(p => p.SendAt <= Now))
            {
                var owner = owners[ping.Owner];
                if (owner.Kind == OwnerKind.Group)
                {
                    continue;
                }

                var listed = ping.Items.Select(id => byKey[id]).ToList();
                var occasion = ping.Reason == PingReason.NextMeeting && plan.NextMeeting is { } next
                    ? next.LocalDate
                    : listed.Select(i => i.Due).Min() ?? DateOnly.FromDateTime(Now.UtcDateTime);
                var kind = ping.Reason == PingReason.NextMeeting ? DeliveryKind.NextMeeting : DeliveryKind.Due;
                var key = new ReminderKey(team.TenantId, team.TeamId, series.Id, occasion, ping.Owner, kind);
                deliveries.Add(new Delivery(key, team, latest.ConversationReference, latest.ChannelId, owner, chatOf.GetValueOrDefault(ping.Owner), ping, null, listed));
            }

            if (plan.CarryOver is { } post && post.SendAt <= Now && plan.NextMeeting is { } meeting)
            {
                var key = new ReminderKey(team.TenantId, team.TeamId, series.Id, meeting.LocalDate, "", DeliveryKind.CarryOver);
                deliveries.Add(new Delivery(key, team, latest.ConversationReference, team.ChannelId, null, null, null, post, [.. post.Items.Select(id => byKey[id])]));
            }

            return deliveries;
        }

        /// <summary>The team's calendar ahead; none without a Graph group id, a calendar source, or when Graph fails (the next source decides).</summary>
        private async Task<IReadOnlyList<CalendarOccurrence>> CalendarAsync(CancellationToken cancellationToken)
        {
            if (round._calendar is null || string.IsNullOrEmpty(team.GroupId))
            {
                return [];
            }

            try
            {
                return await round._calendar.OccurrencesAsync(team.GroupId, Now, Now + round._options.CalendarWindow, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.CalendarFailed(round._logger, ex, team.TeamId);
                return [];
            }
        }
    }

    /// <summary>The clock standing still at the round's moment of planning.</summary>
    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed record SeriesInputs(
        string Id,
        IReadOnlyList<Meeting> Meetings,
        IReadOnlyList<OpenItem> Open,
        ReminderSettings Policy,
        IReadOnlyList<CalendarOccurrence> Calendar,
        Cadence? Cadence);
}
