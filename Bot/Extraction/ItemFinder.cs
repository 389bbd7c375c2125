using System.Text.RegularExpressions;
using TeamsBot.Extraction.Learning;
using TeamsBot.Minutes;
using Subject = (System.Collections.Generic.IReadOnlyList<string> Owners, int End, bool IsPronoun);

namespace TeamsBot.Extraction;

/// <summary>What one statement turned out to hold.</summary>
internal sealed record Finding(Statement Statement, bool IsDecision, bool IsAction, IReadOnlyList<string> Owners, string Quote, string Text);

/// <summary>A statement as the rules see it: settled by an exact rule, or with the features and pattern items the learned judgement weighs.</summary>
internal sealed record Judged(Statement Statement, IReadOnlyList<Finding>? Exact, IReadOnlyList<string>? Features, IReadOnlyList<Finding> Patterns)
{
    public IReadOnlyList<string> FallbackOwners { get; init; } = [];

    /// <summary>
    /// The rules settle that the statement is a decision ("It was agreed that ...", a motion the meeting approved): the
    /// learned judgement says only whether it is also something to do.
    /// </summary>
    public bool Settled { get; init; }

    /// <summary>A marker after it ("… race conditions. Followup.") says the statement is an action item.</summary>
    public bool Marked { get; init; }
}

/// <summary>
/// Judges each statement of the minutes: a decision, an action item (and whose), both, or neither.
/// Explicit markers, action or decision lists and agreements decide first (exact rules); every other statement
/// is judged by the learned <see cref="ItemModel"/> over what the rules see in it, with a named subject, a
/// speaker who promises something or an owner in brackets as the owner.
/// </summary>
/// <summary>What the lexicon's patterns say of one statement's body, matched once.</summary>
internal readonly record struct Signals(
    bool Question, bool Decision, bool Settled, bool NotDecision, bool DecisionToAct, bool Proposal, bool Agreement,
    bool Action, bool FutureAction, bool Future, bool Past, bool WeAction, bool Promise);

internal sealed partial class ItemFinder(ItemLexicon lexicon, OwnerFinder owners, string? meetingBody, ItemModel model)
{
    private const int ShortSentenceWords = 6;
    private const int MarkerContinuation = 2;
    private const int ShortBlockSentences = 3;
    private const double TurnShare = 3.5;
    private const int MaxTurnSentences = 8;
    private const int ShortTurnSentences = 6;
    private const int BriefDecisionWords = 10;
    private const int LabelWords = 3;

    /// <summary>The findings of all statements: exact rules first, then the learned judgement of the rest.</summary>
    public IReadOnlyList<Finding> Find(IReadOnlyList<Statement> statements)
    {
        var findings = new List<Finding>();
        var judged = Judge(statements);
        var decided = judged.Select(j => Decide(j).ToList()).ToList();

        // A sentence that is an item of its own is not quoted as the context of another.
        var items = decided.Select(d => d.Count > 0).ToArray();
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            owners.ReadingIn(statement);
            foreach (var judgedFinding in decided[i])
            {
                var quoted = ReferenceEquals(judgedFinding.Statement, statement) ? Elaborated(WithContext(judgedFinding, statements, i, items), statements, i) : judgedFinding;

                // An action whose subject names nobody may still say whose it is elsewhere in what it quotes.
                var owned = quoted is { IsAction: true, Owners.Count: 0 } ? quoted with { Owners = owners.Stated(quoted.Statement, quoted.Quote) } : quoted;
                findings.Add(owned.IsAction ? owned with { Owners = owners.WithCoOwners(owned.Statement.Body, owned.Owners) } : owned);
            }
        }

