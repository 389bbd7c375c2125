using System.Globalization;
using System.Text.Json.Nodes;
using TeamsBot.Teams;

namespace TeamsBot.Bench;

/// <summary>
/// The activities of <c>bench load</c>, in the shapes Teams sends (the recorded payloads of the tests): personal
/// messages, channel messages with and without the bot's mention, <c>adaptiveCard/action</c> invokes, installs,
/// member changes, typing, pasted minutes and <c>file.download.info</c> uploads. Every activity gets a fresh id.
/// </summary>
internal sealed class LoadActivities(string serviceUrl)
{
    private long _sequence;

    public JsonObject Personal(LoadUser user, string text, string locale)
    {
        var activity = Base(ActivityTypes.Message, locale, user, PersonalConversation(user));
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A channel post; with <paramref name="mention"/> it addresses the bot (as Teams writes it: <c>&lt;at&gt;</c> markup and a mention entity).</summary>
    public JsonObject Channel(LoadTeam team, LoadUser user, string text, bool mention, string locale)
    {
        var id = NextMessageId();
        var activity = Base(ActivityTypes.Message, locale, user, ChannelConversation(team, id), team, id);
        activity["text"] = mention ? $"<at>{LoadWorld.BotName}</at> {text}" : text;
        activity["textFormat"] = "plain";
        if (mention)
        {
            ((JsonArray)activity["entities"]!).Insert(0, new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{LoadWorld.BotName}</at>",
                ["mentioned"] = new JsonObject { ["id"] = LoadWorld.BotId, ["name"] = LoadWorld.BotName },
            });
        }

        activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = $"<p>{text}</p>" });
        return activity;
    }

    /// <summary>An <c>Action.Execute</c> clicked on a card in the team's channel.</summary>
    public JsonObject CardAction(LoadTeam team, LoadUser user, string verb, JsonObject data, string locale)
    {
        var activity = Base(ActivityTypes.Invoke, locale, user, ChannelConversation(team, NextMessageId()), team);
        activity["name"] = ActivityTypes.AdaptiveCardAction;
        activity["replyToId"] = NextMessageId();
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = verb, ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The bot added to a team (<c>conversationUpdate</c> in General), or another member joining it.</summary>
    public JsonObject MemberAdded(LoadTeam team, string memberId, LoadUser by)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, "nl-NL", by, new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = LoadWorld.TenantId,
            ["id"] = team.ChannelId,
        }, team);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    /// <summary>The app installed in the user's personal scope.</summary>
    public JsonObject PersonalInstall(LoadUser user)
    {
        var activity = Base(ActivityTypes.InstallationUpdate, "nl-NL", user, PersonalConversation(user));
        activity["action"] = "add";
        return activity;
    }

    public JsonObject Typing(LoadUser user) => Base(ActivityTypes.Typing, "en-US", user, PersonalConversation(user));

    /// <summary>A file sent in personal chat: Teams gives a pre-authorised download address.</summary>
    public JsonObject FileUpload(LoadUser user, string fileName, Uri downloadUrl)
    {
        var activity = Personal(user, string.Empty, "nl-NL");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = ActivityTypes.FileDownloadInfoContentType,
            ["contentUrl"] = downloadUrl.AbsoluteUri,
            ["name"] = fileName,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = downloadUrl.AbsoluteUri,
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(fileName).TrimStart('.'),
            },
        });
        return activity;
    }

    private static JsonObject PersonalConversation(LoadUser user) => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = LoadWorld.TenantId,
        ["id"] = user.PersonalChatId,
    };

    private static JsonObject ChannelConversation(LoadTeam team, string rootId) => new()
    {
        ["isGroup"] = true,
        ["conversationType"] = "channel",
        ["tenantId"] = LoadWorld.TenantId,
        ["id"] = $"{team.ChannelId};messageid={rootId}",
    };

    private string NextMessageId() => (1_760_000_000_000 + Interlocked.Increment(ref _sequence)).ToString(CultureInfo.InvariantCulture);

    private JsonObject Base(string type, string locale, LoadUser from, JsonObject conversation, LoadTeam? team = null, string? id = null)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = LoadWorld.TenantId } };
        if (team is not null)
        {
            channelData["team"] = new JsonObject { ["id"] = team.Id, ["name"] = team.Name, ["aadGroupId"] = team.GroupId };
            channelData["channel"] = new JsonObject { ["id"] = team.ChannelId };
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["timestamp"] = "2025-10-08T17:33:01.430Z",
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = LoadWorld.BotId, ["name"] = LoadWorld.BotName },
            ["conversation"] = conversation,
            ["channelData"] = channelData,
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["platform"] = "Web", ["timezone"] = "Europe/Amsterdam" }),
        };
    }
}
