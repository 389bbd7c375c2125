using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TeamsBot.Cards;
using TeamsBot.Teams;
using TeamsBot.Texts;

namespace TeamsBot.Bench;

/// <summary>
/// The Bot Connector and a file host on 127.0.0.1 for <c>bench load</c>: takes every activity the bot posts and
/// counts it, remembers which inbound activity each reply answers (and when a review card arrived), answers roster
/// and team-details requests from the rosters it was given, and serves files for personal-chat downloads.
/// </summary>
internal sealed class LoadConnectorStub : IAsyncDisposable
{
    private static readonly byte[] ReviewVerb = Encoding.UTF8.GetBytes(CardVerbs.ReviewPublish);
    private static readonly byte[][] Apologies = [.. TextTables.All.Select(t => Encoding.UTF8.GetBytes(t.Replies.Apology))];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _replies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _reviewCards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonArray> _rosters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private long _posts;
    private long _apologies;
    private long _opened;

    private LoadConnectorStub(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The <c>serviceUrl</c> the bench's activities carry.</summary>
    public string ServiceUrl => new Uri(BaseUrl, "_connector").AbsoluteUri;

    /// <summary>Every POST and PUT of an activity (replies, proactive messages, updates).</summary>
    public long Posts => Interlocked.Read(ref _posts);

    /// <summary>Activities that carried the bot's apology: a handler failed.</summary>
    public long ApologiesReceived => Interlocked.Read(ref _apologies);

    public static async Task<LoadConnectorStub> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new LoadConnectorStub(builder.Build());
        stub.Map();
        await stub._app.StartAsync(cancellationToken);
        var address = stub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("The loopback connector has no address.");
        stub.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>The members the connector lists for a team (its paged roster).</summary>
    public void SetRoster(string teamId, IEnumerable<LoadUser> members) =>
        _rosters[teamId] = [.. members.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.TeamsId,
            ["name"] = m.Name,
            ["aadObjectId"] = m.AadObjectId,
            ["email"] = m.Email,
        })];

    /// <summary>Serves <paramref name="content"/> at <c>/files/{name}</c> and returns its address.</summary>
    public Uri AddFile(string name, byte[] content)
    {
        _files[name] = content;
        return new Uri(BaseUrl, "files/" + Uri.EscapeDataString(name));
    }

    /// <summary>How many activities the bot posted in reply to the inbound activity with this id.</summary>
    public int RepliesTo(string activityId) => _replies.GetValueOrDefault(activityId);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the review card answering this activity arrived.</summary>
    public long? ReviewCardFor(string activityId) => _reviewCards.TryGetValue(activityId, out var at) ? at : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        const string conversation = "/_connector/v3/conversations/{conversationId}";
        _app.MapPost("/_connector/v3/conversations", () =>
            Results.Json(new JsonObject { ["id"] = "a:opened-" + Interlocked.Increment(ref _opened).ToString(CultureInfo.InvariantCulture) }, statusCode: 201));
        _app.MapPost(conversation + "/activities/{activityId}", async (HttpContext context, string activityId) => await TakeAsync(context, activityId));
        _app.MapPost(conversation + "/activities", async (HttpContext context) => await TakeAsync(context, null));
        _app.MapPut(conversation + "/activities/{activityId}", async (HttpContext context, string activityId) => await TakeAsync(context, null, activityId));
        _app.MapGet(conversation + "/pagedmembers", (string conversationId) =>
            _rosters.TryGetValue(conversationId, out var members)
                ? Results.Json(new JsonObject { ["members"] = members.DeepClone() })
                : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ConversationNotFound" } }, statusCode: 404));
        _app.MapGet("/_connector/v3/teams/{teamId}", (string teamId) => Results.Json(new JsonObject { ["id"] = teamId, ["name"] = teamId }));
        _app.MapGet("/files/{name}", (string name) =>
            _files.TryGetValue(name, out var content) ? Results.Bytes(content, "application/octet-stream") : Results.NotFound());
    }

    private async Task<IResult> TakeAsync(HttpContext context, string? replyTo, string? updated = null)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var arrived = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _posts);
        foreach (var apology in Apologies)
        {
            if (body.IndexOf(apology) >= 0)
            {
                Interlocked.Increment(ref _apologies);
            }
        }

        if (replyTo is not null)
        {
            _replies.AddOrUpdate(replyTo, 1, (_, count) => count + 1);
            if (body.IndexOf(ReviewVerb) >= 0)
            {
                _reviewCards.TryAdd(replyTo, arrived);
            }
        }

        var id = updated ?? "stub-" + Interlocked.Read(ref _posts).ToString(CultureInfo.InvariantCulture);
        return Results.Json(new JsonObject { ["id"] = id }, statusCode: updated is null ? 201 : 200);
    }
}
