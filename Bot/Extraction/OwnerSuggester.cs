using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>
/// Who the minutes imply for an action that names nobody, best first, each with the reason the review card shows: who is
/// asked to do it, who proposed it, who is speaking, who holds the role or represents the organisation it concerns
/// ("programmamanager Veiligheid" for "de werkgroep Veiligheid"), the group a bare "de werkgroep" stands for, who the
/// paragraph is about, the chair for "de voorzitter". A suggestion is never an owner: the minute-taker chooses.
/// </summary>
internal sealed class OwnerSuggester
{
    /// <summary>How many suggestions an item gets at most: the card offers them as one-tap choices.</summary>
    public const int Most = 3;

    // Sentences of the blocks before this one in the same section that still speak of its subject.
    private const int BlocksBack = 2;

    // How far a paragraph is read around the item, in sentences: who spoke to it stands near it, and a paragraph of a
    // hundred thousand sentences must not make every item read all of it.
    private const int SentencesBack = 12;
    private const int SentencesAhead = 4;

    private readonly Roster _roster;
    private readonly OwnerFinder _owners;
    private readonly SuggestionLexicon _lexicon;
    private readonly SuggestionReasons _reasons;

    private readonly Dictionary<string, IReadOnlyList<string>> _doers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<string>> _asked = new(ReferenceEqualityComparer.Instance);

    // The names of groups the document writes out, read once when a group is first suggested.
    private List<string>? _groupNames;

    // Per roster person with a role or organisation: its distinctive words, roles before organisations.
    private readonly List<(Person Person, Regex Words, bool Role)> _topics;

    // Who sent apologies: not the one who spoke, nor the one a role points to.
    private readonly HashSet<string> _absent;

    // The meeting itself by its short name ("het TO" of "Technisch Overleg Digikoppeling"), and its name.
    private readonly Regex? _meeting;
    private readonly string? _meetingName;

    public OwnerSuggester(OwnerFinder owners, string language, IEnumerable<Person>? absent = null, string? title = null)
    {
        _absent = new HashSet<string>((absent ?? []).Select(p => p.Name), StringComparer.Ordinal);
        _roster = owners.Roster;
        _owners = owners;
        _lexicon = SuggestionLexicon.For(language);
        _reasons = _lexicon.Reasons;

        // "Technisch Overleg Digikoppeling" is "het TO" or "het TOD": the initials of the capitalised words it opens with.
        var named = Regex.Match(title ?? "", @"^(?:\p{Lu}[\p{L}\-]*\s*)+").Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (named.Length >= 2)
        {
            _meetingName = owners.MeetingBody(title) ?? string.Join(' ', named);
            var acronyms = Enumerable.Range(2, named.Length - 1).Select(n => string.Concat(named.Take(n).Select(w => w[0])));
            _meeting = new Regex($@"\b(?i:{_lexicon.Articles})\s+(?:{string.Join('|', acronyms)})\b", RegexOptions.CultureInvariant);
        }

        var roleEndings = RosterLexicon.For(language).RoleWordEndings;
        var people = _roster.People.Where(p => !string.IsNullOrWhiteSpace(p.Organization) && !_absent.Contains(p.Name)).ToList();
        var words = people.ToDictionary(p => p, p => Words(p.Organization!).ToList());
        var holders = words.SelectMany(w => w.Value.Where(v => !IsRole(v)).Select(v => (Word: NameMatching.Fold(v), w.Key)))
            .GroupBy(w => w.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Key).Distinct().Count(), StringComparer.Ordinal);
        var topics = new List<(Person Person, Regex Words, bool Role)>();
        foreach (var person in people)
        {
            // A word of an organisation or role that another attendee shares ("gemeente") tells nobody apart.
            var distinctive = words[person].Where(w => !IsRole(w) && w.Length >= 4 && holders[NameMatching.Fold(w)] == 1).ToList();
            if (distinctive.Count > 0)
            {
                topics.Add((person, new Regex($@"\b(?:{string.Join('|', distinctive.Select(Regex.Escape))})\b", SuggestionLexicon.Options), words[person].Any(IsRole)));
            }
        }

