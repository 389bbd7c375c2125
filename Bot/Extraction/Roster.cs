namespace TeamsBot.Extraction;

/// <summary>
/// The people of one meeting, indexed so that every sentence of the minutes can be searched for them quickly.
/// Only people of the roster are ever returned: a name that fits nobody, or fits two people equally, yields nothing,
/// because a wrong owner is worse than none.
/// </summary>
internal sealed partial class Roster
{
    private readonly List<Person> _people = [];
    private readonly List<RosterName> _names = [];
    private readonly HashSet<string> _particles;
    private readonly HashSet<string> _honorifics;
    private readonly HashSet<string> _roleOf;
    private readonly HashSet<string> _roleModifiers;
    private readonly HashSet<string> _functionWords;
    private readonly Dictionary<string, List<NameForm>> _forms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNameStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RosterName>> _byFirstName = new(StringComparer.Ordinal);

    // Who attended (the rest of the roster was absent, or named as a doer): a first name an attendee shares only with
    // absentees is the attendee's.
    private readonly HashSet<Person> _present;
    private readonly Dictionary<string, List<RosterName>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surnameStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _initials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _handles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _handleStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handlesAsWritten = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RoleForm>> _roles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _abbreviations;
    private readonly RosterOrganizations _organizations;
    private int _longestSurname;

    public Roster(IEnumerable<Person> people, string language, string? chair = null, string? minuteTaker = null, IEnumerable<Person>? present = null)
    {
        _present = present?.ToHashSet() ?? [];
        var lexicon = RosterLexicon.For(language);
        _particles = FoldedWords(RosterLexicon.AllParticles());
        _honorifics = FoldedWords(lexicon.Honorifics);
        _roleOf = FoldedWords(lexicon.RoleOf);
        _roleModifiers = FoldedWords(lexicon.RoleModifiers);
        _functionWords = FoldedWords(LanguageLexicon.For(language).Stopwords);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (seen.Add(string.Join(' ', NameMatching.Tokenize(person.Name).Select(t => t.Folded))))
            {
                Add(person);
            }
        }

        _organizations = new RosterOrganizations(_people, lexicon.RoleWordEndings);
        _abbreviations = lexicon.Abbreviations.Select(a => a.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var initials in _initials.Keys.Where(k => _organizations.IsAcronym(k)).ToList())
        {
            _initials.Remove(initials);
        }

