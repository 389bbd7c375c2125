using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>Lexicons/&lt;language&gt;/suggestions.json as written: the cues of an implied owner and the reasons the card shows.</summary>
internal sealed record SuggestionLexiconFile(
    IReadOnlyList<string> AddressedMarkers,
    IReadOnlyList<string> ProposalMarkers,
    IReadOnlyList<string> BareGroupArticles,
    IReadOnlyList<string> ChairWords,
    IReadOnlyList<string> AllWords,
    IReadOnlyList<string> Conjunctions,
    SuggestionReasons Reasons);

/// <summary>Why someone is suggested, in the language of the minutes.</summary>
internal sealed record SuggestionReasons(string Addressed, string Proposed, string Speaker, string Paragraph, string Group, string Chair, string Meeting, string Mentioned);

/// <summary>
/// The suggestion cues of one language, built once: what a sentence asking, proposing or naming a group looks like, and
/// the reasons the card shows.
/// </summary>
internal sealed class SuggestionLexicon
{
    /// <summary>For patterns built per document (interpreted: compiling one costs more than it would save).</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The lexicon's own patterns are built once per language and run for every document: compiled.
    private const RegexOptions Built = Options | RegexOptions.Compiled;

    private static readonly ConcurrentDictionary<string, SuggestionLexicon> Lexicons = new(StringComparer.Ordinal);

    private SuggestionLexicon(SuggestionLexiconFile file, ItemLexicon items)
    {
        Reasons = file.Reasons;
        Addressed = ItemLexicon.Any(file.AddressedMarkers, Built);
        Proposal = ItemLexicon.Any(file.ProposalMarkers, Built);
        Chair = new Regex($@"\b(?:{string.Join('|', file.ChairWords.OrderByDescending(w => w.Length).Select(Regex.Escape))})\b", Built);
        GroupWords = new HashSet<string>(items.File.GroupWords, StringComparer.OrdinalIgnoreCase);
        AllWords = new HashSet<string>(file.AllWords, StringComparer.OrdinalIgnoreCase);

        var groups = string.Join('|', items.File.GroupWords.OrderByDescending(g => g.Length).Select(Regex.Escape));
        Articles = string.Join('|', file.BareGroupArticles.Select(Regex.Escape));
        var conjunctions = string.Join('|', file.Conjunctions.Select(Regex.Escape));
        BareGroup = new Regex($@"\b(?:{Articles})\s+(?:{groups})\b(?!\s+(?-i:\p{{Lu}}))", Built);
        NamedGroup = new Regex(
            $@"\b(?:{groups})\s+(?-i:\p{{Lu}})[\p{{L}}\-]*(?:\s+(?:(?:{conjunctions})\s+)?(?-i:\p{{Lu}})[\p{{L}}\-]*)*", Built);
        RawAddressee = new Regex($@"\G(?:(?:{Articles})\s+)?(?<who>(?:(?:{string.Join('|', file.AllWords.Select(Regex.Escape))})\s+)?\p{{L}}[\p{{L}}\-]*)", Built);
    }

    public SuggestionReasons Reasons { get; }

    /// <summary>Someone is asked; the one asked starts where it ends.</summary>
    public Regex Addressed { get; }

    public Regex Proposal { get; }

    public Regex Chair { get; }

    /// <summary>A group without its name: "deze werkgroep".</summary>
    public Regex BareGroup { get; }

    /// <summary>A group with its name: "werkgroep Wonen en Woonomgeving".</summary>
    public Regex NamedGroup { get; }

    /// <summary>Who is asked, as written, at the end of <see cref="Addressed"/>: "alle maatjes", "FAB-deelnemers".</summary>
    public Regex RawAddressee { get; }

    /// <summary>The articles before a group, as a regex alternation.</summary>
    public string Articles { get; }

    public IReadOnlySet<string> GroupWords { get; }

    public IReadOnlySet<string> AllWords { get; }

    public static SuggestionLexicon For(string language) =>
        Lexicons.GetOrAdd(language, static l => new SuggestionLexicon(LexiconFiles.Load<SuggestionLexiconFile>(l, "suggestions"), ItemLexicon.For(l)));
}
