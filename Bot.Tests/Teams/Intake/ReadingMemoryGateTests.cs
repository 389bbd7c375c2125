using TeamsBot.Teams.Intake;

namespace TeamsBot.Tests.Teams.Intake;

public sealed class ReadingMemoryGateTests
{
    [Fact]
    public async Task EnterAsync_ManyReadingsAtOnce_NeverTakeMoreThanTheBudget()
    {
        var gate = new ReadingMemoryGate(budget: 1000);
        var running = 0;
        var most = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task ReadAsync()
        {
            using (await gate.EnterAsync(200, CancellationToken.None))
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Assert.True(gate.InUse <= gate.Budget, $"{gate.InUse} in use");
                await release.Task;
                Interlocked.Decrement(ref running);
            }
        }

        var readings = Enumerable.Range(0, 12).Select(_ => Task.Run(ReadAsync)).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref running) == 5);
        Assert.Equal(1000, gate.InUse);
        release.SetResult();
        await Task.WhenAll(readings);

        Assert.Equal(5, most);
        Assert.Equal(0, gate.InUse);
    }

    [Fact]
    public async Task EnterAsync_ReadingThatDoesNotFit_WaitsUntilOneEnds()
    {
        var gate = new ReadingMemoryGate(budget: 1000);
        var first = await gate.EnterAsync(600, CancellationToken.None);

        var second = gate.EnterAsync(600, CancellationToken.None);

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, gate.InUse);
    }

    [Fact]
    public async Task EnterAsync_EstimateOverTheBudget_RunsAlone()
    {
        var gate = new ReadingMemoryGate(budget: 1000);
        var huge = await gate.EnterAsync(50_000, CancellationToken.None);

        var small = gate.EnterAsync(1, CancellationToken.None);

        Assert.False(small.IsCompleted);
        huge.Dispose();
        (await small).Dispose();
    }

    [Fact]
    public async Task EnterAsync_LargeReadingWaiting_IsNotOvertakenBySmallOnes()
    {
        var gate = new ReadingMemoryGate(budget: 1000);
        var running = await gate.EnterAsync(200, CancellationToken.None);
        var large = gate.EnterAsync(900, CancellationToken.None);

        var small = gate.EnterAsync(100, CancellationToken.None);

        Assert.False(small.IsCompleted);
        running.Dispose();
        var entered = await large;
        // Both fit the budget now: the small one is let in after the large one (its continuation may run a moment later).
        (await small.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        entered.Dispose();
    }

    [Fact]
    public async Task EnterAsync_Cancelled_GivesUpItsPlace()
    {
        var gate = new ReadingMemoryGate(budget: 1000);
        var running = await gate.EnterAsync(1000, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync(500, cancel.Token);
        var next = gate.EnterAsync(100, CancellationToken.None);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        running.Dispose();
        (await next).Dispose();
        Assert.Equal(0, gate.InUse);
    }

    [Theory]
    [InlineData("notulen.pdf", 20 * 1024 * 1024, 800L * 1024 * 1024)]
    [InlineData("notulen.docx", 1024 * 1024, 30L * 1024 * 1024)]
    [InlineData("notulen.md", 1024, 4L * 1024 * 1024)]
    public void Estimate_ByTypeAndSize(string fileName, long bytes, long expected) =>
        Assert.Equal(expected, ReadingMemoryGate.Estimate(fileName, bytes));

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // A hang guard only: the readings enter as soon as their tasks run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
