using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TeamsBot.Texts;

namespace TeamsBot.Cards;

/// <summary>
/// Turns the verb and data of an <c>adaptiveCard/action</c> invoke into a typed <see cref="CardAction"/>, and refuses
/// anything our cards cannot have sent: unknown verbs, missing or mistyped fields, ids with odd characters, text
/// beyond the inputs' limits. Whether the user may act on the meeting is for the caller to check.
/// </summary>
public static partial class CardActionParser
{
    public const int MaxIdLength = 128;
    public const int MaxItemTextLength = 500;
    public const int MaxReviewItems = 100;

    public static bool TryParse(string? verb, JsonElement data, [NotNullWhen(true)] out CardAction? action, out string error)
    {
        action = null;
        if (data.ValueKind != JsonValueKind.Object)
        {
            error = "data is not an object";
            return false;
        }

        var reader = new DataReader(data);
        action = verb switch
        {
            CardVerbs.ItemDone => new ItemDone(reader.Id(CardVerbs.MeetingId), reader.ItemId()),
            CardVerbs.ItemReopen => new ItemReopen(reader.Id(CardVerbs.MeetingId), reader.ItemId()),
            CardVerbs.ItemSnooze => new ItemSnooze(reader.Id(CardVerbs.MeetingId), reader.ItemId(), reader.Until()),
            CardVerbs.ItemHandOverPick => new ItemHandOverPick(reader.Id(CardVerbs.MeetingId), reader.ItemId()),
            CardVerbs.ItemHandOver => new ItemHandOver(reader.Id(CardVerbs.MeetingId), reader.ItemId(), reader.Id(CardVerbs.MemberId)),
            CardVerbs.ItemTake => new ItemTake(reader.Id(CardVerbs.MeetingId), reader.ItemId()),
            CardVerbs.OwnerLinkPick => new OwnerLinkPick(reader.Id(CardVerbs.MeetingId), reader.ItemId(), reader.Number(CardVerbs.Owner, 0, 99)),
            CardVerbs.OwnerLink => new OwnerLink(reader.Id(CardVerbs.MeetingId), reader.ItemId(), reader.Number(CardVerbs.Owner, 0, 99), reader.Id(CardVerbs.MemberId)),
            CardVerbs.ReviewPublish => Review(ReviewStep.Publish, reader, data),
            CardVerbs.ReviewPage => Review(ReviewStep.Page, reader, data),
            CardVerbs.ReviewAdd => Review(ReviewStep.Add, reader, data),
            CardVerbs.ReviewAssign => Review(ReviewStep.Assign, reader, data),
            CardVerbs.ReviewDiscard => Review(ReviewStep.Discard, reader, data),
            CardVerbs.SettingsSave => Settings(reader),
            CardVerbs.Refresh => new CardRefresh(reader.View(), reader.OptionalId(CardVerbs.MeetingId)),
            _ => reader.Fail($"unknown verb '{Shorten(verb)}'"),
        };

        error = reader.Error ?? string.Empty;
        if (reader.Error is not null)
        {
            action = null;
            return false;
        }

        return action is not null;
    }

    private static ReviewSubmit Review(ReviewStep step, DataReader reader, JsonElement data)
    {
        var meetingId = reader.Id(CardVerbs.MeetingId);
        var page = reader.Number(CardVerbs.Page, 0, 999);
        var ids = reader.String(CardVerbs.Items, MaxReviewItems * (MaxIdLength + 1))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > MaxReviewItems || ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            reader.Fail("items lists too many or repeated ids");
        }

        var edits = new List<ReviewEdit>(ids.Length);
        foreach (var id in ids)
        {
            reader.CheckItemId(id);
            edits.Add(new ReviewEdit(
                id,
                reader.String(CardVerbs.ItemTextInput(id), MaxItemTextLength),
                reader.OwnerChoice(CardVerbs.ItemOwnerInput(id)),
                reader.Date(CardVerbs.ItemDueInput(id)),
                reader.Flag(CardVerbs.ItemRemoveInput(id))));
        }

        ReviewNewItem? newItem = null;
        if (step == ReviewStep.Add)
        {
            var text = reader.String(CardVerbs.NewText, MaxItemTextLength).Trim();
            if (text.Length == 0)
            {
                reader.Fail("the new item has no text");
            }

            newItem = new ReviewNewItem(text, reader.OwnerChoice(CardVerbs.NewOwner), reader.Date(CardVerbs.NewDue));
        }

        ReviewAssign? assign = null;
        if (step == ReviewStep.Assign)
        {
            var itemId = reader.ItemId();
            if (!ids.Contains(itemId, StringComparer.Ordinal))
            {
                reader.Fail("the assigned item is not on the page");
            }

            assign = new ReviewAssign(itemId, reader.Id(CardVerbs.MemberId));
        }

