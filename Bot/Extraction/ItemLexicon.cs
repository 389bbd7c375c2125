using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>Lexicons/&lt;language&gt;/items.json as written: the patterns that find decisions and action items.</summary>
internal sealed record ItemLexiconFile(
    IReadOnlyList<string> ActionMarkers,
    IReadOnlyList<string> InlineOwnerMarkers,
    IReadOnlyList<string> DecisionMarkers,
    IReadOnlyList<string> DecisionPatterns,
    IReadOnlyList<string> SettledDecisions,
    IReadOnlyList<string> NotDecisionPatterns,
    IReadOnlyList<string> AgreementOnly,
    IReadOnlyList<string> ProposalMarkers,
    IReadOnlyList<string> ActionPatterns,
    IReadOnlyList<string> FutureActionPatterns,
    IReadOnlyList<string> FutureMarkers,
    IReadOnlyList<string> DecisionToAct,
    IReadOnlyList<string> SubjectActionVerbs,
    IReadOnlyList<string> FirstPersonPlural,
    IReadOnlyList<string> WeActionVerbs,
    IReadOnlyList<string> FirstPersonPromises,
    IReadOnlyList<string> PastMarkers,
    IReadOnlyList<string> NotActionPatterns,
    IReadOnlyList<string> ActionSections,
    IReadOnlyList<string> DecisionSections,
    IReadOnlyList<string> AgendaSections,
    IReadOnlyList<string> SkipSections,
    TableColumnWords TableColumns,
    IReadOnlyList<string> DoneWords,
    IReadOnlyList<string> GroupWords,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Pronouns,
    IReadOnlyList<string> Conjunctions,
    IReadOnlyList<string> ClauseOpeners,
    IReadOnlyList<string> OwnerPatterns,
    IReadOnlyList<string> NotSubjectVerbs,
    IReadOnlyList<string> BackReferences,
    IReadOnlyList<string> NonSpeakerLabels,
    IReadOnlyList<string> EmptyItems,
    IReadOnlyList<string> Secondings,
    IReadOnlyList<string> ReportedSpeech,
    IReadOnlyList<string> EarlierMeeting,
    IReadOnlyList<string> AssignmentAfterSubject,
    IReadOnlyList<string> InvertedSubjectVerbs,
    IReadOnlyList<string> LabelAddressees,
    IReadOnlyList<string> CoOwnerMarkers,
    IReadOnlyList<string> LabelledActionMarkers,
    IReadOnlyList<string>? PassiveAgentMarkers = null,
    StatementCueWords? StatementCues = null,
    IReadOnlyList<string>? MarkersAfter = null,
    IReadOnlyList<string>? ClauseBoundaries = null);

/// <summary>
/// Words that tell how a sentence speaks, for the learned judgement only (no rule decides on them): a condition or
/// reason it opens with ("Als we dat doen, ..."), a habit ("elk jaar", "always"), a negation, a hedge ("wellicht"),
/// a modal verb in a subordinate clause ("..., die moet worden ingevuld"). Regular expressions, matched case-insensitively.
/// </summary>
internal sealed record StatementCueWords(
    IReadOnlyList<string> ConditionalOpeners,
    IReadOnlyList<string> Habitual,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> Hedges,
    IReadOnlyList<string> SubordinateModals);

/// <summary>The header words of the columns of an action or decision table.</summary>
internal sealed record TableColumnWords(
    IReadOnlyList<string> What,
    IReadOnlyList<string> Who,
    IReadOnlyList<string> When,
    IReadOnlyList<string> Status,
    IReadOnlyList<string> Decision);

