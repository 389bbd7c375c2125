using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsBot.Followup;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// Takes minutes as they arrive: a file sent in personal chat, minutes pasted as a long message, or a channel post
/// that may carry a file (Teams leaves the file off the activity; the worker asks Graph). Acknowledges personal-chat
/// uploads at once and queues the reading as <c>minutes</c> background work. In a channel it takes only messages that
/// do not mention the bot and look like a file post; mentions belong to the commands.
/// </summary>
public sealed class MinutesUploadHandler(IOptions<IntakeOptions> options, Installations installations, TimeProvider time, ILogger<MinutesUploadHandler> logger) : IActivityHandler
{
    private const int PastedMinimumLines = 5;

    public bool Accepts(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        return activity.Conversation?.ConversationType switch
        {
            "personal" => Files(activity).Count > 0 || LooksLikeMinutes(activity.Text),
            "channel" => activity.ChannelData?.Team?.Id is not null && !MentionsBot(activity) && MayCarryFile(activity),
            _ => false,
        };
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.TenantId is not { } tenantId || activity.From is not { } from || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        var uploaderId = from.AadObjectId ?? from.Id ?? string.Empty;
        var name = from.Name ?? string.Empty;
        if (activity.Conversation.ConversationType == "channel")
        {
            var teamId = activity.ChannelData!.Team!.Id!;
            var channelId = activity.ChannelData.Channel?.Id ?? ThreadReference.ChannelOf(conversationId);
            await QueueAsync(turn, new MinutesWork(MinutesOrigin.ChannelMessage, tenantId, teamId, channelId, uploaderId, name, from.Id,
                GroupId: activity.ChannelData.Team.AadGroupId, MessageId: activity.Id, RootMessageId: ThreadReference.RootMessageId(conversationId)), cancellationToken);
            return;
        }

        try
        {
            await MembershipHandler.RecordPersonalChatAsync(activity, tenantId, installations, time, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store is down: the chat is recorded with the next message; the minutes must not wait for it.
            Log.PersonalChatNotRecorded(logger, activity.Id, ex.GetType().Name);
        }

        var works = Files(activity)
            .Select(f => new MinutesWork(MinutesOrigin.PersonalFile, tenantId, conversationId, conversationId, uploaderId, name, from.Id, f.Name, f.DownloadUrl))
            .ToList();
        if (works.Count == 0)
        {
            var text = activity.Text ?? string.Empty;
            works.Add(new MinutesWork(MinutesOrigin.Pasted, tenantId, conversationId, conversationId, uploaderId, name, from.Id, PastedFileName(text), Text: text));
        }

        // A file of a kind the bot cannot read (.rtf) is refused by the worker in a moment: no "reading" before that.
        if (works.Exists(w => w.Origin == MinutesOrigin.Pasted || MinutesReading.WorthReading(w.FileName ?? string.Empty)))
        {
            await turn.ReplyAsync(turn.Language.Texts.Replies.Reading, cancellationToken);
        }

        foreach (var work in works)
        {
            await QueueAsync(turn, work, cancellationToken);
        }
    }

    /// <summary>A pasted text is minutes-sized: long enough and spread over several lines.</summary>
    public bool LooksLikeMinutes(string? text) =>
        text is not null && text.Length >= options.Value.PastedMinimumLength
        && text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l)) >= PastedMinimumLines;

    /// <summary>The name a pasted text is read under: its first line, made safe, as Markdown.</summary>
    public static string PastedFileName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.Split('\n').Select(l => l.Trim().TrimStart('#').Trim()).FirstOrDefault(l => l.Length > 0) ?? "minutes";
        var safe = new StringBuilder();
        foreach (var c in first)
        {
            safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' ? c : ' ');
        }

        var name = string.Join('-', safe.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (name.Length == 0 ? "minutes" : name[..Math.Min(name.Length, 60)]) + ".md";
    }

    private static List<(string Name, string DownloadUrl)> Files(Activity activity) =>
        [.. (activity.Attachments ?? [])
            .Select(a => (a.Name, Info: a.ReadFileDownloadInfo()))
            .Where(f => f.Info?.DownloadUrl is not null)
            .Select(f => (f.Name ?? "minutes", f.Info!.DownloadUrl!))];

    private static bool MentionsBot(Activity activity) =>
        activity.Entities?.Any(e => e.IsMention && e.Mentioned?.Id is not null && e.Mentioned.Id == activity.Recipient?.Id) == true;

    /// <summary>A file post: its HTML body holds an <c>&lt;attachment&gt;</c> tag, or it has no text at all.</summary>
    private static bool MayCarryFile(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Text)
        || activity.Attachments?.Any(a => a.ContentType == "reference"
            || (a.Content is { ValueKind: JsonValueKind.String } html && html.GetString()!.Contains("<attachment", StringComparison.OrdinalIgnoreCase))) == true;

    private static ValueTask QueueAsync(TurnContext turn, MinutesWork work, CancellationToken cancellationToken) =>
        turn.QueueAsync(MinutesWork.Kind, JsonSerializer.SerializeToElement(work, IntakeJson.Default.MinutesWork), cancellationToken);
}
