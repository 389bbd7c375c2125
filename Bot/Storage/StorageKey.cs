using System.Text.RegularExpressions;

namespace TeamsBot.Storage;

/// <summary>
/// Where a document lives: slash-separated segments of lower-case letters, digits, '-', '_' and '.', none starting with
/// a dot. Both stores map a key straight onto a path or blob name, so a key that could climb out of its folder
/// ("..", "%2F", "\") cannot be built at all.
/// </summary>
public sealed partial record StorageKey
{
    private const int MaxSegmentLength = 100;
    private const int MaxLength = 512;

    private StorageKey(string path) => Path = path;

    public string Path { get; }

    public IReadOnlyList<string> Segments => Path.Split('/');

    public static StorageKey Of(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Length == 0)
        {
            throw new ArgumentException("A storage key needs at least one segment.", nameof(segments));
        }

        foreach (var segment in segments)
        {
            if (!IsSafeSegment(segment))
            {
                throw new ArgumentException("A storage key segment may hold only a-z, 0-9, '-', '_' and '.', and may not start with a dot.", nameof(segments));
            }
        }

        var path = string.Join('/', segments);
        return path.Length <= MaxLength ? new StorageKey(path) : throw new ArgumentException("The storage key is too long.", nameof(segments));
    }

    /// <summary>Parses a key as a store lists it back; null when the text is no valid key.</summary>
    public static StorageKey? TryParse(string path)
    {
        var segments = path.Split('/');
        return path.Length <= MaxLength && segments.All(IsSafeSegment) ? new StorageKey(path) : null;
    }

    public static bool IsSafeSegment(string? segment) =>
        segment is { Length: > 0 and <= MaxSegmentLength } && SafeSegment().IsMatch(segment);

    public StorageKey Child(params string[] segments) => Of([.. Segments, .. segments]);

    public bool IsUnder(StorageKey prefix) =>
        Path.StartsWith(prefix.Path + "/", StringComparison.Ordinal);

    public override string ToString() => Path;

    [GeneratedRegex("^[a-z0-9_-][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeSegment();
}
