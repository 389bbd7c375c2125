using TeamsBot.Cards;
using TeamsBot.Followup;
using TeamsBot.Planner;
using TeamsBot.Reminders;
using TeamsBot.Storage;
using TeamsBot.Texts;

namespace TeamsBot.Teams.Commands;

/// <summary>
/// Answers the commands: "mijn acties" / "my actions", "acties" / "actions", "besluiten …" / "decisions …",
/// "volgende vergadering …" / "next meeting …", "instellingen" / "settings" and "help" / "hulp"; anything else
/// addressed to the bot gets the help card. In a channel or group chat it answers only when mentioned; it still
/// takes the other messages there, silently, so that the built-in fallback does not answer channel chatter.
/// </summary>
public sealed class CommandHandler(
    IServiceProvider services,
    FollowupService followup,
    CommandCards cards,
    MeetingFinder finder,
    TimeProvider time,
    ILogger<CommandHandler> logger) : IActivityHandler
{
    public bool Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!MessageRouting.IsForCommands(activity))
        {
            return activity.Type == ActivityTypes.Message && !MessageRouting.IsPersonal(activity);
        }

        // Text that is no command is another feature's when one takes it; the help card is only for the rest.
        return CommandParser.Parse(activity.TextWithoutBotMention()).Kind != CommandKind.Unknown
            || !services.GetServices<IActivityHandler>().Any(h => h is not CommandHandler && h.Accepts(activity));
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!MessageRouting.IsForCommands(turn.Activity))
        {
            return;
        }

        var text = turn.Activity.TextWithoutBotMention();
        var command = text.Length > CommandParser.MaxLength ? Command.Unknown : CommandParser.Parse(text);
        Log.CommandReceived(logger, command.Kind, turn.Activity.Id);
        ReplyScope? scope = null;
        try
        {
            scope = await ReplyScope.ForAsync(turn.Activity, command.Language, followup, time, cancellationToken);
            await AnswerAsync(turn, scope, command, text.Length > CommandParser.MaxLength, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            // The request does not wait for a store that does not answer: say so now, in the team's language when its
            // settings were read, else in the language of the command's words or the client's.
            Log.CommandWithoutStore(logger, command.Kind, turn.Activity.Id, ex.Message);
            var language = scope?.Language ?? command.Language ?? turn.Language;
            await turn.ReplyAsync(language.Texts.Replies.StorageBusy, cancellationToken);
        }
    }

    private async Task AnswerAsync(TurnContext turn, ReplyScope scope, Command command, bool tooLong, CancellationToken cancellationToken)
    {
        if (tooLong)
        {
            await turn.ReplyAsync(scope.Texts.TooLong, cancellationToken);
            return;
        }

        if (command.Kind is CommandKind.TeamActions or CommandKind.Decisions or CommandKind.NextMeeting or CommandKind.Settings
            && !await cards.IsMemberAsync(turn, scope, cancellationToken))
        {
            await turn.ReplyAsync(scope.Texts.MembersOnly, cancellationToken);
            return;
        }

        switch (command.Kind)
        {
            case CommandKind.MyActions:
                await ReplyAsync(turn, await cards.MyActionsAsync(turn, scope, cancellationToken), cancellationToken);
                break;
            case CommandKind.TeamActions:
                await TeamActionsAsync(turn, scope, cancellationToken);
                break;
            case CommandKind.Decisions:
                await DecisionsAsync(turn, scope, command.Argument, cancellationToken);
                break;
            case CommandKind.NextMeeting:
                await NextMeetingAsync(turn, scope, command.Argument, cancellationToken);
                break;
            case CommandKind.Settings when scope.TeamId is null:
                await turn.ReplyAsync(scope.Texts.OnlyInTeam, cancellationToken);
                break;
            case CommandKind.Settings:
                var plans = PlannerPlans.ForCard(await PlannerPlans.ListAsync(services.GetRequiredService<PlannerSync>(), scope.TenantId, scope.TeamId, cancellationToken));
                var settings = await followup.GetSettingsAsync(scope.TenantId, scope.TeamId, cancellationToken);   // a refusal was just recorded
                await ReplyAsync(turn, SettingsCard.Build(FollowupViews.Settings(settings, plans), scope.Card()), cancellationToken);
                break;
            default:
                await turn.ReplyAsync(CommandCards.Message(turn, CommandCards.Help(scope)) with { Text = scope.Texts.HelpLead, TextFormat = "plain" }, cancellationToken);
                break;
        }
    }

    private static Task<ResourceResponse> ReplyAsync(TurnContext turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        turn.ReplyAsync(CommandCards.Message(turn, card), cancellationToken);

    private async Task TeamActionsAsync(TurnContext turn, ReplyScope scope, CancellationToken cancellationToken)
    {
        if (await cards.TeamItemsAsync(turn, scope, cancellationToken) is { } card)
        {
            await ReplyAsync(turn, card, cancellationToken);
        }
        else
        {
            await turn.ReplyAsync(scope.Texts.NoTeamsYet, cancellationToken);
        }
    }

    private async Task DecisionsAsync(TurnContext turn, ReplyScope scope, string words, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> teams = scope.TeamId is { } teamId ? [teamId] : await finder.UserTeamsAsync(scope, cancellationToken);
        if (teams.Count == 0)
        {
            await turn.ReplyAsync(scope.Texts.NoTeamsYet, cancellationToken);
            return;
        }

        var hits = new List<DecisionHit>();
        foreach (var team in teams)
        {
            hits.AddRange(await followup.SearchDecisionsAsync(scope.TenantId, team, words, cancellationToken));
        }

        await ReplyAsync(turn, DecisionsCard.Build(words, FollowupViews.DecisionHits(hits), scope.Card()), cancellationToken);
    }

    private async Task NextMeetingAsync(TurnContext turn, ReplyScope scope, string argument, CancellationToken cancellationToken)
    {
        if (scope.TeamId is not { } teamId)
        {
            await turn.ReplyAsync(scope.Texts.OnlyInTeam, cancellationToken);
            return;
        }

        var language = scope.Language.Code;
        var parsed = NextMeetingCommand.Parse(argument, scope.Today, language);
        if (parsed.Cadence is not null)
        {
            var rhythm = argument.Trim();
            var saved = await followup.UpdateSettingsAsync(scope.TenantId, teamId, s => s with { Cadence = rhythm, NextMeetingAt = null }, cancellationToken);
            var cards = scope.Language.Texts.Cards;
            var next = NextMeetings.Of(saved, time.GetUtcNow()) is { } start
                ? parsed.Cadence.Time is null ? CardDates.Day(DateOnly.FromDateTime(start), cards, DateOnly.MinValue) : CardDates.DayAndTime(start, cards, DateOnly.MinValue)
                : null;
            await turn.ReplyAsync(scope.Texts.RhythmSaved(rhythm, next), cancellationToken);
            return;
        }

        if (parsed.Date is not { } date)
        {
            await turn.ReplyAsync(scope.Texts.NextMeetingUnreadable, cancellationToken);
            return;
        }

        var when = date.ToDateTime(parsed.Time ?? TimeOnly.MinValue);
        if (date < scope.Today)
        {
            await turn.ReplyAsync(scope.Texts.NextMeetingPast, cancellationToken);
            return;
        }

        await followup.UpdateSettingsAsync(scope.TenantId, teamId, s => s with { NextMeetingAt = when }, cancellationToken);
        var strings = scope.Language.Texts.Cards;
        var words = parsed.Time is null ? CardDates.Day(date, strings, DateOnly.MinValue) : CardDates.DayAndTime(when, strings, DateOnly.MinValue);
        await turn.ReplyAsync(scope.Texts.NextMeetingSaved(words), cancellationToken);
    }
}
