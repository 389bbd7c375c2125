using Microsoft.Extensions.Time.Testing;
using TeamsBot.Storage;
using TeamsBot.Teams;

namespace TeamsBot.Tests.Teams;

/// <summary>A Teams re-send is handled once, also when it reaches another instance sharing the store.</summary>
public sealed class ActivityDeduplicatorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamsbot-dedup-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ReSentMessage_ReachingAnotherInstance_IsNotHandledAgain()
    {
        var store = new FileSystemDocumentStore(_folder);
        var first = new ActivityDeduplicator(_clock, store);
        var second = new ActivityDeduplicator(_clock, store);
        var message = Activity(ActivityTypes.Message);

        Assert.True(await first.TryBeginAsync(message, CancellationToken.None));
        await first.CompleteAsync(message, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(15));

        Assert.False(await second.TryBeginAsync(message, CancellationToken.None));
        Assert.False(await first.TryBeginAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimOfAnInstanceThatDiedBeforeItsAnswer_IsTakenOverByTheReSend()
    {
        var store = new FileSystemDocumentStore(_folder);
        var dead = new ActivityDeduplicator(_clock, store);
        var alive = new ActivityDeduplicator(_clock, store);
        var invoke = Activity(ActivityTypes.Invoke);

        Assert.True(await dead.TryBeginAsync(invoke, CancellationToken.None));
        _clock.Advance(ActivityDeduplicator.TakeoverAfter + TimeSpan.FromSeconds(1));

        Assert.True(await alive.TryBeginAsync(invoke, CancellationToken.None));
    }

    [Fact]
    public async Task Typing_IsNotWrittenToTheStore()
    {
        var store = new FileSystemDocumentStore(_folder);
        var deduplicator = new ActivityDeduplicator(_clock, store);

        Assert.True(await deduplicator.TryBeginAsync(Activity(ActivityTypes.Typing), CancellationToken.None));

        await foreach (var key in store.ListAsync(ActivityDeduplicator.Prefix, CancellationToken.None))
        {
            Assert.Fail($"unexpected claim {key.Path}");
        }
    }

    [Fact]
    public async Task HandledMessage_AfterARestartOnTheSameFolder_IsNotHandledAgain()
    {
        var message = Activity(ActivityTypes.Message);
        using (var log = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock))
        {
            var before = new ActivityDeduplicator(_clock, handled: log);
            Assert.True(await before.TryBeginAsync(message, CancellationToken.None));
            await before.CompleteAsync(message, CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromSeconds(30));
        using var reopened = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock);
        var after = new ActivityDeduplicator(_clock, handled: reopened);

        Assert.False(await after.TryBeginAsync(message, CancellationToken.None));
        Assert.True(await after.TryBeginAsync(Activity(ActivityTypes.Message), CancellationToken.None));
    }

    [Fact]
    public async Task MessageNotFinishedBeforeACrash_IsHandledByTheRestartedProcess()
    {
        var message = Activity(ActivityTypes.Invoke);
        using (var log = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock))
        {
            Assert.True(await new ActivityDeduplicator(_clock, handled: log).TryBeginAsync(message, CancellationToken.None));
        }

        using var reopened = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock);

        Assert.True(await new ActivityDeduplicator(_clock, handled: reopened).TryBeginAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task HandledIdLog_KeepsOneLinePerMessageOrInvoke_NoneForTyping_AndDropsBucketsPastTheWindow()
    {
        var message = Activity(ActivityTypes.Message);
        var typing = Activity(ActivityTypes.Typing);
        using (var log = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock))
        {
            var deduplicator = new ActivityDeduplicator(_clock, handled: log);
            foreach (var activity in new[] { message, typing })
            {
                await deduplicator.TryBeginAsync(activity, CancellationToken.None);
                await deduplicator.CompleteAsync(activity, CancellationToken.None);
            }

            Assert.Single(log.Recent());
            _clock.Advance(ActivityDeduplicator.Retention + TimeSpan.FromMinutes(6));
            await deduplicator.CompleteAsync(Activity(ActivityTypes.Invoke), CancellationToken.None);
            Assert.Single(log.Recent());
        }

        Assert.Single(Directory.GetFiles(Path.Combine(_folder, HandledIdLog.FolderName)));
        using var reopened = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock);
        Assert.True(await new ActivityDeduplicator(_clock, handled: reopened).TryBeginAsync(message, CancellationToken.None));
    }

    [Fact]
    public void HandledIdLog_LineCutOffByACrash_IsSkippedAndDoesNotSwallowTheNext()
    {
        using (var log = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock))
        {
            log.Append("aaaa");
        }

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_folder, HandledIdLog.FolderName)));
        File.AppendAllText(file, "17");
        using var reopened = new HandledIdLog(_folder, ActivityDeduplicator.Retention, _clock);
        reopened.Append("bbbb");

        Assert.Equal(["aaaa", "bbbb"], reopened.Recent().Select(r => r.Id));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Activity Activity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString(),
        Timestamp = _clock.GetUtcNow(),
        Conversation = new ConversationAccount { Id = "a:chat" },
    };
}
