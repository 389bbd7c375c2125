using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>
/// Finds who is to do something: the people (or the group) named as the subject at the start of a sentence,
/// or the names in an owner field. Only people of the roster come out as people; never an invented one.
/// </summary>
internal sealed partial class OwnerFinder
{
    private const int LabelReach = 40;
    private readonly Roster _roster;
    private readonly ItemLexicon _lexicon;
    private readonly Patterns _patterns;
    private readonly List<(string Word, string Name, string Group)> _namedGroups = [];
    private const int SalientReach = 600;
    private string? _mentionsOf;
    private IReadOnlyList<PersonMention> _mentions = [];
    private Statement? _context;
    private IReadOnlySet<Person>? _salient;
    private string? _organizationsOf;
    private IReadOnlyList<OrganizationMention> _organizations = [];

    /// <summary>The people the owners are found among.</summary>
    public Roster Roster => _roster;

    public OwnerFinder(Roster roster, ItemLexicon lexicon)
    {
        _roster = roster;
        _lexicon = lexicon;
        _patterns = Patterns.Of(lexicon);
    }

    /// <summary>
    /// The patterns built from a language's lexicon, once per lexicon and compiled: every document of the language uses
    /// them, so building them per document (and running them interpreted) was a third of the owner finding's time.
    /// </summary>
    private sealed class Patterns
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ItemLexicon, Patterns> Built = [];

        private Patterns(ItemLexicon lexicon)
        {
            var articles = string.Join('|', lexicon.File.Articles.Select(Regex.Escape));
            var groups = string.Join('|', lexicon.File.GroupWords.OrderByDescending(g => g.Length).Select(Regex.Escape));
            // "de werkgroep Wonen en Woonomgeving", "het bestuur", "the TSC", "all board members", "de kascommissie": a group word
            // (or two, or at the end of a compound) and the capitalised name after it.
            Group = new Regex(
                $@"^(?:(?:{articles})\s+)?(?<group>(?:[\p{{L}}]+-?)??(?:{groups})(?:\s+(?:{groups}))?\b(?:\s+(?-i:\p{{Lu}})[\w\-]*(?:\s+(?:en|and|&)\s+(?-i:\p{{Lu}})[\w\-]*)?)?)",
                Options);
            var conjunctions = string.Join('|', lexicon.File.Conjunctions.Select(Regex.Escape));
            // Between two names of one subject: ", ", " en ", ", and ", " & ", "/".
            Joiner = new Regex($@"\G\s*(?:,\s*(?:(?:{conjunctions})\s+)?|\s+(?:{conjunctions}|&|\+)\s+|\s*/\s*)", Options);
            Separators = new Regex($@"\s*(?:,|;|/|&|\+|\b(?:{conjunctions})\b)\s*", Options);
            // "... en Logius zal ...": a clause joined by a conjunction, whose subject may own the item.
            JoinedClause = new Regex($@"(?<=\S)\s+(?:{conjunctions})\s+", Options);
            // "FSC-team (Lonneke + Ronald)": a group word, in a compound or not, with the people of it in brackets.
            TeamWithPeople = new Regex($@"[\p{{L}}\-]*(?:{groups})\s*\((?<people>[^()]{{2,80}})\)", Options);
            // "Commissie Congres", "werkgroep Veiligheid": a group word and the capitalised name of one group of the document.
            NamedGroup = new Regex($@"\b(?<word>{groups})\s+(?<name>(?-i:\p{{Lu}})[\p{{L}}\-]+)\b", Options);
            GroupWords = [.. lexicon.File.GroupWords.OrderByDescending(g => g.Length)];
            Pronoun = new Regex($@"^(?:{string.Join('|', lexicon.File.Pronouns.Select(Regex.Escape))})\b", Options);
        }

        public Regex Group { get; }

        public Regex Joiner { get; }

        public Regex Separators { get; }

        public Regex JoinedClause { get; }

        public Regex TeamWithPeople { get; }

        public Regex NamedGroup { get; }

        public string[] GroupWords { get; }