        var confirmed = data.TryGetProperty(CardVerbs.Confirmed, out _) && reader.Flag(CardVerbs.Confirmed);
        return new ReviewSubmit(step, meetingId, page, edits, newItem, confirmed, assign) { Followups = Followups(reader) };
    }

    /// <summary>The answers to the proposals, when the card showed them: each a known choice, for a position the card had.</summary>
    private static ReviewFollowups? Followups(DataReader reader)
    {
        if (!reader.Has(CardVerbs.Followups))
        {
            return null;
        }

        var count = reader.Number(CardVerbs.Followups, 1, MaxReviewItems);
        var choices = new Dictionary<int, CardFollowupStatus>();
        for (var i = 0; i < count; i++)
        {
            var id = CardVerbs.FollowupInput(i);
            if (!reader.Has(id))
            {
                continue;
            }

            choices[i] = reader.String(id, 8) switch
            {
                CardVerbs.FollowupDone => CardFollowupStatus.Done,
                CardVerbs.FollowupOpen => CardFollowupStatus.Open,
                CardVerbs.FollowupDropped => CardFollowupStatus.Dropped,
                CardVerbs.FollowupKeep => CardFollowupStatus.Unchanged,
                _ => reader.Fail($"{id} is not a choice of the card", CardFollowupStatus.Unchanged),
            };
        }

        return new ReviewFollowups(count, choices);
    }

    private static SettingsSave Settings(DataReader reader)
    {
        var zone = reader.String(CardVerbs.TimeZone, 64);
        if (!CardTimeZones.IsOffered(zone))
        {
            reader.Fail("timeZone is not one of the offered zones");
        }

        var code = reader.String(CardVerbs.Language, 2);
        var language = TextTables.Find(code) is { } table ? table.Language : reader.Fail("language has no text table", Language.Nl);
        return new SettingsSave(new CardSettings(reader.Flag(CardVerbs.ReviewFirst), reader.Number(CardVerbs.LeadDays, 0, 10), zone, language)
        {
            Planner = reader.Has(CardVerbs.PlannerOn) ? new CardPlanner(reader.Flag(CardVerbs.PlannerOn), PlanChoice(reader), [], false) : null,
        });
    }

    /// <summary>A plan id as Graph writes them (letters, digits, '-' and '_'), or the bot's own plan.</summary>
    private static string PlanChoice(DataReader reader)
    {
        var plan = reader.Has(CardVerbs.PlannerPlan) ? reader.String(CardVerbs.PlannerPlan, 64) : CardPlanner.NewPlan;
        return ItemIdPattern().IsMatch(plan) ? plan : reader.Fail("plannerPlan is not a plan id", CardPlanner.NewPlan);
    }

    private static string Shorten(string? text) => text is null ? "(none)" : CardText.Plain(text, 40);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    internal static partial Regex ItemIdPattern();

    /// <summary>Reads fields; the first problem is kept in <see cref="Error"/> and later reads return harmless defaults.</summary>
    private sealed class DataReader(JsonElement data)
    {
        public string? Error { get; private set; }

        public CardAction? Fail(string error) => Fail<CardAction?>(error, null);

        public T Fail<T>(string error, T fallback)
        {
            Error ??= error;
            return fallback;
        }

        public string Id(string name)
        {
            var value = String(name, MaxIdLength);
            if (value.Length == 0 || value.Any(char.IsControl))
            {
                Fail($"{name} is empty or has control characters");
            }

            return value;
        }

        public string? OptionalId(string name) => data.TryGetProperty(name, out _) ? Id(name) : null;

        public bool Has(string name) => data.TryGetProperty(name, out _);

        public string ItemId()
        {
            var id = String(CardVerbs.ItemId, 64);
            CheckItemId(id);
            return id;
        }

        public void CheckItemId(string id)
        {
            if (!ItemIdPattern().IsMatch(id))
            {
                Fail("an item id has characters other than letters, digits, '-' and '_'");
            }
        }

        public string String(string name, int maxLength)
        {
            if (!data.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return Fail($"{name} is missing or not a string", string.Empty);
            }

            var text = value.GetString() ?? string.Empty;
            return text.Length <= maxLength ? text : Fail($"{name} is longer than {maxLength}", string.Empty);
        }

        // Inputs arrive as strings; our own data fields as numbers. Both are accepted.
        public int Number(string name, int min, int max)
        {
            if (data.TryGetProperty(name, out var value))
            {
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
                {
                    return number;
                }

                if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max)
                {
                    return number;
                }
            }

            return Fail($"{name} is missing or not a whole number from {min} to {max}", min);
        }

        public bool Flag(string name) => String(name, 5) switch
        {
            "true" => true,
            "false" => false,
            _ => Fail($"{name} is not true or false", false),
        };

        public DateOnly? Date(string name)
        {
            if (!data.TryGetProperty(name, out var value) || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
            {
                return null;
            }

            var text = String(name, 10);
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Fail<DateOnly?>($"{name} is not a date (yyyy-MM-dd)", null);
        }

        public ReviewOwner OwnerChoice(string name)
        {
            var value = String(name, MaxIdLength + CardVerbs.OwnerMemberPrefix.Length);
            if (value == CardVerbs.OwnerKeep)
            {
                return new ReviewOwner(ReviewOwnerKind.Keep);
            }

            if (value is CardVerbs.OwnerNobody or "")
            {
                return new ReviewOwner(ReviewOwnerKind.Nobody);
            }

            if (value.StartsWith(CardVerbs.OwnerMemberPrefix, StringComparison.Ordinal) && value.Length > CardVerbs.OwnerMemberPrefix.Length && !value.Any(char.IsControl))
            {
                return new ReviewOwner(ReviewOwnerKind.Member, value[CardVerbs.OwnerMemberPrefix.Length..]);
            }

            return Fail($"{name} is not an owner choice", new ReviewOwner(ReviewOwnerKind.Keep));
        }

        public SnoozeUntil Until() => String(CardVerbs.Until, 16) switch
        {
            CardVerbs.UntilWeek => SnoozeUntil.Week,
            CardVerbs.UntilNextMeeting => SnoozeUntil.NextMeeting,
            _ => Fail("until is not 'week' or 'nextMeeting'", SnoozeUntil.Week),
        };

        public CardView View()
        {
            var name = String(CardVerbs.View, 16);
            return Enum.GetValues<CardView>().Where(v => CardVerbs.ViewName(v) == name).Select(v => (CardView?)v).FirstOrDefault()
                ?? Fail("view is not a card view", CardView.Summary);
        }
    }
}
