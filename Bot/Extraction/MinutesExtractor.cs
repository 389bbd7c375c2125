using System.Text.RegularExpressions;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>Options of one extraction; the clock never comes in, dates do.</summary>
public sealed record ExtractionOptions(DateOnly? NextMeeting = null)
{
    /// <summary>The learned judgement of statements; the embedded model when null (the <c>train</c> verb tries others).</summary>
    internal Learning.ItemModel? Model { get; init; }
}

/// <summary>
/// Turns a document of minutes into the meeting header, its decisions and its action items, in the
/// document's own language. Pure: no I/O, no clock.
/// </summary>
public static partial class MinutesExtractor
{
    private const int StandaloneDateWords = 3;

    public static ExtractionResult Extract(MinutesDocument document, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (language, lexicon, header, headerBlocks, owners, statements, finder) = Prepare(document, options);
        var findings = finder.Find(statements);
        var tableItems = new ActionTableReader(lexicon, owners).Read(document, headerBlocks, language, header.Date, header.NextMeeting, index => SectionOf(document, index));

        var tables = new ActionTableReader(lexicon, owners);
        var suggester = new OwnerSuggester(owners, language, header.Absent, header.Title ?? document.Title);
        var positions = new Dictionary<Statement, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < statements.Count; i++)
        {
            positions[statements[i]] = i;
        }

        var discussed = new DiscussedDeadlines(statements, language, header);
        var decisions = new List<ExtractedDecision>();
        var actions = new List<ExtractedAction>();

        // Sets, not a scan of the items so far: one block of a hundred thousand sentences would make that quadratic.
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var statement = finding.Statement;
            var quote = Verbatim(finding.Quote, statement.Block.Links);
            if (finding.IsDecision && decided.Add(positions[statement] + "\u0000" + finding.Quote))
            {
                decisions.Add(new ExtractedDecision($"d{decisions.Count + 1}", finding.Text, quote, statement.Section, statement.Block.Source));
            }

