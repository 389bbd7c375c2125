using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Followup;
using TeamsBot.Reminders;
using TeamsBot.Storage;
using TeamsBot.Tests.Followup;
using Xunit.Abstractions;
using TeamsBot.Extraction;

namespace TeamsBot.Tests.Hardening;

/// <summary>
/// The real Bot.dll killed (whole process tree) in the middle of a reminder round, then started again on the same
/// folder. One team, 30 owners with a personal chat each, a meeting whose next meeting is today: every owner's ping
/// and the channel's carry-over post are due at once. The stand-in connector answers the first sends and then leaves
/// the others hanging; process 1 is killed while they hang (unanswered, so not delivered), after the answered ones are
/// marked sent. Process 2 waits out the dead instance's pacing lease and claims (10 s), then delivers the rest:
/// every recipient gets exactly one message across both processes, none lost, none doubled.
/// Not covered, because no test can make it hold: a send Teams answered whose claim the killed process had not yet
/// marked sent is sent again after the lease (the connector has no idempotency key; see <see cref="ReminderClaims"/>).
/// The test waits for the answered claims to be marked before it kills, so it exercises the unanswered case only.
/// </summary>
public sealed class KillReminderRoundTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const string Tenant = "tenant-kill-reminders";
    private const string Team = "19:kill-reminders@thread.tacv2";
    private const string Channel = "19:kill-reminders-general@thread.tacv2";
    private const int Owners = 30;
    private const int AnsweredBeforeKill = 12;
    private readonly KillScene _scene = new("kill-reminders-");
    private readonly ConcurrentDictionary<string, int> _deliveredByFirst = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _deliveredBySecond = new(StringComparer.Ordinal);
    private volatile bool _firstProcess = true;
    private int _requests;
    private int _hanging;

    private async Task StartConnectorAsync()
    {
        await _scene.StartConnectorAsync(connector => connector.MapPost("/v3/conversations/{conversation}/activities", async (string conversation, HttpContext context) =>
        {
            var first = _firstProcess;
            if (first && Interlocked.Increment(ref _requests) > AnsweredBeforeKill)
            {
                // Never answered: the killed process's connection drops and this request ends without a 201.
                Interlocked.Increment(ref _hanging);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            (first ? _deliveredByFirst : _deliveredBySecond).AddOrUpdate(conversation, 1, (_, n) => n + 1);
            return Results.Json(new { id = "1700000000001" }, statusCode: 201);
        }));
    }

    [Fact]
    public async Task KilledWhileSendsHang_RestartDeliversEveryReminderExactlyOnce()
    {
        await StartConnectorAsync();
        var started = TimeProvider.System.GetTimestamp();
        var store = new FileSystemDocumentStore(_scene.Folder.FullName);
        var recipients = await SeedAsync(store, _scene.ConnectorUrl);

        var first = await StartBotAsync();
        var killable = await DurableQueueTests.WaitUntilAsync(
            async () => Volatile.Read(ref _hanging) >= 4 && (await ClaimsAsync(store)).Count(c => c.State == ClaimState.Sent) == AnsweredBeforeKill, seconds: 30);
        Assert.True(killable, $"process 1 did not reach the kill point: {_requests} requests, {_hanging} hanging{Environment.NewLine}{first.Output}");
        await first.KillAsync();
        var hanging = Volatile.Read(ref _hanging);

        var afterKill = await ClaimsAsync(store);
        Assert.Equal(AnsweredBeforeKill, afterKill.Count(c => c.State == ClaimState.Sent));
        Assert.True(afterKill.Count(c => c.State == ClaimState.Claimed) >= hanging, "a hanging send without a claim held by the dead process");
        Assert.Equal(AnsweredBeforeKill, _deliveredByFirst.Values.Sum());

        _firstProcess = false;
        var second = await StartBotAsync();
        var finished = await DurableQueueTests.WaitUntilAsync(
            async () => _deliveredByFirst.Count + _deliveredBySecond.Count == recipients.Count
                && (await ClaimsAsync(store)).Count(c => c.State == ClaimState.Sent) == recipients.Count,
            seconds: 40);
        await second.KillAsync();
        output.WriteLine($"{recipients.Count} recipients; process 1: {_deliveredByFirst.Values.Sum()} answered, {hanging} hanging when killed, "
            + $"{afterKill.Count(c => c.State == ClaimState.Claimed)} claims held by it (with the pacing lease); process 2: {_deliveredBySecond.Values.Sum()} delivered; "
            + $"{TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");

        Assert.True(finished, $"not every reminder was delivered: {_deliveredByFirst.Count} + {_deliveredBySecond.Count} of {recipients.Count}{Environment.NewLine}{second.Output}");
        Assert.Equal(recipients.Order(StringComparer.Ordinal), _deliveredByFirst.Keys.Concat(_deliveredBySecond.Keys).Order(StringComparer.Ordinal));
        Assert.All(_deliveredByFirst.Values.Concat(_deliveredBySecond.Values), count => Assert.Equal(1, count));
        Assert.Empty(_deliveredByFirst.Keys.Intersect(_deliveredBySecond.Keys));
        Assert.Equal(recipients.Count - AnsweredBeforeKill, _deliveredBySecond.Values.Sum());
    }

    /// <summary>
    /// The team, its owners and their chats, and a meeting of two weeks ago whose next meeting is today at 23:00 in a
    /// team time zone where it is now about noon: whatever the day and hour the test runs, every ping and the
    /// carry-over post are due now (a missed send time moves to "now" during the day while the meeting is ahead,
    /// on a working day or not). Returns the conversations that should get exactly one message.
    /// </summary>
    private static async Task<List<string>> SeedAsync(FileSystemDocumentStore store, string serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow();
        var hoursAhead = 12 - now.Hour;
        var zone = hoursAhead switch
        {
            0 => "Etc/GMT",
            > 0 => "Etc/GMT-" + hoursAhead.ToString(CultureInfo.InvariantCulture),
            _ => "Etc/GMT+" + (-hoursAhead).ToString(CultureInfo.InvariantCulture),
        };
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(hoursAhead)).DateTime);
        var followup = new FollowupService(store, TimeProvider.System, NullLogger<FollowupService>.Instance);
        var installations = new Installations(store);
        await installations.RecordTeamAsync(new TeamInstallation(Tenant, Team, null, "Kill steering group", serviceUrl, Channel, now), CancellationToken.None);
        await followup.UpdateSettingsAsync(Tenant, Team, s => s with { TimeZone = zone }, CancellationToken.None);

        var members = Enumerable.Range(1, Owners)
            .Select(k => new TeamMember($"aad-owner-{k:00}", $"Owner {k:00}", $"owner{k:00}@example.org"))
            .ToList();
        var chats = new List<string>();
        foreach (var member in members)
        {
            var chat = "a:chat-" + member.Id;
            await installations.RecordPersonalChatAsync(new PersonalChat(Tenant, member.Id, chat, serviceUrl, null, "nl-NL", now), CancellationToken.None);
            chats.Add(chat);
        }

        // One item per owner, and every fifth item shared with the next owner: an owner's ping lists all their items.
        var items = members.Select((m, k) => Item(k, k % 5 == 0 ? [m.Email!, members[(k + 1) % Owners].Email!] : [m.Email!])).ToList();
        var minutes = FollowupTestData.MinutesOf("Kill steering group", today.AddDays(-14), items);
        minutes = minutes with { Meeting = minutes.Meeting with { NextMeeting = today } };
        await followup.IngestAsync(FollowupTestData.Upload("kill-reminders", Tenant, Team, "kill-reminders.md"), minutes, members, CancellationToken.None);
        return [.. chats, Channel];
    }

    private static ExtractedAction Item(int k, string[] owners)
    {
        var text = $"Prepare report {k + 1} for the council";
        return new($"a{k + 1}", text, owners, [], null, null, text, "Actions", new TeamsBot.Minutes.SourceRef(null, k + 1));
    }

    /// <summary>Every reminder claim (and the tenant's pacing lease) as stored now.</summary>
    private static async Task<List<ClaimDocument>> ClaimsAsync(FileSystemDocumentStore store)
    {
        var claims = new List<ClaimDocument>();
        foreach (var key in await DurableQueueTests.KeysAsync(store, ClaimRegistry.TenantPrefix(Tenant)))
        {
            if (await store.ReadAsync(key, CancellationToken.None) is { } document)
            {
                claims.Add(JsonSerializer.Deserialize(document.Content.Span, ClaimJson.Default.ClaimDocument)!);
            }
        }

        return claims;
    }

    private Task<BotProcess> StartBotAsync()
    {
        return _scene.StartBotAsync(new Dictionary<string, string>
        {
            ["Reminders__Interval"] = "00:00:01",
            ["Reminders__LeaseDuration"] = "00:00:10",
            ["Reminders__DefaultMeetingTime"] = "23:00",
        });
    }

    public ValueTask DisposeAsync() => _scene.DisposeAsync();
}
