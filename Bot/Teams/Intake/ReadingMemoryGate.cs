using Microsoft.Extensions.Options;

namespace TeamsBot.Teams.Intake;

/// <summary>
/// The memory that reading minutes may take at once, shared by the queue's workers (<c>Intake:ReadingMemoryBytes</c>).
/// Each reading enters with its <see cref="Estimate"/>, from the file's size and type; a reading that does not fit waits,
/// first come first served, so that four large uploads at once run one after the other instead of together. One estimate
/// larger than the whole budget counts as the whole budget: it runs alone. After a large reading the heap is compacted and
/// given back to the system, so that one large upload does not keep the process large.
/// </summary>
public sealed class ReadingMemoryGate
{
    private readonly Lock _lock = new();
    private readonly LinkedList<(long Weight, TaskCompletionSource Entered)> _waiting = new();
    private long _inUse;
    private long _mostInUse;

    public ReadingMemoryGate(IOptions<IntakeOptions> options)
        : this(options.Value.ReadingMemoryBytes)
    {
    }

    public ReadingMemoryGate(long budget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        Budget = budget;
    }

    public long Budget { get; }

    /// <summary>The memory taken now by readings that entered.</summary>
    public long InUse
    {
        get
        {
            lock (_lock)
            {
                return _inUse;
            }
        }
    }

    /// <summary>The most memory that readings held at once since the start (what the gate admitted, not what they used).</summary>
    public long MostInUse
    {
        get
        {
            lock (_lock)
            {
                return _mostInUse;
            }
        }
    }

    /// <summary>
    /// What reading a file may take: its bytes times what each format was measured to need per byte (docx and PDF unpack
    /// and build pages; the bench verb's <c>documents</c> measures them), at least 4 MB. The readers' own limits bound the
    /// worst case of every format, so the estimate is for the common case.
    /// </summary>
    public static long Estimate(string fileName, long bytes)
    {
        var perByte = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".PDF" => 40,
            ".DOCX" => 30,
            _ => 12,
        };
        return Math.Max(4L * 1024 * 1024, bytes * perByte);
    }

    /// <summary>Waits until <paramref name="weight"/> fits beside the readings running; dispose the lease when done.</summary>
    public async Task<IDisposable> EnterAsync(long weight, CancellationToken cancellationToken)
    {
        weight = Math.Clamp(weight, 1, Budget);
        TaskCompletionSource entered;
        LinkedListNode<(long, TaskCompletionSource)> node;
        lock (_lock)
        {
            if (_waiting.Count == 0 && _inUse + weight <= Budget)
            {
                Take(weight);
                return new Lease(this, weight);
            }

            entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node = _waiting.AddLast((weight, entered));
        }

        using (cancellationToken.Register(() => Cancel(node)))
        {
            await entered.Task;
        }

        return new Lease(this, weight);
    }

    private void Cancel(LinkedListNode<(long Weight, TaskCompletionSource Entered)> node)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return;
            }

            _waiting.Remove(node);
            node.Value.Entered.TrySetCanceled();
            Admit();
        }
    }

    private void Release(long weight)
    {
        lock (_lock)
        {
            _inUse -= weight;
            Admit();
        }

        if (weight >= Budget / 4)
        {
            // The large buffers of a large document are garbage now; without this the runtime keeps the memory committed.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Lets in waiting readings from the front while they fit (under the lock).</summary>
    private void Admit()
    {
        while (_waiting.First is { } first && _inUse + first.Value.Weight <= Budget)
        {
            _waiting.RemoveFirst();
            Take(first.Value.Weight);
            first.Value.Entered.TrySetResult();
        }
    }

    /// <summary>Admits a reading (under the lock).</summary>
    private void Take(long weight)
    {
        _inUse += weight;
        _mostInUse = Math.Max(_mostInUse, _inUse);
    }

    private sealed class Lease(ReadingMemoryGate gate, long weight) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Release(weight);
            }
        }
    }
}