        _topics = [.. topics.OrderByDescending(t => t.Role)];

        bool IsRole(string word) => roleEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The suggestions for an action that names no owner, stated by the statement at <paramref name="at"/> of
    /// <paramref name="statements"/> (the document's, in reading order); at most <see cref="Most"/>.
    /// </summary>
    public IReadOnlyList<SuggestedOwner> Suggest(IReadOnlyList<Statement> statements, int at)
    {
        var statement = statements[at];
        var body = statement.Body;
        var found = new List<SuggestedOwner>();
        void Add(IEnumerable<string> names, string reason)
        {
            foreach (var name in names)
            {
                var asked = ReferenceEquals(reason, _reasons.Addressed);
                if ((_absent.Contains(name) || _lexicon.GroupWords.Contains(name)) && !asked)
                {
                    continue;
                }

                if (!found.Exists(f => string.Equals(f.Name, name, StringComparison.Ordinal)))
                {
                    found.Add(new SuggestedOwner(name, reason));
                }
            }
        }

        _owners.ReadingIn(statement);
        Add(Addressed(body), _reasons.Addressed);

        // Who proposed it: in this sentence, or in one before it in the paragraph.
        var before = Before(statements, at).ToList();
        foreach (var proposing in before.Where(s => s.BlockIndex == statement.BlockIndex).Prepend(statement))
        {
            if (_lexicon.Proposal.IsMatch(proposing.Body) && Doers(proposing.Body) is { Count: > 0 } proposer)
            {
                Add(proposer, _reasons.Proposed);
                break;
            }
        }

        if (_meeting is not null && _meeting.IsMatch(body))
        {
            Add([_meetingName!], _reasons.Meeting);
        }

        if (statement.Speaker is { } speaker)
        {
            Add(_owners.Names(speaker), _reasons.Speaker);
        }

        foreach (var (person, words, _) in _topics.Where(t => t.Words.IsMatch(body)))
        {
            Add([person.Name], person.Organization!);
        }

        if (_lexicon.BareGroup.IsMatch(body) && NamedGroupNear(statements, at) is { } group)
        {
            Add([FullName(group, statements)], _reasons.Group);
        }

        if (_roster.Chair is { } chair && _lexicon.Chair.IsMatch(body))
        {
            Add([chair.Name], _reasons.Chair);
        }

        Add(_owners.Mentioned(body), _reasons.Mentioned);

        // Who spoke to it: asked or subject in the sentences of its paragraph before it, nearest first, then after it; in
        // the paragraphs just above, who opens them.
        foreach (var earlier in before.Where(s => s.BlockIndex == statement.BlockIndex || s.FirstInBlock))
        {
            Add(Addressed(earlier.Body), _reasons.Paragraph);
            Add(Doers(earlier.Body), _reasons.Paragraph);
        }

        for (var k = at + 1; k < statements.Count && k <= at + SentencesAhead && statements[k].BlockIndex == statement.BlockIndex; k++)
        {
            Add(Doers(statements[k].Body), _reasons.Paragraph);
        }

        if (statement.Section is { } section)
        {
            foreach (var (person, _, _) in _topics.Where(t => t.Words.IsMatch(section)))
            {
                Add([person.Name], person.Organization!);
            }
        }

        return found.Count > Most ? found[..Most] : found;
    }

    /// <summary>The sentences before the one at <paramref name="at"/> that may speak of its subject, nearest first.</summary>
    private static IEnumerable<Statement> Before(IReadOnlyList<Statement> statements, int at)
    {
        var statement = statements[at];
        var blocks = 0;
        for (var k = at - 1; k >= 0 && k >= at - SentencesBack && statements[k].Section == statement.Section; k--)
        {
            if (statements[k].BlockIndex != statements[k + 1].BlockIndex && ++blocks > BlocksBack)
            {
                yield break;
            }

            yield return statements[k];
        }
    }