        public Regex Pronoun { get; }

        public static Patterns Of(ItemLexicon lexicon) => Built.GetValue(lexicon, static l => new Patterns(l));
    }

    /// <summary>
    /// The owners named at the start of <paramref name="text"/> ("Anneke en Edwin gaan ...", "TSC will ...") and
    /// where the subject ends; null when the text does not start with a person or group.
    /// </summary>
    public (IReadOnlyList<string> Owners, int End, bool IsPronoun)? Subject(string text, int from = 0, string? previousSentence = null)
    {
        var start = Skip(text, from);
        if (previousSentence is not null && _patterns.Pronoun.Match(text, start, text.Length - start) is { Success: true } pronoun
            && Mentioned(previousSentence) is { Count: 1 } previousPeople)
        {
            return (previousPeople, start + pronoun.Length, true);
        }

        var owners = new List<string>();
        var position = start;
        foreach (var mention in Mentions(text))
        {
            if (mention.Start < position)
            {
                continue;
            }

            if (mention.Start != position)
            {
                break;
            }

            if (!owners.Contains(mention.Person.Name))
            {
                owners.Add(mention.Person.Name);
            }

            position = mention.Start + mention.Length;
            var joiner = _patterns.Joiner.Match(text, position);
            if (!joiner.Success)
            {
                break;
            }

            position += joiner.Length;
        }

        if (owners.Count > 0)
        {
            return (owners, position, false);
        }

        if (Organizations(text).FirstOrDefault(o => o.Start >= start) is { } organization && organization.Start == start)
        {
            return ([organization.Organization], start + organization.Length, false);
        }

        var group = _patterns.Group.Match(text, start, text.Length - start);
        return group.Success ? ([Canonical(group.Groups["group"].Value)], start + group.Length, false) : null;
    }

    /// <summary>
    /// Learns the groups the document names ("## Commissie Congres", "de werkgroep Veiligheid"), so that the compound
    /// it also calls them by ("de congrescommissie", "de veiligheidswerkgroep") is the same owner.
    /// </summary>
    public void KnowGroupsOf(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match named in _patterns.NamedGroup.Matches(text))
            {
                var word = named.Groups["word"].Value.ToLowerInvariant();
                var name = named.Groups["name"].Value;
                if (!_namedGroups.Any(g => g.Word == word && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    _namedGroups.Add((word, name, named.Value));
                }
            }
        }
    }

    /// <summary>
    /// The group as the document names it: a compound of a name and a group word ("congrescommissie", "veiligheids-werkgroep")
    /// gives the named group of that name and word ("Commissie Congres"); anything else stays as written.
    /// </summary>
    private string Canonical(string group)
    {
        if (_namedGroups.Count == 0 || group.Any(char.IsWhiteSpace))
        {
            return group;
        }

        foreach (var word in _patterns.GroupWords)
        {
            if (!group.EndsWith(word, StringComparison.OrdinalIgnoreCase) || group.Length - word.Length < 3)
            {
                continue;
            }

            var prefix = group[..^word.Length].TrimEnd('-');
            foreach (var named in _namedGroups.Where(g => g.Word == word))
            {
                // Dutch joins the parts with a linking s: "veiligheidscommissie" is the commissie Veiligheid.
                if (string.Equals(prefix, named.Name, StringComparison.OrdinalIgnoreCase)
                    || (prefix.EndsWith('s') && string.Equals(prefix[..^1], named.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    return named.Group;
                }
            }

            return group;
        }

        return group;
    }

    /// <summary>
    /// A subject after its verb, as Dutch puts it when the sentence opens with something else ("Dit weekend rondt
    /// Krijn de jaarrekening af", "Tevens komt Sander met ..."); null when there is none.
    /// </summary>
    public (IReadOnlyList<string> Owners, int End, bool IsPronoun)? InvertedSubject(string text) =>
        _lexicon.InvertedSubject.Match(text) is { Success: true } lead && Subject(text, lead.Length) is { IsPronoun: false } subject ? subject : null;

    /// <summary>The doer of a passive plan: "Issue #3 wordt door de werkgroep opgepakt" gives the werkgroep; null when there is none.</summary>
    public IReadOnlyList<string>? PassiveAgent(string text) =>
        _lexicon.PassiveAgent.Match(text) is { Success: true } marker && Subject(text, marker.Index + marker.Length) is { IsPronoun: false } agent
            ? agent.Owners
            : null;

    /// <summary>More owners named after the subject: "PPK gaat samen met Sander Aarts ..." adds Sander Aarts.</summary>
    public IReadOnlyList<string> WithCoOwners(string text, IReadOnlyList<string> owners)
    {
        var marker = _lexicon.CoOwnerMarker.Match(text);
        if (owners.Count == 0 || !marker.Success || Subject(text, marker.Index + marker.Length) is not { IsPronoun: false } more)
        {
            return owners;
        }

        return [.. owners, .. more.Owners.Where(o => !owners.Contains(o))];
    }

    /// <summary>
    /// Where the verb after a subject may start: past an apposition that says who the subject is ("Joke als coördinator
    /// stemt ...", "Joke Sikking (coördinator Maatjes) meldt ...", "Anna, our treasurer, will ...").
    /// </summary>
    public static int AfterApposition(string text, int end) =>
        Apposition().Match(text, end) is { Success: true } apposition ? end + apposition.Length : end;

    /// <summary>The people and groups named in an owner field or after a marker: "Jan, Piet en Klaas", "CL".</summary>
    public IReadOnlyList<string> Names(string field)
    {
        var owners = new List<string>();
        foreach (var part in _patterns.Separators.Split(field))
        {
            var name = part.Trim(' ', '.', ',', ';', '(', ')', '-', '–');
            if (name.Length == 0)
            {
                continue;
            }

            foreach (var owner in Owners(name))
            {
                if (!owners.Contains(owner))
                {
                    owners.Add(owner);
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// The owners an action item states outside its subject, for an item found without one: a name label after a
    /// marker ("📌 actiepunt Marc Buis: ..."), "action on me" by a speaker, a subject after "en"/"and" ("... en Logius zal
    /// ..."), names in brackets at the end ("(Stas)", "(Arjan neemt contact op)"), or names trailing the task (", KK, SC.").
    /// Empty when the statement names nobody of the roster. The names at the end are read at the end of
    /// <paramref name="quote"/>, which may run on past the statement ("ACTION: Update the draft. Add a change log, SC.").
    /// </summary>
    public IReadOnlyList<string> Stated(Statement statement, string quote)
    {
        var body = statement.Body;
        if (_lexicon.OwnerPattern.Match(body) is { Success: true } pattern && pattern.Groups["self"].Success)
        {
            return statement.Speaker is { } speaker ? Names(speaker) : [];
        }

        foreach (Match label in LabelledTask().Matches(body))
        {
            if (AllNames(label.Groups["owner"].Value) is { } labelled)
            {
                return labelled;
            }
        }

        if (AfterLabel(body) is { } afterLabel)
        {
            return afterLabel;
        }

        foreach (Match joined in _patterns.JoinedClause.Matches(body))
        {
            if (Subject(body, joined.Index + joined.Length) is { IsPronoun: false } named && Acts(body, named.Owners, named.End))
            {
                return named.Owners;
            }
        }

        // "Actie: het voorstel wordt door Piet uitgewerkt": the agent of a passive plan does it.
        if (PassiveAgent(body) is { } agent)
        {
            return agent;
        }

        var end = quote.Length > body.Length ? quote : body;

        // "APP: After talking to Robin we may be fine. I'll do a check-through.": the speaker's promise later in the turn.
        if (statement.Speaker is { } promising && !ReferenceEquals(end, body) && _lexicon.FirstPersonPromise.IsMatch(end.Replace('’', '\'')))
        {
            return Names(promising);
        }

        if (TrailingBrackets().Match(end) is { Success: true } brackets)
        {
            var inner = brackets.Groups["inner"].Value;
            if (AllNames(inner) is { } bracketed)
            {
                return bracketed;
            }

            if (Subject(inner) is { IsPronoun: false } named && Acts(inner, named.Owners, named.End))
            {
                return named.Owners;
            }
        }

        return TrailingNames().Match(end) is { Success: true } trailing && AllNames(trailing.Groups["names"].Value) is { } listed ? listed : [];
    }

    /// <summary>
    /// The doer named right after a label in the first words: "📌 Actiepunt: Logius zal ...", "Process: Dan will draft ...";
    /// null when no label there is followed by a person or group and a verb that makes it the doer.
    /// </summary>
    public IReadOnlyList<string>? AfterLabel(string body)
    {
        for (var colon = body.IndexOf(':', StringComparison.Ordinal); colon is >= 0 and < LabelReach; colon = body.IndexOf(':', colon + 1))
        {
            if (Subject(body, colon + 1) is { IsPronoun: false } named && Acts(body, named.Owners, named.End))
            {
                return named.Owners;
            }
        }

        return null;
    }

    /// <summary>
    /// The body that met, as its minutes' title names it ("Werkgroep Beveiliging", "Notulen bestuursvergadering" gives
    /// "Bestuur"), or null when the title names no group.
    /// </summary>
    public string? MeetingBody(string? title)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var word in _lexicon.File.GroupWords.OrderByDescending(g => g.Length))
        {
            var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(title[at - 1])))
            {
                continue;
            }

            var named = _patterns.Group.Match(title[at..]);
            var group = named.Success && named.Groups["group"].Length > word.Length ? named.Groups["group"].Value : title.Substring(at, word.Length);
            return char.ToUpperInvariant(group[0]) + group[1..];
        }

        return null;
    }

    /// <summary>
    /// Whether the subject is followed by a verb that makes it the doer. One person with a plural verb form is the
    /// object of a bare task instead ("Marc informeren over ...": inform Marc), since a verb agrees with its subject.
    /// </summary>
    private bool Acts(string text, IReadOnlyList<string> subject, int end)
    {
        var verb = _lexicon.SubjectVerb.Match(text, end, text.Length - end);
        return verb.Success && !(subject.Count == 1 && verb.Value.TrimEnd().EndsWith("en", StringComparison.OrdinalIgnoreCase) && _roster.Resolve(subject[0]) is not null);
    }

    /// <summary>Whom one part of an owner field names: a person, everyone of a plural first name ("de Ronalds"), or a group or organisation.</summary>
    private List<string> Owners(string name)
    {
        if (_roster.Resolve(name) is { } person)
        {
            return [person.Name];
        }

        // The whole part names the group: "(het bestuur wordt hier vaak over benaderd)" is a remark, not an owner.
        if (_patterns.Group.Match(name) is { Success: true } group && group.Length == name.Length)
        {
            return [Canonical(name)];
        }

        if (_roster.FindOrganizations(name).Count > 0)
        {
            return [name];
        }

        return _roster.SharingFirstName(name).Select(p => p.Name).ToList();
    }

    /// <summary>
    /// Whom an owner column names: the people and groups of the roster, and, since the column says these are owners, names
    /// the roster does not know as written ("Stas", "Logius"); a team with its people in brackets gives the people
    /// ("FSC-team (Lonneke + Ronald)").
    /// </summary>
    public IReadOnlyList<string> Field(string field)
    {
        var owners = new List<string>();
        foreach (var part in _patterns.Separators.Split(_patterns.TeamWithPeople.Replace(field, m => ", " + m.Groups["people"].Value)))
        {
            var name = part.Trim(' ', '.', ',', ';', '(', ')', '-', '–', '*', '?');
            if (name.Length == 0)
            {
                continue;
            }

            var named = Owners(name);
            if (named.Count == 0 && WrittenName().IsMatch(name))
            {
                named = [name];
            }

            owners.AddRange(named.Where(o => !owners.Contains(o)));
        }

        return owners;
    }

    /// <summary>The names of a field when every part of it is a person or group of the roster ("KK, SC", "Niels / Ronald"), else null.</summary>
    private List<string>? AllNames(string field)
    {
        var owners = new List<string>();
        foreach (var part in _patterns.Separators.Split(field))
        {
            var name = part.Trim(' ', '.', ',', ';', '(', ')', '-', '–', '*');
            if (name.Length == 0)
            {
                continue;
            }

            var named = Owners(name);
            if (named.Count == 0)
            {
                return null;
            }

            owners.AddRange(named.Where(o => !owners.Contains(o)));
        }

        return owners.Count > 0 ? owners : null;
    }

    /// <summary>People mentioned anywhere in the text.</summary>
    public IReadOnlyList<string> Mentioned(string text) =>
        Mentions(text).Select(m => m.Person.Name).Distinct().ToList();

    /// <summary>
    /// The statement whose sentences are asked about next: the people its block named in full just before it settle a
    /// first name two people share ("Sander Aarts beheert ... Tevens komt Sander ...").
    /// </summary>
    public void ReadingIn(Statement statement)
    {
        if (!ReferenceEquals(statement, _context))
        {
            _context = statement;
            _salient = null;
            _mentionsOf = null;
        }
    }

    // The same sentence is asked about several times in a row (each clause, its context); scan it once.
    private IReadOnlyList<PersonMention> Mentions(string text)
    {
        if (!ReferenceEquals(text, _mentionsOf))
        {
            _mentions = _roster.FindMentions(text, Salient);
            _mentionsOf = text;
        }

        return _mentions;
    }

    // Only read when a shared first name comes up, and only the text just before: a block of a hundred thousand sentences stays linear.
    private IReadOnlySet<Person> Salient()
    {
        if (_salient is null)
        {
            var before = _context is { Start: > 0 } statement
                ? statement.Block.Text.Substring(Math.Max(0, statement.Start - SalientReach), Math.Min(statement.Start, SalientReach))
                : "";
            _salient = before.Length > 0 ? _roster.NamedInFull(before) : new HashSet<Person>();
        }

        return _salient;
    }

    private IReadOnlyList<OrganizationMention> Organizations(string text)
    {
        if (!ReferenceEquals(text, _organizationsOf))
        {
            _organizations = _roster.FindOrganizations(text);
            _organizationsOf = text;
        }

        return _organizations;
    }

    private static int Skip(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] is '(' or '"' or '“' or '-' or '*'))
        {
            position++;
        }

        return position;
    }

    // A name label in the first words, after markers and markup: "📌 actiepunt Marc Buis: ...", "Actie: Ronalds - ...".
    [GeneratedRegex(@"(?<=^(?:\S+\s+){0,3})(?=(?<owner>[\p{Lu}][^:\n]{0,60}?)\s*(?::|\s[-–])\s+\S)")]
    private static partial Regex LabelledTask();

    [GeneratedRegex(@"\G(?:\s*\([^()]{1,60}\)|\s+(?:als|as)\s+[\p{L}\-]+|,\s+(?:[\p{L}\-]+\s+){0,3}[\p{L}\-]+,)(?=\s)")]
    private static partial Regex Apposition();

    // A name as written in an owner column: capitalised words, an initial or a hyphen ("Stas", "Peter-Paul", "FSC werkgroep").
    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}\p{M}.\-']*(?:\s+[\p{L}\p{M}.\-']+){0,3}$")]
    private static partial Regex WrittenName();

    [GeneratedRegex(@"\((?<inner>[^()]{2,80})\)\s*[.;!]?\s*$")]
    private static partial Regex TrailingBrackets();

    // ", KK, SC." or ", Sarven." after the task's last sentence.
    [GeneratedRegex(@"[.,;]\s+(?<names>[\p{Lu}][\p{L}\-]*(?:\s+[\p{Lu}][\p{L}\-]*)?(?:\s*[,/&+]\s*[\p{Lu}][\p{L}\-]*(?:\s+[\p{Lu}][\p{L}\-]*)?)*)\s*\.?\s*$")]
    private static partial Regex TrailingNames();
}
