using System.Collections.Concurrent;
using System.Text.Json;

namespace TeamsBot.Extraction;

/// <summary>
/// The language-specific words and phrases of the extractor live in JSON files under
/// <c>Extraction/Lexicons/&lt;language&gt;/&lt;part&gt;.json</c>, embedded in the build. A new language is
/// a new folder of lexicon files, not new code.
/// </summary>
internal static class LexiconFiles
{
    private const string Prefix = "TeamsBot.Lexicons.";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly ConcurrentDictionary<(Type, string, string), object> Cache = new();

    /// <summary>The languages that have lexicon files, e.g. "en" and "nl".</summary>
    public static IReadOnlyList<string> Languages { get; } = typeof(LexiconFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Split('.')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Loads (once) the part <paramref name="part"/> of a language's lexicon, e.g. ("nl", "dates").</summary>
    public static T Load<T>(string language, string part)
        where T : class =>
        (T)Cache.GetOrAdd((typeof(T), language, part), static key =>
        {
            var (type, language, part) = key;
            var name = $"{Prefix}{language}.{part}.json";
            using var stream = typeof(LexiconFiles).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"No lexicon file {language}/{part}.json is built in.");
            return JsonSerializer.Deserialize(stream, type, Json)
                ?? throw new InvalidOperationException($"The lexicon file {language}/{part}.json is empty.");
        });
}
