namespace TeamsBot.Storage;

/// <summary>
/// Remembers that the store just failed a request, so that the requests after it do not each wait out
/// <see cref="StorageOptions.RequestTimeout"/> (<see cref="StorageOptions.OutageBreak"/>). A request's call that was cut
/// or failed opens the breaker: for the break, request calls are not tried (they answer from their fallback at once),
/// and calls of other requests still waiting on the store are cut with it. After the break one request's call tries the
/// store (the probe) while the others still do not; when the store answers that probe, or any other call such as the
/// background work that keeps retrying, the breaker closes. A failed probe opens it for another break. Timed with the
/// <see cref="TimeProvider"/>'s monotonic timestamps.
/// </summary>
public sealed class StorageOutageBreaker(TimeSpan breakDuration, TimeProvider time) : IDisposable
{
    private readonly Lock _lock = new();
    private CancellationTokenSource _trip = new();
    private volatile bool _open;
    private long _retryAt;
    private bool _probing;

    public bool IsOpen => _open;

    /// <summary>Cancelled when the breaker opens: request calls that wait on the store then end with it.</summary>
    public CancellationToken Tripped
    {
        get
        {
            lock (_lock)
            {
                return _trip.Token;
            }
        }
    }

    /// <summary>Whether a request's call may go to the store now; <paramref name="probe"/> when it is the one call that tries it while open.</summary>
    public bool TryEnter(out bool probe)
    {
        probe = false;
        if (!_open)
        {
            return true;
        }

        lock (_lock)
        {
            if (!_open)
            {
                return true;
            }

            if (_probing || time.GetTimestamp() < _retryAt)
            {
                return false;
            }

            _probing = true;
            probe = true;
            return true;
        }
    }

    /// <summary>The store answered (a result or a refused condition): closes the breaker. True when it was open.</summary>
    public bool Answered()
    {
        if (!_open)
        {
            return false;
        }

        lock (_lock)
        {
            if (!_open)
            {
                return false;
            }

            _open = false;
            _probing = false;
            return true;
        }
    }

    /// <summary>A request's call was cut or the store failed it: opens the breaker (again) for the break. True when it was closed.</summary>
    public bool Failed()
    {
        if (breakDuration <= TimeSpan.Zero)
        {
            return false;
        }

        CancellationTokenSource? trip = null;
        bool wasClosed;
        lock (_lock)
        {
            wasClosed = !_open;
            _open = true;
            _probing = false;
            _retryAt = time.GetTimestamp() + (long)(breakDuration.TotalSeconds * time.TimestampFrequency);
            if (wasClosed)
            {
                // The calls waiting now are cut; a probe that enters later gets a token of its own. The old source is not
                // disposed: a call may still be linking to its token (a source without a timer holds nothing to free).
                trip = _trip;
                _trip = new CancellationTokenSource();
            }
        }

        // Outside the lock: cancelling runs the waiting calls' callbacks.
        trip?.Cancel();
        return wasClosed;
    }

    /// <summary>The probe ended without an answer either way (its caller gave up): the next call probes.</summary>
    public void ProbeAbandoned()
    {
        lock (_lock)
        {
            _probing = false;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _trip.Dispose();
        }
    }
}