/// <summary>The item lexicon of one language, its patterns compiled once.</summary>
internal sealed class ItemLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Dictionary<string, ItemLexicon> Loaded = [];

    private ItemLexicon(string language, ItemLexiconFile file)
    {
        Language = language;
        File = file;
        ActionMarker = Marker(file.ActionMarkers);
        LabelledActionMarker = Marker(file.LabelledActionMarkers);
        InlineOwner = Any(file.InlineOwnerMarkers);
        DecisionMarker = Marker(file.DecisionMarkers);
        Decision = Any(file.DecisionPatterns);
        Seconding = Any(file.Secondings);
        NotDecision = Any([.. file.NotDecisionPatterns, .. file.Secondings]);
        EmptyItem = Any(file.EmptyItems);
        ReportedSpeech = Any(file.ReportedSpeech);
        EarlierMeeting = Any(file.EarlierMeeting);
        AssignmentAfterSubject = Any(file.AssignmentAfterSubject);
        CoOwnerMarker = Any(file.CoOwnerMarkers);
        PassiveAgent = Any(file.PassiveAgentMarkers ?? []);
        var cues = file.StatementCues ?? new StatementCueWords([], [], [], [], []);
        ConditionalOpener = cues.ConditionalOpeners.Count == 0 ? Any([]) : new Regex($@"^(?:{string.Join('|', cues.ConditionalOpeners)})\b", Options);
        Habitual = Any(cues.Habitual);
        Negation = Any(cues.Negations);
        Hedge = Any(cues.Hedges);
        SubordinateModal = Any(cues.SubordinateModals);
        SettledDecision = Any(file.SettledDecisions);
        // One to three words before the verb, the first capitalised: "Dit weekend rondt ", "Tevens komt ", "Issue #7 pakken ".
        InvertedSubject = file.InvertedSubjectVerbs.Count == 0 ? new Regex("(?!)")
            : new Regex($@"^(?-i:\p{{Lu}})[\p{{L}}\-]*(?:\s+#?[\p{{L}}\p{{N}}\-]+){{0,2}}?\s+(?:{string.Join('|', file.InvertedSubjectVerbs)})\s+(?=(?-i:\p{{Lu}})|de\s|het\s)", Options);
        LabelAddressee = file.LabelAddressees.Count == 0 ? new Regex("(?!)")
            : new Regex($@"^(?<speaker>.+?)\s+(?:{string.Join('|', file.LabelAddressees.Select(Regex.Escape))})\s+(?<addressee>(?-i:\p{{Lu}}).+)$", Options);
        WeAction = new Regex(
            $@"^(?:{string.Join('|', file.FirstPersonPlural.Select(Regex.Escape))})\s+(?:{string.Join('|', file.WeActionVerbs.Select(v => v.Replace(" ", @"\s+", StringComparison.Ordinal)))})\b",
            Options);
        AgreementOnly = Any(file.AgreementOnly);
        MarkerAfter = Any(file.MarkersAfter ?? []);
        Proposal = Any(file.ProposalMarkers);
        var groups = "(?:" + string.Join('|', file.GroupWords.OrderByDescending(g => g.Length).Select(Regex.Escape)) + ")";
        Action = Any(file.ActionPatterns.Select(p => p.Replace("{group}", groups, StringComparison.Ordinal)).ToList());
        FutureAction = Any(file.FutureActionPatterns);
        Future = Any(file.FutureMarkers);
        DecisionToAct = Any(file.DecisionToAct);
        FirstPersonPromise = Any(file.FirstPersonPromises);
        Past = Any(file.PastMarkers);
        NotAction = Any(file.NotActionPatterns);
        ActionSection = Any(file.ActionSections);
        DecisionSection = Any(file.DecisionSections);
        AgendaSection = Any(file.AgendaSections);
        SkipSection = Any(file.SkipSections);
        ClauseOpener = new Regex($@"\G(?:{string.Join('|', file.ClauseOpeners.Select(Regex.Escape))})\s+", Options);
        // Punctuation, or a conjunction between two clauses: where a clause ends.
        ClauseBoundary = new Regex(file.ClauseBoundaries is { Count: > 0 } boundaries
            ? $@"[,;:]\s|\s(?:{string.Join('|', boundaries.Select(Regex.Escape))})\s" : @"[,;:]\s", Options);
        JoinedClause = new Regex($@"(?<=\S)\s+(?:{string.Join('|', file.Conjunctions.Select(Regex.Escape))})\s+(?=\p{{Lu}})", Options);
        OwnerPattern = Any(file.OwnerPatterns);
        BackReference = Any(file.BackReferences);
        SubjectVerbWords = file.SubjectActionVerbs
            .Select(v => new string(v.TakeWhile(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SubjectVerb = new Regex(
            @"^\s*(?!(?:" + string.Join('|', file.NotSubjectVerbs.Select(v => v.Replace(" ", @"\s+", StringComparison.Ordinal))) + @")\b)(?:" + string.Join('|', file.SubjectActionVerbs.OrderByDescending(v => v.Length).Select(VerbPattern)) + @")\b",
            Options);
    }

    /// <summary>
    /// A verb of the lexicon as a pattern: words in sequence, and "…" where the object may stand between a separable
    /// verb and its particle ("stemt … af" reads "stemt het programma af").
    /// </summary>
    private static string VerbPattern(string verb) =>
        verb.Replace(" … ", @"(?:\s+[^\s.;:!?]+){0,6}?\s+", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal);

    /// <summary>The language code of the lexicon ("nl", "en").</summary>
    public string Language { get; }

    public ItemLexiconFile File { get; }

    public Regex ActionMarker { get; }

    /// <summary>A marker with its owner before the colon: "Actie Piet: ...", "Action Ann and Bo: ..." (group "owner").</summary>
    public Regex LabelledActionMarker { get; }

    public Regex InlineOwner { get; }

    public Regex DecisionMarker { get; }

    public Regex Decision { get; }

    /// <summary>"Omar second motion.", "seconded by Ann": support for a motion, not the motion nor its outcome.</summary>
    public Regex Seconding { get; }

    /// <summary>What follows a marker when there is nothing to do: "ACTION: none", "Actiepunten: geen", "as noted above".</summary>
    public Regex EmptyItem { get; }

    /// <summary>"Jon notes that ...", "Cor geeft aan dat ...": someone's words reported.</summary>
    public Regex ReportedSpeech { get; }

    /// <summary>"samen met ", "together with ": another owner follows.</summary>
    public Regex CoOwnerMarker { get; }

    /// <summary>A passive plan up to its agent: "wordt door " in "Issue #3 wordt door de werkgroep opgepakt"; the doer starts where it ends.</summary>
    public Regex PassiveAgent { get; }

    /// <summary>A sentence that opens with a condition or reason: "Als ...", "If ...", "Omdat ...".</summary>
    public Regex ConditionalOpener { get; }

    /// <summary>What happens as a habit, not as a task: "elk jaar", "always".</summary>
    public Regex Habitual { get; }

    public Regex Negation { get; }

    /// <summary>"wellicht", "misschien", "might": a hedge.</summary>
    public Regex Hedge { get; }

    /// <summary>A modal verb in a subordinate clause: "die ingevuld moet worden", "which should".</summary>
    public Regex SubordinateModal { get; }

    /// <summary>"It was agreed that ...", "Besloten wordt ...": the meeting says in so many words that it settled something.</summary>
    public Regex SettledDecision { get; }

    /// <summary>What comes before a subject that follows its verb; the subject starts where it ends.</summary>
    public Regex InvertedSubject { get; }

    /// <summary>A speaker label that addresses someone: "Sander aan Edwin".</summary>
    public Regex LabelAddressee { get; }

    /// <summary>Right after a subject of the meeting: "to review" in "All board members to review the proposal".</summary>
    public Regex AssignmentAfterSubject { get; }

    /// <summary>"At the last meeting ...", "had agreed": what an earlier meeting did.</summary>
    public Regex EarlierMeeting { get; }

    /// <summary>Looks like a decision but is not settled yet ("zal worden vastgesteld").</summary>
    public Regex NotDecision { get; }

    /// <summary>"We gaan ...", "We will ...": the meeting itself takes something on.</summary>
    public Regex WeAction { get; }

    public Regex AgreementOnly { get; }

    /// <summary>A sentence that is nothing but a marker after the note it marks ("… race conditions. Followup."): that note is an action item.</summary>
    public Regex MarkerAfter { get; }

    public Regex Proposal { get; }

    public Regex Action { get; }

    /// <summary>Forms that are action items only when the sentence looks ahead (<see cref="Future"/>).</summary>
    public Regex FutureAction { get; }

    public Regex Future { get; }

    /// <summary>A decision whose content is something to do ("Besloten wordt ... te agenderen").</summary>
    public Regex DecisionToAct { get; }

    public Regex FirstPersonPromise { get; }

    public Regex Past { get; }

    public Regex NotAction { get; }

    public Regex ActionSection { get; }

    public Regex DecisionSection { get; }

    /// <summary>"Agenda", "Agenda/Verslag": the agenda, or minutes written under the agenda's points.</summary>
    public Regex AgendaSection { get; }

    public Regex SkipSection { get; }

    /// <summary>A word that may open a clause before its subject ("dus Sander gaat ...").</summary>
    public Regex ClauseOpener { get; }

    /// <summary>Where a clause ends: a comma, semicolon or colon, or a word that joins two clauses ("maar", "but").</summary>
    public Regex ClauseBoundary { get; }

    /// <summary>A conjunction before a capitalised word, where a second clause may start: "Joost levert de tekst aan en Pieter stuurt ...".</summary>
    public Regex JoinedClause { get; }

    /// <summary>Names the owner in a group "owner": "Note for Alex to write ...".</summary>
    public Regex OwnerPattern { get; }

    /// <summary>Words that point back to the sentence before ("the action item", "dit").</summary>
    public Regex BackReference { get; }

    /// <summary>The first words of the subject verbs: a sentence without one has no "Jan stuurt ..." clause to look for.</summary>
    public FrozenSet<string> SubjectVerbWords { get; }

    public bool MayHaveSubjectVerb(string text)
    {
        var words = SubjectVerbWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return WordSpans.Of(text).Any(word => words.Contains(text.AsSpan()[word]));
    }

    /// <summary>Matches at the start of what follows a named subject: "will", "to", "stuurt", "gaat".</summary>
    public Regex SubjectVerb { get; }

    public static ItemLexicon For(string language)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(language, out var lexicon))
            {
                lexicon = new ItemLexicon(language, LexiconFiles.Load<ItemLexiconFile>(language, "items"));
                Loaded[language] = lexicon;
            }

            return lexicon;
        }
    }

    /// <summary>
    /// A marker at the start of a statement, also after the decoration writers put before it: emoji, a chat
    /// shortcode (":pushpin:"), bold or a bullet ("📌 **Actiepunt:**", ":white_check_mark: Decision:").
    /// </summary>
    private static Regex Marker(IReadOnlyList<string> patterns) =>
        new(patterns.Count == 0 ? "(?!)" : @"^(?:[\p{So}\p{Sk}\p{Cs}\uFE0F\u200D*_•·>\-\s]|:[a-z0-9_+\-]{2,30}:)*(?:"
            + string.Join('|', patterns.Select(p => $"(?:{(p.StartsWith('^') ? p[1..] : p)})")) + ")", Options);

    private static Regex Any(IReadOnlyList<string> patterns) => Any(patterns, Options);

    /// <summary>One regex that matches where any of the patterns does; one that never matches for none.</summary>
    public static Regex Any(IReadOnlyList<string> patterns, RegexOptions options) =>
        new(patterns.Count == 0 ? "(?!)" : string.Join('|', patterns.Select(p => $"(?:{p})")), options);
}