        return findings;
    }

    /// <summary>
    /// What the rules make of every statement: the findings of an exact rule (a marker, an action or decision
    /// list, "Akkoord."), or, for the rest, the cues the learned judgement weighs and the items the patterns see.
    /// </summary>
    public IReadOnlyList<Judged> Judge(IReadOnlyList<Statement> statements)
    {
        var judged = new List<Judged>(statements.Count);
        var signals = new Signals?[statements.Count];
        var previousItem = false;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            owners.ReadingIn(statement);

            // A pronoun at the start ("Hij maakt ...") points at the one person named in the sentence before.
            var previousPeople = i > 0 && !statement.FirstInBlock ? statements[i - 1].Body : null;
            // Who the sentence opens with, read once for the exact rules and the cues.
            var subject = owners.Subject(statement.Body, 0, previousPeople);
            var exact = Exact(statements, i, previousPeople, subject);
            var current = exact is not null
                ? new Judged(statement, exact, null, [])
                : Implicit(statements, i, previousPeople, subject, previousItem, signals);
            judged.Add(current);
            previousItem = current.Exact is { Count: > 0 } || current.Patterns.Count > 0;
            SettleProposal(judged, current);
            MarkBefore(judged, current);
        }

        return judged;
    }

    /// <summary>"Motion approved." makes the motion before it a decision: that statement is settled, not left to the learned judgement.</summary>
    private static void SettleProposal(List<Judged> judged, Judged agreement)
    {
        if (agreement.Exact is not [{ IsDecision: true } agreed] || ReferenceEquals(agreed.Statement, agreement.Statement) || agreed.Quote != agreed.Statement.Text)
        {
            return;
        }

        for (var back = judged.Count - 2; back >= 0 && back >= judged.Count - 5; back--)
        {
            if (ReferenceEquals(judged[back].Statement, agreed.Statement))
            {
                if (judged[back].Features is not null)
                {
                    judged[back] = judged[back] with { Settled = true };
                }

                return;
            }
        }
    }

    /// <summary>
    /// A cue that the sentence is not settled ("zal", "if", "not yet") counts where it speaks of the decision: before the
    /// decision's cue or in its clause, not in a clause after it ("… is gekozen voor de cirkel, en deze zal niet worden getoond").
    /// </summary>
    private bool NotDecided(string body, Match cue)
    {
        var not = lexicon.NotDecision.Match(body);
        if (!not.Success)
        {
            return false;
        }

        if (!cue.Success || not.Index < cue.Index + cue.Length)
        {
            return true;
        }

        var boundary = lexicon.ClauseBoundary.Match(body, cue.Index + cue.Length);
        return !boundary.Success || not.Index < boundary.Index;
    }

    /// <summary>"Followup." after a note of the same block makes that note an action item, for the learned judgement not to overrule.</summary>
    private void MarkBefore(List<Judged> judged, Judged marker)
    {
        if (marker.Exact is not [] || judged.Count < 2 || !lexicon.MarkerAfter.IsMatch(marker.Statement.Body.Trim()))
        {
            return;
        }

        var before = judged[^2];
        if (before.Features is not null && before.Statement.BlockIndex == marker.Statement.BlockIndex)
        {
            judged[^2] = before with { Marked = true };
        }
    }

    private IEnumerable<Finding> Decide(Judged judged)
    {
        if (judged.Exact is { } exact)
        {
            return exact;
        }

        var features = judged.Features!;
        var decided = judged.Settled || model.Decision.Says(features);
        var acted = judged.Marked || model.Action.Says(features);
        if (!decided && !acted)
        {
            return [];
        }

        var statement = judged.Statement;
        // A pattern that saw an action but nobody doing it ("Michelle: for designs, will send ...") leaves the owner to the fallback.
        var clauses = judged.Patterns.Where(p => p.IsAction).Select(p => p.Owners.Count > 0 ? p.Owners : judged.FallbackOwners).ToList();
        if (!acted)
        {
            return [Item(statement, decision: true, action: false, [], statement.Body)];
        }

        if (clauses.Count == 0)
        {
            clauses.Add(judged.Patterns.Count > 0 && judged.Patterns[0].Owners.Count > 0 ? judged.Patterns[0].Owners : judged.FallbackOwners);
        }

        return clauses.Select((owners, n) => Item(statement, decision: decided && n == 0, action: true, owners, statement.Body));
    }

    /// <summary>The exact rules: markers, items of an action or decision list, an agreement that settles the proposal before it.</summary>
    private List<Finding>? Exact(IReadOnlyList<Statement> statements, int index, string? previousPeople, Subject? subject)
    {
        var statement = statements[index];
        var body = statement.Body;

        // "CONSENSUS:", "Actiepunten:": a label that introduces what follows is no item itself.
        if (body.TrimEnd().EndsWith(':') && StatementFeatures.Words(body).Count <= LabelWords)
        {
            return [];
        }

        var actionMarker = lexicon.ActionMarker.Match(body);
        if (actionMarker.Success)
        {
            var rest = body[actionMarker.Length..];
            if (lexicon.EmptyItem.IsMatch(rest.Trim()))
            {
                return [];
            }

            var named = owners.Subject(rest, 0, previousPeople)?.Owners ?? owners.InvertedSubject(rest)?.Owners ?? (rest.Length < 40 ? owners.Names(rest) : []);
            var item = Item(statement, decision: false, action: true, named.Count > 0 ? named : InlineOwners(body), rest);
            return [item with { Quote = Continued(statements, index) }];
        }

        // "Actie Piet: bel de gemeente": the owner stands between the marker and its colon; a label that names nobody of the
        // meeting ("Action item scribe: ...") is no owner, and "Actie allen:" is everyone's.
        if (lexicon.LabelledActionMarker.Match(body) is { Success: true } labelled
            && owners.Names(labelled.Groups["owner"].Value) is var labelOwners
            && (labelOwners.Count > 0 || !char.IsUpper(labelled.Groups["owner"].Value[0])))
        {
            var rest = body[labelled.Length..];
            if (lexicon.EmptyItem.IsMatch(rest.Trim()))
            {
                return [];
            }

            // "Actie allen:", "Action all:": everyone of the meeting, a group owner as written.
            var label = labelled.Groups["owner"].Value;
            var item = Item(statement, decision: false, action: true, labelOwners.Count == 0 && !char.IsUpper(label[0]) ? [label] : labelOwners, rest);
            return [item with { Quote = Continued(statements, index) }];
        }

        var decisionMarker = lexicon.DecisionMarker.Match(body);
        if (decisionMarker.Success)
        {
            var rest = body[decisionMarker.Length..];
            if (lexicon.EmptyItem.IsMatch(rest.Trim()))
            {
                return [];
            }

            return [Item(statement, decision: true, action: lexicon.DecisionToAct.IsMatch(body), [], rest)];
        }

        // "(actie: Piet de Vries)", "(owner: Ann)": an owner marked in the sentence makes it an action item.
        if (lexicon.InlineOwner.IsMatch(body) && !lexicon.NotAction.IsMatch(body))
        {
            var cue = lexicon.Decision.Match(body);
            var decided = cue.Success && !NotDecided(body, cue);
            return [Item(statement, decided, action: true, InlineOwners(body), body)];
        }

        // "Omar to merge.", "All board members to review the proposal.": a person or group of the meeting given a task.
        if (subject is { IsPronoun: false } assigned
            && lexicon.AssignmentAfterSubject.IsMatch(body.AsSpan(OwnerFinder.AfterApposition(body, assigned.End))))
        {
            return [Item(statement, decision: false, action: true, assigned.Owners, body)];
        }

        if (statement.Listed)
        {
            var isAction = statement.Kind == SectionKind.Actions;
            if (statement.FirstInBlock || lexicon.Action.IsMatch(body) || lexicon.Decision.IsMatch(body))
            {
                var speaking = SpeakerOwners(statement);
                var listedOwners = Addressee(statement) ?? subject?.Owners ?? owners.InvertedSubject(body)?.Owners ?? owners.PassiveAgent(body)
                    ?? (speaking.Count > 0 ? speaking : InlineOwners(body));
                return [Item(statement, decision: !isAction, action: isAction, isAction ? listedOwners : [], body)];
            }

            return [];
        }

        // "Followup." after a note: a marker of the note before it (see MarkBefore), no item of its own.
        if (lexicon.MarkerAfter.IsMatch(body.Trim()))
        {
            return [];
        }

        if (lexicon.AgreementOnly.IsMatch(body.Trim()))
        {
            return Agreement(statements, index) is { } agreed ? [agreed] : [];
        }

        // "QRS: I'll merge it tomorrow.": a speaker of the roster who promises something owns it.
        if (SpeakerOwners(statement) is { Count: > 0 } speaker && lexicon.FirstPersonPromise.IsMatch(body) && !lexicon.NotAction.IsMatch(body))
        {
            return [Item(statement, decision: false, action: true, speaker, body)];
        }

        return null;
    }

    /// <summary>The cues of a statement no exact rule settles, and the items its patterns see in it.</summary>
    private Signals SignalsOf(IReadOnlyList<Statement> statements, Signals?[] signals, int index)
    {
        if (signals[index] is { } known)
        {
            return known;
        }

        var body = statements[index].Body;
        var decisionCue = lexicon.Decision.Match(body);
        var found = new Signals(
            Question: lexicon.NotAction.IsMatch(body),
            Decision: decisionCue.Success,
            Settled: lexicon.SettledDecision.IsMatch(body),
            NotDecision: NotDecided(body, decisionCue),
            DecisionToAct: lexicon.DecisionToAct.IsMatch(body),
            Proposal: lexicon.Proposal.IsMatch(body),
            Agreement: lexicon.AgreementOnly.IsMatch(body.Trim()),
            Action: lexicon.Action.IsMatch(body),
            FutureAction: lexicon.FutureAction.IsMatch(body),
            Future: lexicon.Future.IsMatch(body),
            Past: lexicon.Past.IsMatch(body),
            WeAction: lexicon.WeAction.IsMatch(body),
            Promise: lexicon.FirstPersonPromise.IsMatch(body));
        signals[index] = found;
        return found;
    }

    private Judged Implicit(IReadOnlyList<Statement> statements, int index, string? previousPeople, Subject? opening, bool previousItem, Signals?[] signals)
    {
        var statement = statements[index];
        var body = statement.Body;
        var signal = SignalsOf(statements, signals, index);
        var question = signal.Question;
        var decisionPattern = signal.Decision;
        var notDecision = signal.NotDecision;
        var settled = signal.Settled && !question;
        var decided = settled || (!question && decisionPattern && !notDecision);
        var clauses = ActionClauses(statement, previousPeople, signal, out var named);
        if (question)
        {
            clauses.Clear();
        }

        var decisionToAct = signal.DecisionToAct;
        var acted = clauses.Count > 0 || (decided && decisionToAct);

        var patterns = new List<Finding>();
        if (decided || acted)
        {
            patterns.Add(Item(statement, decided, acted, clauses.Count > 0 ? clauses[0] : [], body));
            patterns.AddRange(clauses.Skip(1).Select(more => Item(statement, decision: false, action: true, more, body)));
        }

        var addressee = Addressee(statement);
        var subject = addressee is null ? opening ?? owners.InvertedSubject(body) : null;
        var speaker = addressee ?? SpeakerOwners(statement);
        var mentioned = owners.Mentioned(body).Count > 0;
        var namedOwners = NamedOwners(body, out var addressed);
        var promise = signal.Promise;
        var leading = LeadingName().Match(body);
        var cues = new StatementFeatures.Cues(
            RuleDecision: decided,
            SettledDecision: settled,
            RuleAction: acted,
            Question: question,
            DecisionPattern: decisionPattern,
            NotDecision: notDecision,
            DecisionToAct: decisionToAct,
            Proposal: signal.Proposal,
            ActionPattern: signal.Action,
            FutureAction: signal.FutureAction,
            Future: signal.Future,
            Past: signal.Past,
            WeAction: signal.WeAction,
            FirstPersonPromise: promise,
            NamedSubjectClause: named,
            NamedOwnerPattern: namedOwners is not null,
            SubjectIsPerson: subject is { IsPronoun: false } s && s.Owners.Any(o => !lexicon.File.GroupWords.Any(g => o.StartsWith(g, StringComparison.OrdinalIgnoreCase))),
            SubjectIsGroup: subject is not null,
            MentionsPerson: mentioned,
            SpeakerIsPerson: speaker.Count > 0,
            PreviousIsQuestion: index > 0 && statements[index - 1].Body.TrimEnd().EndsWith('?'),
            PreviousRuleItem: previousItem,
            NameThenVerb: NameThenVerb(body, leading),
            NameThenFullVerb: leading.Success && lexicon.SubjectVerb.IsMatch(body.AsSpan(leading.Length)),
            LabelThenPromise: LabelThenPromise(body),
            Reported: lexicon.ReportedSpeech.IsMatch(body),
            EarlierMeeting: lexicon.EarlierMeeting.IsMatch(body),
            Seconding: lexicon.Seconding.IsMatch(body),
            Conditional: lexicon.ConditionalOpener.IsMatch(body),
            Habitual: lexicon.Habitual.IsMatch(body),
            Negated: lexicon.Negation.IsMatch(body),
            Hedged: lexicon.Hedge.IsMatch(body),
            SubordinateModal: lexicon.SubordinateModal.IsMatch(body));

        // Who the item is for when the learned judgement says "action" and no pattern named anyone: the addressees of a
        // request ("put task on reviewers"), the subject, an
        // owner in brackets, a doer after a topic label ("David: Process: Dan will draft"), else the speaker whose note
        // it is ("Matt: open to trying a solution", "Kadaster: staat op de lijst").
        var bracketed = InlineOwners(body);
        IReadOnlyList<string> fallback = (addressed ? namedOwners : null) ?? subject?.Owners ?? owners.PassiveAgent(body) ?? (bracketed.Count > 0 ? bracketed : addressee is null ? owners.AfterLabel(body) ?? speaker : speaker);
        return new Judged(statement, null, StatementFeatures.Of(statement, cues, lexicon.Language), patterns) { FallbackOwners = fallback, Settled = settled };
    }

    /// <summary>
    /// "Krijn zal ...", "PPK gaat ...", "Authors will ...": capitalised words (a name, initials, a role), then a verb that
    /// makes its subject the doer, whether or not the roster knows the name.
    /// </summary>
    private string? NameThenVerb(string body, Match name)
    {
        if (!name.Success)
        {
            return null;
        }

        var rest = body[name.Length..];
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return end > 0 && lexicon.SubjectVerbWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest.AsSpan(0, end))
            ? rest[..end].ToLowerInvariant()
            : null;
    }

    /// <summary>"Michelle: will send ...", "[Ken] I'll do it": after a label, a promise or a verb without subject.</summary>
    private (bool Promise, string? FirstWord) LabelThenPromise(string body)
    {
        var label = LeadingLabel().Match(body);
        if (!label.Success)
        {
            return (false, null);
        }

        var rest = body[label.Length..];
        var words = StatementFeatures.Words(rest);
        return (lexicon.FirstPersonPromise.IsMatch(rest) || lexicon.SubjectVerb.IsMatch(rest) || lexicon.Action.IsMatch(rest),
            words.Count > 0 ? words[0] : null);
    }

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\p{M}.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.\-]*|van|de|der|den|vd|von))*(?:\s*(?:,|en|and|&|/)\s*\p{Lu}[\p{L}\p{M}.\-]*)*\s+")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"^\s*(?:\[[^\]]{1,40}\]\s*:?|@?\p{L}[\p{L}\p{M}.'\-]{0,30}(?:[ /]\p{L}[\p{L}\p{M}.'\-]{0,30}){0,2}\s*:)\s*")]
    private static partial Regex LeadingLabel();

    /// <summary>
    /// The action items a sentence holds, each as its owners: one per clause with a named subject and an
    /// action verb ("Heiko levert ... aan, Frank doet ..."), or one with no owner for an implicit form
    /// ("wordt ingepland"). Empty when the sentence holds no action item.
    /// </summary>
    private List<IReadOnlyList<string>> ActionClauses(Statement statement, string? previousPeople, Signals signal, out bool named)
    {
        var body = statement.Body;
        var clauses = new List<IReadOnlyList<string>>();
        named = false;
        var inline = InlineOwners(body);
        if (inline.Count > 0)
        {
            clauses.Add(inline);
            return clauses;
        }

        foreach (var clause in lexicon.MayHaveSubjectVerb(body) ? ClauseStarts(body) : [])
        {
            var start = clause + (lexicon.ClauseOpener.Match(body, clause) is { Success: true } opener ? opener.Length : 0);
            // A clause of someone already named ("Jan en Piet gaan ...": Piet after the "en") is no second item.
            if (owners.Subject(body, start, start == 0 ? previousPeople : null) is { } subject
                && lexicon.SubjectVerb.IsMatch(body.AsSpan(OwnerFinder.AfterApposition(body, subject.End)))
                && !clauses.Any(c => subject.Owners.All(c.Contains)))
            {
                clauses.Add(subject.Owners);
                named = true;
            }
        }

        if (clauses.Count == 0)
        {
            var speaker = SpeakerOwners(statement);
            if (speaker.Count > 0 && signal.Promise)
            {
                clauses.Add(speaker);
            }
            else if (signal.WeAction)
            {
                // "We leggen dit voor": the body that met takes it on, when the minutes say which body that is.
                clauses.Add(meetingBody is null ? [] : [meetingBody]);
            }
            else if (signal.Action || (signal.FutureAction && signal.Future))
            {
                clauses.Add(NamedOwners(body) ?? []);
            }
            else if (NamedOwners(body) is { } beneficiaries)
            {
                clauses.Add(beneficiaries);
            }
        }

        // What already happened is not an action, unless the sentence also looks ahead.
        if (clauses.Count > 0 && signal.Past && !signal.Future)
        {
            clauses.Clear();
        }

        // "Kadaster brengt dit onder de aandacht met het verzoek aan de deelnemers input te geven": the request's
        // addressees do it, not the one who asks. Only the owners change: what the learned judgement sees stays the same.
        if (clauses.Count > 0 && NamedOwners(body, out var addressed) is { } addressees && addressed)
        {
            clauses.Clear();
            clauses.Add(addressees);
        }

        return clauses;
    }

    /// <summary>Where a clause may start: the sentence start, after ", " or "; ", and after a conjunction before a capital ("... aan en Pieter stuurt").</summary>
    private SortedSet<int> ClauseStarts(string body)
    {
        var starts = new SortedSet<int> { 0 };
        for (var i = 1; i < body.Length - 1; i++)
        {
            if (body[i - 1] is ',' or ';' && body[i] == ' ')
            {
                starts.Add(i + 1);
            }
        }

        foreach (Match joined in lexicon.JoinedClause.Matches(body))
        {
            starts.Add(joined.Index + joined.Length);
        }

        return starts;
    }

    /// <summary>Owners a pattern names ("Note for Alex to ...", "een oproep aan de leden"), or null.</summary>
    private IReadOnlyList<string>? NamedOwners(string body) => NamedOwners(body, out _);

    /// <summary>
    /// The owners an owner pattern names ("for Anna to ...", "verzoek aan de leden ..."), and whether they are the addressees
    /// of a request or call, who own it rather than the one who makes it; null when no pattern names a person or group.
    /// </summary>
    private IReadOnlyList<string>? NamedOwners(string body, out bool addressed)
    {
        addressed = false;
        if (lexicon.OwnerPattern.Match(body) is not { Success: true } named)
        {
            return null;
        }

        if (named.Groups["everyone"] is { Success: true } everyone)
        {
            addressed = true;
            return [everyone.Value];
        }

        var group = named.Groups["addressee"].Success ? named.Groups["addressee"] : named.Groups["owner"];
        addressed = named.Groups["addressee"].Success;
        return owners.Names(group.Value) is { Count: > 0 } found ? found : null;
    }

    private IReadOnlyList<string> SpeakerOwners(Statement statement) => statement.Speaker is { } speaker ? owners.Names(speaker) : [];

    /// <summary>"Sander aan Edwin: vraag ...": the one a label addresses, who owns what follows; null without such a label.</summary>
    private IReadOnlyList<string>? Addressee(Statement statement)
    {
        var label = statement.Speaker ?? (AddressLabel().Match(statement.Body) is { Success: true } leading ? leading.Groups["label"].Value : null);
        return label is not null && lexicon.LabelAddressee.Match(label) is { Success: true } addressed
               && owners.Names(addressed.Groups["addressee"].Value) is { Count: > 0 } addressee ? addressee : null;
    }

    /// <summary>"Akkoord." or "No objections, agreed.": the decision is the proposal just before it.</summary>
    private Finding? Agreement(IReadOnlyList<Statement> statements, int index)
    {
        var agreement = statements[index];
        for (var back = index - 1; back >= Math.Max(0, index - 4); back--)
        {
            var candidate = statements[back];
            if (candidate.Section != agreement.Section)
            {
                break;
            }

            // "Omar second motion." between the motion and "Motion approved.": the motion is what was decided.
            if (lexicon.Proposal.IsMatch(candidate.Body) && !lexicon.Seconding.IsMatch(candidate.Body))
            {
                return Item(candidate, decision: true, action: false, [], candidate.Body);
            }
        }

        return index > 0 && statements[index - 1].BlockIndex == agreement.BlockIndex
            ? Item(statements[index - 1], decision: true, action: false, [], statements[index - 1].Body) with { Quote = Span(statements[index - 1], agreement) }
            : null;
    }

    private IReadOnlyList<string> InlineOwners(string body)
    {
        var inline = lexicon.InlineOwner.Match(body);
        return inline.Success ? owners.Names(inline.Groups["owner"].Value) : [];
    }

    /// <summary>An "ACTION:" paragraph is quoted whole, with the sentences that carry on from the marker.</summary>
    private string Continued(IReadOnlyList<Statement> statements, int index)
    {
        var last = index;
        while (last + 1 < statements.Count && last - index < MarkerContinuation
               && statements[last + 1].BlockIndex == statements[index].BlockIndex
               && statements[last + 1].Speaker == statements[index].Speaker
               && !lexicon.ActionMarker.IsMatch(statements[last + 1].Body) && !lexicon.LabelledActionMarker.IsMatch(statements[last + 1].Body))
        {
            last++;
        }

        return Span(statements[index], statements[last]);
    }

    private static Finding Item(Statement statement, bool decision, bool action, IReadOnlyList<string> owners, string text) =>
        new(statement, decision, action, owners, statement.Text, Tidy(text));

    /// <summary>
    /// A very short sentence ("Mara owns the action item.", "Zomerborrel: ja!") is quoted with its context: the whole
    /// block when it is short, else the sentence before it (or after it, when the one before is a question).
    /// </summary>
    private Finding WithContext(Finding finding, IReadOnlyList<Statement> statements, int index, bool[] items)
    {
        var statement = statements[index];
        if (finding.Quote != statement.Text)
        {
            return finding;
        }

        if (statement.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ShortSentenceWords)
        {
            return InTurn(finding, statements, index, items);
        }

        // A promise by a named person stands on its own unless it points back ("Mara owns the action item").
        if (finding is { IsAction: true, IsDecision: false } && owners.Subject(statement.Body) is not null && !lexicon.BackReference.IsMatch(statement.Body))
        {
            return finding;
        }

        // A speaker's short turn ("EAO: … NPM was down. Will update it.") is what a short sentence of it rests on.
        if (SpeakerTurn(statements, index) is { } turn && turn.Last - turn.First < ShortTurnSentences)
        {
            return turn.Last > turn.First && !OtherItem(items, turn.First, turn.Last, index) ? finding with { Quote = Span(statements[turn.First], statements[turn.Last]) } : finding;
        }

        var first = index;
        var last = index;
        while (first > 0 && statements[first - 1].BlockIndex == statement.BlockIndex)
        {
            first--;
        }

        while (last + 1 < statements.Count && statements[last + 1].BlockIndex == statement.BlockIndex)
        {
            last++;
        }

        if (last - first + 1 <= ShortBlockSentences)
        {
            return last > first && !OtherItem(items, first, last, index) ? finding with { Quote = Span(statements[first], statements[last]) } : finding;
        }

        if (index > first && !statements[index - 1].Body.EndsWith('?') && !items[index - 1])
        {
            return finding with { Quote = Span(statements[index - 1], statement) };
        }

        return index < last && !items[index + 1] ? finding with { Quote = Span(statement, statements[index + 1]) } : finding;
    }

    /// <summary>
    /// The sentences of one speaker's turn around <paramref name="index"/>: from the sentence that carries the label
    /// ("Martijn: …") to the last before the next label or the end of the paragraph, at most <see cref="MaxTurnSentences"/>
    /// either side; null when the sentence has no speaker, or the turn is longer than that.
    /// </summary>
    private static (int First, int Last)? SpeakerTurn(IReadOnlyList<Statement> statements, int index)
    {
        var statement = statements[index];
        if (statement.Speaker is null)
        {
            return null;
        }

        bool Same(Statement s) => s.BlockIndex == statement.BlockIndex && s.Speaker == statement.Speaker;
        static bool Labelled(Statement s) => s.Body.Length < s.Text.Length && s.Text.StartsWith(s.Speaker!, StringComparison.Ordinal);
        var first = index;
        while (!Labelled(statements[first]) && first > 0 && index - first < MaxTurnSentences && Same(statements[first - 1]))
        {
            first--;
        }

        var last = index;
        while (last + 1 < statements.Count && last - index < MaxTurnSentences && Same(statements[last + 1]) && !Labelled(statements[last + 1]))
        {
            last++;
        }

        var longer = (last + 1 < statements.Count && Same(statements[last + 1]) && !Labelled(statements[last + 1])) || !Labelled(statements[first]);
        return longer ? null : (first, last);
    }

    private static bool OtherItem(bool[] items, int first, int last, int index)
    {
        for (var i = first; i <= last; i++)
        {
            if (i != index && items[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence in a short turn or note ("EAO: Mention JS implementation is up to date. NPM was down. Will update it.")
    /// is quoted with the whole note when the sentence is a fair share of it: the note is what the reader needs.
    /// </summary>
    private static Finding InTurn(Finding finding, IReadOnlyList<Statement> statements, int index, bool[] items)
    {
        var statement = statements[index];
        int first, last;
        if (SpeakerTurn(statements, index) is { } turn)
        {
            // One speaker's lines in a paragraph of several ("Frank: … / Martijn: … / Ton: …"): the turn is the note.
            (first, last) = turn;
        }
        else
        {
            first = index;
            last = index;
            while (first > 0 && index - first < MaxTurnSentences && statements[first - 1].BlockIndex == statement.BlockIndex)
            {
                first--;
            }

            while (last + 1 < statements.Count && last - index < MaxTurnSentences && statements[last + 1].BlockIndex == statement.BlockIndex)
            {
                last++;
            }

            // A long block is no short turn; and one of a hundred thousand sentences must not be walked for each of them.
            if ((first > 0 && statements[first - 1].BlockIndex == statement.BlockIndex)
                || (last + 1 < statements.Count && statements[last + 1].BlockIndex == statement.BlockIndex))
            {
                return finding;
            }
        }

        // A turn ("EAO: ...") or a note in a list, not a paragraph of prose: there the sentence is the quote.
        if (first == last || OtherItem(items, first, last, index) || (statement.Speaker is null && statement.Block.Kind != BlockKind.ListItem && !LeadingLabel().IsMatch(statements[first].Text)))
        {
            return finding;
        }

        var sentence = StatementFeatures.Words(statement.Text).Count;
        var note = 0;
        for (var i = first; i <= last; i++)
        {
            note += StatementFeatures.Words(statements[i].Text).Count;
        }

        return note <= TurnShare * sentence ? finding with { Quote = Span(statements[first], statements[last]) } : finding;
    }

    /// <summary>
    /// A brief decision ("Lijkt consensus dat hij te sterk geformuleerd is.") is quoted with the sentence after it in
    /// the same block, which says what was settled, unless that sentence is an item of its own.
    /// </summary>
    private Finding Elaborated(Finding finding, IReadOnlyList<Statement> statements, int index)
    {
        var statement = statements[index];
        if (!finding.IsDecision || finding.IsAction || finding.Quote != statement.Text || index + 1 >= statements.Count)
        {
            return finding;
        }

        var next = statements[index + 1];
        var words = statement.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words < BriefDecisionWords && next.BlockIndex == statement.BlockIndex && next.Speaker == statement.Speaker
               && !lexicon.Decision.IsMatch(next.Body) && !lexicon.Action.IsMatch(next.Body) && !lexicon.ActionMarker.IsMatch(next.Body)
            ? finding with { Quote = Span(statement, next) }
            : finding;
    }

    private static string Span(Statement first, Statement last) =>
        first.Block.Text[first.Start..(last.Start + last.Text.Length)].Replace('\n', ' ').Trim();

    private static string Tidy(string text)
    {
        var tidy = text.Trim().TrimEnd('.', ';', ',').Trim();
        return tidy.Length > 0 ? char.ToUpperInvariant(tidy[0]) + tidy[1..] : tidy;
    }

    // "Sander aan Edwin:": a short label before a colon.
    [GeneratedRegex(@"^\s*(?<label>[^:\n]{3,60}?)\s*:\s")]
    private static partial Regex AddressLabel();
}