    /// <summary>The people or groups a sentence opens with, as doers ("Roos Wilhelm trekt ...").</summary>
    private IReadOnlyList<string> Doers(string body)
    {
        // The sentences around one item are those around the next: read each once.
        if (!_doers.TryGetValue(body, out var doers))
        {
            doers = _owners.Subject(body) is { IsPronoun: false } subject
                ? [.. subject.Owners.Where(o => _roster.Resolve(o) is not null || _roster.People.Any(p => string.Equals(p.Organization, o, StringComparison.OrdinalIgnoreCase)))]
                : [];
            _doers[body] = doers;
        }

        return doers;
    }

    /// <summary>Who a sentence asks: "vraagt Piet om", "het verzoek aan de FAB-deelnemers", "put task on editors".</summary>
    private IReadOnlyList<string> Addressed(string body)
    {
        if (_asked.TryGetValue(body, out var known))
        {
            return known;
        }

        var asked = new List<string>();
        _asked[body] = asked;
        foreach (Match marker in _lexicon.Addressed.Matches(body))
        {
            var end = marker.Index + marker.Length;
            var raw = _lexicon.RawAddressee.Match(body, end);
            var all = raw.Success && _lexicon.AllWords.Contains(raw.Groups["who"].Value.Split(' ')[0]);
            if (!all && _owners.Subject(body, end) is { IsPronoun: false } named)
            {
                asked.AddRange(named.Owners);
                continue;
            }

            // A group the roster does not hold, as written: capitalised, a compound ("TO-leden"), "alle ..." or a group word.
            if (raw.Success)
            {
                var who = raw.Groups["who"].Value;
                var last = who.Split(' ')[^1];
                if (all || char.IsUpper(who[0]) || who.Contains('-', StringComparison.Ordinal)
                    || _lexicon.GroupWords.Any(g => last.EndsWith(g, StringComparison.OrdinalIgnoreCase)))
                {
                    asked.Add(who);
                }
            }
        }

        return asked;
    }

    /// <summary>The named group a bare "de werkgroep" stands for: in its paragraph (before it first), else just above.</summary>
    private string? NamedGroupNear(IReadOnlyList<Statement> statements, int at)
    {
        var statement = statements[at];
        var ahead = Enumerable.Range(at + 1, Math.Max(0, Math.Min(SentencesAhead, statements.Count - at - 1)))
            .Select(k => statements[k]).TakeWhile(s => s.BlockIndex == statement.BlockIndex);
        var before = Before(statements, at).ToList();
        var inParagraph = before.Where(s => s.BlockIndex == statement.BlockIndex).Prepend(statement).Concat(ahead);
        foreach (var candidate in inParagraph.Concat(before.Where(s => s.BlockIndex != statement.BlockIndex)))
        {
            var named = _lexicon.NamedGroup.Matches(candidate.Body);
            if (named.Count > 0)
            {
                return candidate.BlockIndex != statement.BlockIndex || candidate.Start <= statement.Start ? named[^1].Value : named[0].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// A group by the full name the document gives it elsewhere: "werkgroep Wonen" is the "werkgroep Wonen en
    /// Woonomgeving" of the agenda, unless the document has two such longer names.
    /// </summary>
    private string FullName(string group, IReadOnlyList<Statement> statements)
    {
        _groupNames ??= [.. statements.Select(s => s.Body).Concat(statements.Select(s => s.Section ?? "").Distinct(StringComparer.Ordinal))
            .SelectMany(text => _lexicon.NamedGroup.Matches(text).Select(m => m.Value)).Distinct(StringComparer.OrdinalIgnoreCase)];
        var longer = _groupNames.Where(n => n.Length > group.Length + 1 && n.StartsWith(group + " ", StringComparison.OrdinalIgnoreCase)).ToList();
        if (longer.Count == 0)
        {
            return group;
        }

        var longest = longer.MaxBy(n => n.Length)!;
        return longer.All(n => longest.StartsWith(n, StringComparison.OrdinalIgnoreCase)) ? group + longest[group.Length..] : group;
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Split(text, @"[^\p{L}\-]+").Where(w => w.Length > 0);
}