            if (finding.IsAction && assigned.Add(positions[statement] + "\u0000" + finding.Quote + "\u0000" + string.Join('\u0001', finding.Owners)))
            {
                // "ACTION: Jenn to recruit speakers. Identify them by next call.": a quote that runs on past its sentence may give the date.
                var due = DueDateResolver.Resolve(statement.Body, language, header.Date, header.NextMeeting)
                    ?? (finding.Quote.Length > statement.Body.Length ? DueDateResolver.Resolve(finding.Quote, language, header.Date, header.NextMeeting) : null)
                    ?? DateJustBefore(statements, positions, statement, language, header)
                    ?? (statement.Kind == SectionKind.Actions ? discussed.DateOf(statement, positions[statement]) : null);
                var suggestions = finding.Owners.Count == 0 ? suggester.Suggest(statements, positions[statement]) : [];
                actions.Add(new ExtractedAction(
                    $"a{actions.Count + 1}", finding.Text, finding.Owners, suggestions, due?.Date, due?.Text, quote, statement.Section, statement.Block.Source,
                    statement.Listed && tables.IsDone(statement.Body) ? ExtractedStatus.Done : ExtractedStatus.Open));
            }
        }

        foreach (var row in tableItems)
        {
            if (row.IsAction)
            {
                actions.Add(new ExtractedAction($"a{actions.Count + 1}", row.Text, row.Owners, [], row.Due, row.DueText, row.Quote, row.Section, row.Source, row.Status));
            }
            else
            {
                decisions.Add(new ExtractedDecision($"d{decisions.Count + 1}", row.Text, row.Quote, row.Section, row.Source));
            }
        }

        var parents = EarlierItems.ListParents(document);
        return new ExtractionResult(header, language, decisions, parents.Count == 0 ? actions : [.. actions.Select(a => parents.GetValueOrDefault(a.Source) is { } parent ? a with { Context = parent } : a)]);
    }

    /// <summary>
    /// The quote as the writer wrote it: a link's text with its address again ("[Issue #7](https://...) pakken Martin en
    /// Remco op"), so that the card links to what the item is about. The item's text stays plain.
    /// </summary>
    internal static string Verbatim(string quote, IReadOnlyList<BlockLink> links)
    {
        if (links.Count == 0)
        {
            return quote;
        }

        var verbatim = new System.Text.StringBuilder(quote.Length + 64);
        var at = 0;
        foreach (var link in links)
        {
            var found = quote.IndexOf(link.Text, at, StringComparison.Ordinal);
            if (found < 0)
            {
                continue;
            }

            verbatim.Append(quote, at, found - at).Append('[').Append(link.Text).Append("](").Append(link.Url).Append(')');
            at = found + link.Text.Length;
        }

        return verbatim.Append(quote, at, quote.Length - at).ToString();
    }

    /// <summary>The steps before judging statements: language, header, roster, the statements and their judge.</summary>
    internal static (string Language, ItemLexicon Lexicon, MeetingHeader Header, IReadOnlySet<int> HeaderBlocks, OwnerFinder Owners,
        IReadOnlyList<Statement> Statements, ItemFinder Finder) Prepare(MinutesDocument document, ExtractionOptions? options)
    {
        var language = LanguageDetector.Detect(document);
        var lexicon = ItemLexicon.For(language);
        var (header, headerBlocks) = HeaderExtractor.Extract(document, language);
        if (options?.NextMeeting is { } given)
        {
            header = header with { NextMeeting = given, NextMeetingTime = null };
        }

        var roster = new Roster(People(header, document, headerBlocks, lexicon), language, header.Chair, header.MinuteTaker, header.Attendees);
        var owners = new OwnerFinder(roster, lexicon);
        owners.KnowGroupsOf(document.Blocks.Select(b => b.Text));
        var statements = StatementReader.Read(document, headerBlocks, lexicon, roster.IsSpeaker);
        var finder = new ItemFinder(lexicon, owners, owners.MeetingBody(header.Title ?? document.Title), options?.Model ?? Learning.ItemModel.Default);
        return (language, lexicon, header, headerBlocks, owners, statements, finder);
    }

    /// <summary>
    /// Everyone who can own an item: the attendees and absentees of the header, the chair and minute taker,
    /// and speakers whose label ("Travis:", "RC:", "rlb:") stands for nobody of the header, when heard more than
    /// once or in minutes written as dialogue. Without an attendee list, the speakers are the roster.
    /// </summary>
    private static List<Person> People(MeetingHeader header, MinutesDocument document, IReadOnlySet<int> headerBlocks, ItemLexicon lexicon)
    {
        var people = header.Attendees.Concat(header.Absent).ToList();
        foreach (var name in new[] { header.Chair, header.MinuteTaker })
        {
            if (name is not null && people.All(p => p.Name != name))
            {
                people.Add(new Person(name));
            }
        }

        AddNamedDoers(people, document, headerBlocks, lexicon);
        var labels = SpeakerLabelCounts(document, headerBlocks, lexicon);
        if (labels.Count == 0)
        {
            return people;
        }

        // In minutes written as dialogue ("Ryan: ..."), a name heard once is a speaker too.
        var listed = new Roster(people, "en");
        var dialogue = labels.Keys.Count(name => listed.Resolve(name) is not null) >= 3 || labels.Values.Sum() >= 10;

        // Names first, then initials and handles, which may stand for a name just added ("RC" for "Ronald C").
        var kinds = labels.Keys
            .Where(name => labels[name] >= 2 || dialogue)
            .GroupBy(name => SpeakerLabels.IsShortForm(name) ? 1 : SpeakerLabels.IsHandle(name) ? 2 : 0)
            .OrderBy(g => g.Key);
        foreach (var kind in kinds)
        {
            var known = new Roster(people, "en");
            foreach (var name in kind.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal))
            {
                if (known.Resolve(name) is null && people.All(p => !p.Name.StartsWith(name, StringComparison.Ordinal)))
                {
                    people.Add(new Person(name, Handle: kind.Key == 0 ? null : name));
                }
            }
        }

        return people;
    }

    /// <summary>
    /// People the minutes name as the doer of a sentence without listing them ("Mark will own the merge.", "Heather agreed
    /// to set up a list.", "action item: Mark to close this"): one or two capitalised words at the start of a sentence or
    /// after an action marker there, then a verb that makes its subject the
    /// doer. A word the minutes also write in lower case, or a common word of any language, is no name ("Discussion will
    /// continue"); a group word, or the word for one of its members ("Editor" of "editors"), is a group, found as such.
    /// </summary>
    private static void AddNamedDoers(List<Person> people, MinutesDocument document, IReadOnlySet<int> headerBlocks, ItemLexicon lexicon)
    {
        HashSet<string>? lowercase = null;
        var known = new Roster(people, lexicon.Language);
        var listed = people.Count;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (headerBlocks.Contains(i) || document.Blocks[i].Kind == BlockKind.Heading)
            {
                continue;
            }

            var text = document.Blocks[i].Text;
            AddCoDoers(people, known, text, lexicon);
            foreach (var doer in Doers(text, lexicon))
            {
                // "Heather Miller agreed to ...", or "Omar Will cancel ...": two words, else the first.
                var name = doer.Groups["name"].Value;
                var space = name.IndexOf(' ', StringComparison.Ordinal);
                var after = OwnerFinder.AfterApposition(text, doer.Index + name.Length);
                if (!lexicon.SubjectVerb.IsMatch(text.AsSpan(after)) && !(space > 0 && FiniteVerb().IsMatch(text.AsSpan(after))))
                {
                    name = space > 0 && lexicon.SubjectVerb.IsMatch(text.AsSpan(OwnerFinder.AfterApposition(text, doer.Index + space))) ? name[..space] : "";
                }

                if (name.Length == 0 || known.Resolve(name) is not null || people.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                lowercase ??= LowercaseWords(document);
                var words = name.Split(' ');
                if (words.All(w => !lowercase.Contains(w.ToLowerInvariant()) && !CommonWords.Contains(w) && !NounEndings.Any(e => w.Length > e.Length + 2 && w.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                                && !lexicon.File.GroupWords.Contains(w, StringComparer.OrdinalIgnoreCase)
                                && !lexicon.File.GroupWords.Contains(w + "s", StringComparer.OrdinalIgnoreCase)))
                {
                    people.Add(new Person(name));
                }
            }
        }

        // "Janita Top heeft ... Janita pakt ...": a first name found alone is the one found in full with it, not someone else.
        var full = people.Select(p => p.Name.Split(' ')).Where(words => words.Length > 1).Select(words => words[0]).ToList();
        for (var k = people.Count - 1; k >= listed; k--)
        {
            if (!people[k].Name.Contains(' ', StringComparison.Ordinal) && full.Count(first => first.Equals(people[k].Name, StringComparison.OrdinalIgnoreCase)) == 1)
            {
                people.RemoveAt(k);
            }
        }
    }

    /// <summary>Where a doer's name may stand: at the start of a sentence or list item, or right after an action marker there.</summary>
    private static IEnumerable<Match> Doers(string text, ItemLexicon lexicon)
    {
        foreach (Match doer in NamedDoer().Matches(text))
        {
            yield return doer;
        }

        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (lexicon.ActionMarker.Match(line) is { Success: true } marker
                && NamedDoerAt().Match(text, start + marker.Length) is { Success: true } doer)
            {
                yield return doer;
            }

            start += line.Length + 1;
        }
    }

    /// <summary>
    /// "PPK gaat samen met Sander Aarts ...": a full name right after a co-owner marker names a doer too, whether or not
    /// the attendee list has them; a single word there may be anything ("samen met Kadaster").
    /// </summary>
    private static void AddCoDoers(List<Person> people, Roster known, string text, ItemLexicon lexicon)
    {
        foreach (Match marker in lexicon.CoOwnerMarker.Matches(text))
        {
            if (FullName.Match(text, marker.Index + marker.Length) is { Success: true } name && name.Index == marker.Index + marker.Length
                && known.Resolve(name.Value) is null && people.All(p => !string.Equals(p.Name, name.Value, StringComparison.OrdinalIgnoreCase)))
            {
                people.Add(new Person(name.Value));
            }
        }
    }

    // "Karin de Boer", "Sander Aarts": a first name, the particles of any language, a surname.
    private static readonly Regex FullName = new(
        $@"\G\p{{Lu}}\p{{Ll}}+(?: (?:{string.Join('|', RosterLexicon.AllParticles().Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape))}))* \p{{Lu}}\p{{Ll}}+(?=[\s.,;:!?)]|$)",
        RegexOptions.CultureInvariant);

    private static readonly string[] NounEndings = [.. LexiconFiles.Languages.SelectMany(l => RosterLexicon.For(l).NounEndings).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static readonly HashSet<string> CommonWords = new(
        LexiconFiles.Languages.SelectMany(l => LanguageLexicon.For(l).Stopwords.Concat(ItemLexicon.For(l).File.Pronouns).Concat(RosterLexicon.For(l).NotNames)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word the document writes starting with a lower-case letter.</summary>
    private static HashSet<string> LowercaseWords(MinutesDocument document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            foreach (Match word in LowercaseWord().Matches(block.Text))
            {
                words.Add(word.Value);
            }
        }

        return words;
    }

    // At a sentence or list item start: "Mark ", "Heather Miller ".
    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n[\s*\-•]*|^[\s*\-•]+)(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?= )", RegexOptions.CultureInvariant)]
    private static partial Regex NamedDoer();

    // What follows a full name that makes it the subject, whatever the verb: "Joke Sikking (coördinator) meldt ...".
    [GeneratedRegex(@"^\s+\p{Ll}{2,}(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    // Right after an action marker: "action item: Mark to close this".
    [GeneratedRegex(@"\G(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?= )", RegexOptions.CultureInvariant)]
    private static partial Regex NamedDoerAt();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseWord();

    /// <summary>How often each person-shaped label starts a line of the minutes' body, a task's label counting double.</summary>
    private static Dictionary<string, int> SpeakerLabelCounts(MinutesDocument document, IReadOnlySet<int> headerBlocks, ItemLexicon lexicon)
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (headerBlocks.Contains(i) || document.Blocks[i].Kind == BlockKind.Heading)
            {
                continue;
            }

            foreach (var line in document.Blocks[i].Text.Split('\n'))
            {
                // "Actie: Ronald K: ...": the name labelling the task after a marker is someone of the meeting too.
                var text = line.TrimStart(' ', '\t', '*', '-');
                var marker = lexicon.ActionMarker.Match(text);
                if (SpeakerLabels.OfLine(marker.Success ? text[marker.Length..] : line) is { } name
                    && !lexicon.ActionMarker.IsMatch(name + ": ") && !lexicon.DecisionMarker.IsMatch(name + ": ")
                    && !lexicon.File.NonSpeakerLabels.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // A label after a marker names whom the task is for: once is enough.
                    labels[name] = labels.GetValueOrDefault(name) + (marker.Success ? 2 : 1);
                }
            }
        }

        return labels;
    }

    /// <summary>
    /// "Zomerborrel: ja! 24 augustus. Anneke regelt lokatie.": a date that stands alone in the sentence just before
    /// an action, in the same paragraph, is the date the action works towards.
    /// </summary>
    private static DueDate? DateJustBefore(IReadOnlyList<Statement> statements, Dictionary<Statement, int> positions, Statement statement, string language, MeetingHeader header)
    {
        var index = positions[statement];
        if (index <= 0 || statements[index - 1].BlockIndex != statement.BlockIndex)
        {
            return null;
        }

        var previous = statements[index - 1].Body;
        return previous.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= StandaloneDateWords
               && DueDateResolver.Resolve(previous, language, header.Date, header.NextMeeting) is { Date: not null } due
            ? due
            : null;
    }

    private static string? SectionOf(MinutesDocument document, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (document.Blocks[i].Kind == BlockKind.Heading)
            {
                return document.Blocks[i].Text;
            }
        }

        return null;
    }
}
