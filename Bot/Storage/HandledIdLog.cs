using System.Globalization;
using System.Text;

namespace TeamsBot.Storage;

/// <summary>
/// The file-system store's durable memory of ids handled lately (one process, across restarts): an append-only file
/// per 5-minute bucket under <c>{Storage:Folder}/_handled/</c>, one line <c>{unix seconds} {id}</c> per id. One small
/// append per id, to a file kept open, where the blob store's per-id documents would cost two file writes each (too
/// slow for the load bench). Files older than the window are deleted when a new bucket starts. A line is flushed to
/// the operating system before <see cref="Append"/> returns, so a killed process loses none; a power cut may.
/// </summary>
public sealed class HandledIdLog : IDisposable
{
    public const string FolderName = "_handled";   // '_' is not a key character: no document key can name it
    private static readonly TimeSpan BucketWidth = TimeSpan.FromMinutes(5);
    private readonly string _folder;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private FileStream? _current;
    private long _currentBucket = -1;

    public HandledIdLog(string storeFolder, TimeSpan window, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(storeFolder);
        _folder = Path.Combine(Path.GetFullPath(storeFolder), FolderName);
        _window = window;
        _time = time;
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The ids appended within the window, with when; unreadable lines (a write cut off by a crash) are skipped.</summary>
    public IReadOnlyList<(string Id, DateTimeOffset At)> Recent()
    {
        var since = _time.GetUtcNow() - _window;
        var recent = new List<(string, DateTimeOffset)>();
        foreach (var (bucket, path) in Buckets())
        {
            if (bucket < Bucket(since))
            {
                continue;
            }

            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), Encoding.ASCII);
            while (reader.ReadLine() is { } line)
            {
                if (line.Split(' ') is [var seconds, var id] && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
                    && id.Length > 0 && DateTimeOffset.FromUnixTimeSeconds(unix) is var at && at >= since)
                {
                    recent.Add((id, at));
                }
            }
        }

        return recent;
    }

    /// <summary>Records one id (letters, digits and <c>-</c> only, such as a hash).</summary>
    public void Append(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("An id in the log is letters, digits and '-' only.", nameof(id));
        }

        var now = _time.GetUtcNow();
        var line = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{now.ToUnixTimeSeconds()} {id}\n"));
        lock (_gate)
        {
            var bucket = Bucket(now);
            if (_current is null || bucket != _currentBucket)
            {
                _current?.Dispose();
                _current = Open(bucket);
                _currentBucket = bucket;
                DeleteBefore(Bucket(now - _window));
            }

            _current.Write(line);
            _current.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
        }
    }

    private FileStream Open(long bucket)
    {
        var stream = new FileStream(Path.Combine(_folder, bucket.ToString(CultureInfo.InvariantCulture) + ".log"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        if (stream.Length > 0)
        {
            // A line cut off by a crash must not swallow the next one.
            stream.Seek(-1, SeekOrigin.End);
            var last = stream.ReadByte();
            if (last != '\n')
            {
                stream.WriteByte((byte)'\n');
            }
        }

        stream.Seek(0, SeekOrigin.End);
        return stream;
    }

    private void DeleteBefore(long bucket)
    {
        foreach (var (_, path) in Buckets().Where(b => b.Bucket < bucket))
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Tried again when the next bucket starts.
            }
        }
    }

    private List<(long Bucket, string Path)> Buckets()
    {
        var buckets = new List<(long, string)>();
        foreach (var path in Directory.EnumerateFiles(_folder, "*.log"))
        {
            if (long.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out var bucket))
            {
                buckets.Add((bucket, path));
            }
        }

        return buckets;
    }

    private static long Bucket(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)BucketWidth.TotalSeconds;
}
