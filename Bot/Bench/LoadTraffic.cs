using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Cards;

namespace TeamsBot.Bench;

/// <summary>What a load request is, for the latency table and for what counts as answered.</summary>
internal enum LoadKind
{
    PersonalCommand,
    ChannelCommand,
    CardAction,
    IgnoredMessage,
    Other,
    Upload,
}

/// <summary>One activity to post: its kind, id and JSON body, and what a correct invoke answer contains.</summary>
internal sealed record LoadRequest(LoadKind Kind, string ActivityId, byte[] Body, byte[]? AnswerMustContain = null);

/// <summary>An open action item of a stored meeting, for the item buttons.</summary>
internal sealed record LoadItem(LoadTeam Team, string MeetingId, string ItemId);

/// <summary>
/// The mixed activity of a working day, in a fixed repeating pattern of twenty: ten commands (half in personal chat,
/// half as channel mentions), five item buttons (done, snooze, reopen on real items), three channel messages the bot
/// must leave alone, one member joining a team and one typing indicator. Seeded, so every run sends the same traffic.
/// </summary>
internal sealed class LoadTraffic(LoadWorld world, LoadActivities activities, IReadOnlyList<LoadItem> items)
{
    private static readonly LoadKind[] Pattern =
    [
        LoadKind.PersonalCommand, LoadKind.CardAction, LoadKind.ChannelCommand, LoadKind.IgnoredMessage, LoadKind.PersonalCommand,
        LoadKind.ChannelCommand, LoadKind.CardAction, LoadKind.Other, LoadKind.PersonalCommand, LoadKind.ChannelCommand,
        LoadKind.IgnoredMessage, LoadKind.CardAction, LoadKind.PersonalCommand, LoadKind.ChannelCommand, LoadKind.CardAction,
        LoadKind.IgnoredMessage, LoadKind.PersonalCommand, LoadKind.Other, LoadKind.ChannelCommand, LoadKind.CardAction,
    ];

    private static readonly (string Text, string Locale)[] PersonalCommands =
    [
        ("mijn acties", "nl-NL"), ("my actions", "en-US"), ("acties", "nl-NL"), ("besluiten begroting", "nl-NL"), ("help", "en-US"), ("open actions", "en-US"),
    ];

    private static readonly (string Text, string Locale)[] ChannelCommands =
    [
        ("mijn acties", "nl-NL"), ("acties", "nl-NL"), ("besluiten begroting", "nl-NL"), ("help", "en-US"), ("my actions", "en-US"),
    ];

    private static readonly string[] Chatter =
    [
        "Goedemorgen allemaal!", "Wie heeft de sleutel van kamer 2.14?", "Thanks, see you tomorrow", "Ik ben vandaag wat later.",
    ];

    private static readonly string[] ItemVerbs = [CardVerbs.ItemDone, CardVerbs.ItemSnooze, CardVerbs.ItemReopen];

    private readonly Random _random = new(20251008);
    private int _sent;

    public IReadOnlyDictionary<LoadKind, double> Shares { get; } =
        Enum.GetValues<LoadKind>().ToDictionary(k => k, k => Pattern.Count(p => p == k) / (double)Pattern.Length);

    /// <summary>The next activity of the mix (call from one thread: the generator is seeded, not shared).</summary>
    public LoadRequest Next()
    {
        var kind = Pattern[_sent++ % Pattern.Length];
        if (kind == LoadKind.CardAction)
        {
            var item = Pick(items);
            var click = CardAction(item);
            // The refreshed summary card lists the meeting's items; a notice ("not found", "not a member") does not.
            return new LoadRequest(kind, (string)click["id"]!, Encoding.UTF8.GetBytes(click.ToJsonString()), Encoding.UTF8.GetBytes(item.ItemId));
        }

        var activity = kind switch
        {
            LoadKind.PersonalCommand => PersonalCommand(),
            LoadKind.ChannelCommand => ChannelCommand(),
            LoadKind.IgnoredMessage => Ignored(),
            _ => OtherActivity(),
        };
        return new LoadRequest(kind, (string)activity["id"]!, Encoding.UTF8.GetBytes(activity.ToJsonString()));
    }

    private T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];

    private JsonObject PersonalCommand()
    {
        var (text, locale) = Pick(PersonalCommands);
        return activities.Personal(Pick(world.Users), text, locale);
    }

    private JsonObject ChannelCommand()
    {
        var team = Pick(world.Teams);
        var (text, locale) = Pick(ChannelCommands);
        return activities.Channel(team, Pick(team.Members), text, mention: true, locale);
    }

    private JsonObject CardAction(LoadItem item)
    {
        var verb = Pick(ItemVerbs);
        var data = new JsonObject { [CardVerbs.MeetingId] = item.MeetingId, [CardVerbs.ItemId] = item.ItemId };
        if (verb == CardVerbs.ItemSnooze)
        {
            data[CardVerbs.Until] = CardVerbs.UntilWeek;
        }

        return activities.CardAction(item.Team, Pick(item.Team.Members), verb, data, "nl-NL");
    }

    private JsonObject Ignored()
    {
        var team = Pick(world.Teams);
        return activities.Channel(team, Pick(team.Members), Pick(Chatter), mention: false, "nl-NL");
    }

    private JsonObject OtherActivity()
    {
        if (_random.Next(2) == 0)
        {
            return activities.Typing(Pick(world.Users));
        }

        var team = Pick(world.Teams);
        return activities.MemberAdded(team, Pick(team.Members).TeamsId, Pick(team.Members));
    }
}
