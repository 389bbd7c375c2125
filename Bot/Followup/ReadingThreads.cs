using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TeamsBot.Followup;

/// <summary>
/// Where reading and extracting minutes runs: seconds of CPU per large document, so not on the thread pool, whose few
/// threads (two on a 2-core host) also answer <c>/api/messages</c> and would wait for new threads behind four readings
/// (measured: help stalled 1 to 3 s). Each reading gets a thread of its own, below the priority of the request threads
/// (on Linux its nice value is raised by 10: requests get the processors first), and at most one reading fewer than
/// there are processors runs at a time (at least one), so that one processor is left to the requests; the others wait
/// without holding a thread (<c>bench messages --hostile</c> on 2 cores, runs taken in turn on a machine busy with other
/// builds: two readings at once still gave help p99 105 to 272 ms, one at a time 46 and 59 ms). A reading thread never completes the caller's task
/// itself: a thread the pool starts from it would inherit its low priority (Linux threads inherit the nice value of the
/// thread that creates them), so one normal thread of this class completes them.
/// </summary>
public sealed class ReadingThreads : IDisposable
{
    private const int Nicer = 10;
    private readonly SemaphoreSlim _slots;
    private readonly BlockingCollection<Action> _completions = [];

    public ReadingThreads()
        : this(Math.Max(1, Environment.ProcessorCount - 1))
    {
    }

    public ReadingThreads(int concurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        Concurrency = concurrency;
        _slots = new SemaphoreSlim(concurrency, concurrency);
        new Thread(Complete) { IsBackground = true, Name = "reading results" }.Start();
    }

    /// <summary>The default threads, for an intake made without the container's (tests, tools).</summary>
    public static ReadingThreads Shared => LazyShared.Value;

    public int Concurrency { get; }

    private static Lazy<ReadingThreads> LazyShared { get; } = new(() => new ReadingThreads());

    /// <summary>Runs <paramref name="work"/> on a reading thread once a slot is free; its exception is the task's.</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                LowerPriority();
                Action complete;
                try
                {
                    var result = work();
                    complete = () => done.SetResult(result);
                }
                catch (Exception ex)
                {
                    complete = () => done.SetException(ex);
                }

                try
                {
                    _completions.Add(complete);
                }
                catch (InvalidOperationException)
                {
                    // Disposed (the host stops): complete here, nothing is started any more.
                    complete();
                }
            })
            {
                IsBackground = true,
                Name = "minutes reading",
                Priority = ThreadPriority.BelowNormal,
            };
            thread.Start();
            return await done.Task;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Ends the completing thread once it has run what it was given; the slots are left to the collector (no wait handle was made).</summary>
    public void Dispose() => _completions.CompleteAdding();

    /// <summary>The completing thread: runs each reading's completion at normal priority until disposed.</summary>
    private void Complete()
    {
        foreach (var complete in _completions.GetConsumingEnumerable())
        {
            complete();
        }
    }

    /// <summary>
    /// <see cref="Thread.Priority"/> is applied on Windows only; on Linux a thread's own nice value is what the scheduler
    /// weighs (raising it needs no privilege). Where that fails the reading runs at normal priority.
    /// </summary>
    private static void LowerPriority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = SetPriority(0, GetThreadId(), Nicer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // An unusual C library: normal priority.
        }
    }

    // DllImport rather than LibraryImport, whose generated code needs unsafe blocks; both signatures are blittable.
    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);
}
