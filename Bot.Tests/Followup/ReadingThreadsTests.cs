using System.Globalization;
using TeamsBot.Followup;

namespace TeamsBot.Tests.Followup;

/// <summary>Readings run on threads of their own, below the request threads' priority, at most so many at once.</summary>
public sealed class ReadingThreadsTests
{
    [Fact]
    public async Task RunAsync_RunsOnAThreadOutsideThePool_AtLowerPriority()
    {
        using var threads = new ReadingThreads(1);

        var (pool, nice) = await threads.RunAsync(() => (Thread.CurrentThread.IsThreadPoolThread, NiceOfThisThread()), CancellationToken.None);

        Assert.False(pool);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(10, nice);
            Assert.Equal(0, NiceOfThisThread());
        }
    }

    [Fact]
    public async Task RunAsync_ThreadsStartedByTheCompletion_DoNotInheritTheReadingPriority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var threads = new ReadingThreads(1);
        var previous = SynchronizationContext.Current;

        // Linux threads inherit the nice value of the thread that starts them. The pool, or a context like this one,
        // starts threads from whichever thread completes the task: that must not be the reading thread.
        SynchronizationContext.SetSynchronizationContext(new NewThreadPerPost());
        int continuedAt;
        try
        {
            await threads.RunAsync(() => 1, CancellationToken.None);
            continuedAt = NiceOfThisThread();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        Assert.Equal(0, continuedAt);
        // The runtime's own threads (".NET BGC", started by whichever thread triggers the first background GC, may be
        // a reading thread) are not started by the completion: what this test asks is about the continuation.
        Assert.DoesNotContain(LoweredThreads(), name => name != "minutes reading" && !name.StartsWith(".NET ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ManyAtOnce_NoMoreThanTheConcurrencyRun()
    {
        using var threads = new ReadingThreads(2);
        var running = 0;
        var most = 0;
        using var release = new ManualResetEventSlim();

        var readings = Enumerable.Range(0, 6).Select(_ => threads.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return now;
        }, CancellationToken.None)).ToList();
        for (var i = 0; i < 600 && Volatile.Read(ref running) < 2; i++)
        {
            await Task.Delay(10);
        }

        await Task.Delay(50);
        Assert.Equal(2, Volatile.Read(ref running));
        release.Set();
        await Task.WhenAll(readings);

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task RunAsync_WorkThatThrows_ThrowsTheSameException()
    {
        using var threads = new ReadingThreads(1);

        var thrown = await Assert.ThrowsAsync<InvalidDataException>(() => threads.RunAsync<int>(() => throw new InvalidDataException("damaged"), CancellationToken.None));

        Assert.Equal("damaged", thrown.Message);
        Assert.Equal(7, await threads.RunAsync(() => 7, CancellationToken.None));
    }

    /// <summary>The names of this process's threads whose nice value is not 0 (reading threads of tests running beside this one among them).</summary>
    private static string[] LoweredThreads() =>
        [.. Directory.GetDirectories("/proc/self/task").Select(Stat).OfType<string>()
            .Where(stat => Nice(stat) != 0).Select(stat => stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')])];

    /// <summary>A thread's stat line; null when the thread ended since it was listed.</summary>
    private static string? Stat(string task)
    {
        try
        {
            return File.ReadAllText(Path.Combine(task, "stat"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int Nice(string stat) => int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], CultureInfo.InvariantCulture);

    /// <summary>The calling thread's nice value (field 19 of /proc/thread-self/stat), 0 elsewhere than Linux.</summary>
    private static int NiceOfThisThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return Nice(File.ReadAllText("/proc/thread-self/stat"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Runs every continuation posted to it on a new thread, started by the posting thread.</summary>
    private sealed class NewThreadPerPost : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => new Thread(() => d(state)) { IsBackground = true }.Start();
    }
}
