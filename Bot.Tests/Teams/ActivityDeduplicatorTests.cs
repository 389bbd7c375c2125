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