        Chair = MeetingPerson(chair);
        MinuteTaker = MeetingPerson(minuteTaker);
        AddRole(lexicon.Chair, Chair);
        AddRole(lexicon.MinuteTaker, MinuteTaker);
    }

    public IReadOnlyList<Person> People => _people;

    /// <summary>The chair given to the constructor, as a person of the roster.</summary>
    public Person? Chair { get; }

    /// <summary>The minute taker given to the constructor, as a person of the roster.</summary>
    public Person? MinuteTaker { get; }

    /// <summary>
    /// The people named in a sentence, in order of first mention, each once; a first name two people share is read as
    /// the one of them in <paramref name="salient"/> (asked only when such a name comes up).
    /// </summary>
    public IReadOnlyList<PersonMention> FindMentions(string text, Func<IReadOnlySet<Person>>? salient = null)
    {
        var mentions = Scan(text, NameMatching.Tokenize(text), lenient: false, salient);
        var seen = new HashSet<Person>();
        return mentions.Where(m => seen.Add(m.Person)).ToList();
    }

    /// <summary>The people a text names in full ("Sander Aarts", not "Sander").</summary>
    public IReadOnlySet<Person> NamedInFull(string text) =>
        Scan(text, NameMatching.Tokenize(text), lenient: false).Where(m => m.Kind == MentionKind.FullName).Select(m => m.Person).ToHashSet();

    /// <summary>
    /// The person a name field denotes: the "wie" column of an action table, "Actie: Jan", "(actie: CL)".
    /// Null when it names nobody of the roster, more than one person, or someone it cannot tell apart from another.
    /// </summary>
    public Person? Resolve(string name)
    {
        var people = ResolveAll(name, requireWhole: true);
        return people.Count == 1 ? people[0] : null;
    }

    /// <summary>Every person a name field names ("Anneke/Edwin", "jan jaap, Frank"), each once.</summary>
    public IReadOnlyList<Person> ResolveAll(string names) => ResolveAll(names, requireWhole: false);

    /// <summary>"Ronalds": everyone whose first name the plural is, when more than one person has it; else none.</summary>
    public IReadOnlyList<Person> SharingFirstName(string plural)
    {
        var tokens = NameMatching.Tokenize(plural);
        if (tokens is not [{ Capitalised: true } word] || !word.Folded.EndsWith('s')
            || !_byFirstName.TryGetValue(word.Folded[..^1], out var names) || names.Count < 2)
        {
            return [];
        }

        return names.Select(n => n.Person).Distinct().ToList();
    }

    /// <summary>The organisations of the roster (the people's <see cref="Person.Organization"/>) named in a text, each once.</summary>
    public IReadOnlyList<OrganizationMention> FindOrganizations(string text) =>
        _organizations.Find(text, NameMatching.Tokenize(text));

    private static HashSet<string> FoldedWords(IEnumerable<string> phrases) =>
        phrases.SelectMany(p => NameMatching.Tokenize(p)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);

    private static void AddTo<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private void Add(Person person)
    {
        if (RosterName.Parse(person, _particles) is not { } name)
        {
            return;
        }

        _people.Add(person);
        _names.Add(name);
        foreach (var form in name.Forms())
        {
            AddTo(_forms, form.Tokens[0], form);
            if (form.Kind is MentionKind.FirstName or MentionKind.FullName)
            {
                _givenNameStarts.Add(form.Tokens[0]);
            }
        }

        if (name.FirstName is { } first && name.Surname.Count > 0)
        {
            AddTo(_byFirstName, first, name);
            AddTo(_bySurname, string.Join(' ', name.Surname), name);
            _surnameStarts.Add(name.Surname[0]);
            _longestSurname = Math.Max(_longestSurname, name.Surname.Count);
        }

        foreach (var initials in name.Initials().Where(i => i.Length is >= 2 and <= 4))
        {
            AddTo(_initials, initials, person);
        }

        AddHandle(person);
    }

    private void AddHandle(Person person)
    {
        var handle = person.Handle?.Trim().TrimStart('@');
        if (string.IsNullOrEmpty(handle))
        {
            return;
        }

        _handlesAsWritten.Add(handle);
        var folded = NameMatching.Fold(handle);
        AddTo(_handles, folded, person);

        // "Fishrock" in a speaker label stands for the handle "Fishrock123".
        var stem = folded.TrimEnd("0123456789_-.".ToCharArray());
        if (stem.Length >= 4 && stem.Length < folded.Length)
        {
            AddTo(_handleStems, stem, person);
        }
    }

    /// <summary>The chair or minute taker as a roster person; someone the roster lacks joins it, since the header names them.</summary>
    private Person? MeetingPerson(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        if (Resolve(written) is { } known)
        {
            return known;
        }

        var tokens = NameMatching.Tokenize(written);
        if (tokens.Count == 0 || tokens.Any(t => _forms.ContainsKey(t.Folded)))
        {
            return null;
        }

        var person = new Person(written.Trim());
        Add(person);
        return person;
    }

    private void AddRole(IEnumerable<string> phrases, Person? person)
    {
        if (person is null)
        {
            return;
        }

        foreach (var phrase in phrases)
        {
            var tokens = NameMatching.Tokenize(phrase);
            if (tokens.Count > 0)
            {
                var form = new RoleForm(tokens.Select(t => t.Folded).ToArray(), person, CapitalisedOnly: tokens[0].Capitalised);
                AddTo(_roles, form.Tokens[0], form);
            }
        }
    }
}
