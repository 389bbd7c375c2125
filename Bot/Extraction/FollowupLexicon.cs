using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>Lexicons/&lt;language&gt;/followups.json as written: how minutes say what became of an earlier item.</summary>
internal sealed record FollowupLexiconFile(
    IReadOnlyList<string> Done,
    IReadOnlyList<string> Open,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<string> ReviewSections,
    IReadOnlyList<string> IgnoredWords);

/// <summary>The follow-up cues of one language, built once.</summary>
internal sealed class FollowupLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly ConcurrentDictionary<string, FollowupLexicon> Lexicons = new(StringComparer.Ordinal);

    private FollowupLexicon(FollowupLexiconFile file)
    {
        Done = ItemLexicon.Any(file.Done, Options);
        Open = ItemLexicon.Any(file.Open, Options);
        Dropped = ItemLexicon.Any(file.Dropped, Options);
        ReviewSection = ItemLexicon.Any(file.ReviewSections, Options);
    }

    public Regex Done { get; }

    public Regex Open { get; }

    public Regex Dropped { get; }

    public Regex ReviewSection { get; }

    /// <summary>
    /// Words of every language that say nothing of what an item is about: function words and the words of status and
    /// planning themselves. Minutes mix languages ("Actie: send the link"), so all languages count.
    /// </summary>
    public static FrozenSet<string> IgnoredWords { get; } = LexiconFiles.Languages
        .SelectMany(l => LexiconFiles.Load<FollowupLexiconFile>(l, "followups").IgnoredWords
            .Concat(LanguageLexicon.For(l).Stopwords)
            .Concat(ItemLexicon.For(l).File.Pronouns))
        .Select(w => w.ToLowerInvariant())
        .ToFrozenSet(StringComparer.Ordinal);

    public static FollowupLexicon For(string language) =>
        Lexicons.GetOrAdd(language, static l => new FollowupLexicon(LexiconFiles.Load<FollowupLexiconFile>(l, "followups")));

    /// <summary>What a sentence says of an item's state, if anything: dropped before open before done.</summary>
    public FollowupCue? Cue(string sentence) =>
        Dropped.IsMatch(sentence) ? FollowupCue.Dropped
        : Open.IsMatch(sentence) ? FollowupCue.Open
        : Done.IsMatch(sentence) ? FollowupCue.Done
        : null;
}

/// <summary>What a sentence of the next minutes says of an earlier item.</summary>
internal enum FollowupCue { Done, Open, Dropped }
