namespace TeamsBot.Extraction;

/// <summary>What one statement turned out to hold.</summary>
internal sealed record Finding(Statement Statement, bool IsDecision, bool IsAction, IReadOnlyList<string> Owners, string Quote, string Text);

/// <summary>
/// Judges each statement of the minutes: a decision, an action item (and whose), both, or neither.
/// Explicit markers and action or decision sections decide first; then the implicit forms of the
/// language's lexicon, with a named subject or a speaker who promises something as the owner.
/// </summary>
internal sealed class ItemFinder(ItemLexicon lexicon, OwnerFinder owners, string? meetingBody)
{
    private const int ShortSentenceWords = 6;
    private const int MarkerContinuation = 2;
    private const int ShortBlockSentences = 3;
    private const int BriefDecisionWords = 10;

    public IReadOnlyList<Finding> Find(IReadOnlyList<Statement> statements)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];

            // A pronoun at the start ("Hij maakt ...") points at the one person named in the sentence before.
            var previousPeople = i > 0 && !statement.FirstInBlock ? statements[i - 1].Body : null;
            foreach (var judged in Judge(statements, i, previousPeople))
            {
                // An action whose subject names nobody may still say whose it is elsewhere in the statement.
                var finding = judged is { IsAction: true, Owners.Count: 0 } ? judged with { Owners = owners.Stated(judged.Statement) } : judged;
                findings.Add(ReferenceEquals(finding.Statement, statement) ? Elaborated(WithContext(finding, statements, i), statements, i) : finding);
            }
        }

        return findings;
    }

    private IEnumerable<Finding> Judge(IReadOnlyList<Statement> statements, int index, string? previousPeople)
    {
        var statement = statements[index];
        var body = statement.Body;

        var actionMarker = lexicon.ActionMarker.Match(body);
        if (actionMarker.Success)
        {
            var rest = body[actionMarker.Length..];
            var named = owners.Subject(rest, 0, previousPeople)?.Owners ?? (rest.Length < 40 ? owners.Names(rest) : []);
            var item = Item(statement, decision: false, action: true, named.Count > 0 ? named : InlineOwners(body), rest);
            yield return item with { Quote = Continued(statements, index) };
            yield break;
        }

        var decisionMarker = lexicon.DecisionMarker.Match(body);
        if (decisionMarker.Success)
        {
            var rest = body[decisionMarker.Length..];
            yield return Item(statement, decision: true, action: lexicon.DecisionToAct.IsMatch(body), [], rest);
            yield break;
        }

        if (statement.Listed)
        {
            var isAction = statement.Kind == SectionKind.Actions;
            if (statement.FirstInBlock || lexicon.Action.IsMatch(body) || lexicon.Decision.IsMatch(body))
            {
                var speaking = SpeakerOwners(statement);
                var listedOwners = owners.Subject(body, 0, previousPeople)?.Owners ?? (speaking.Count > 0 ? speaking : InlineOwners(body));
                yield return Item(statement, decision: !isAction, action: isAction, isAction ? listedOwners : [], body);
            }

            yield break;
        }

        if (lexicon.AgreementOnly.IsMatch(body.Trim()))
        {
            if (Agreement(statements, index) is { } agreed)
            {
                yield return agreed;
            }

            yield break;
        }

        var question = lexicon.NotAction.IsMatch(body);
        var decided = !question && lexicon.Decision.IsMatch(body) && !lexicon.NotDecision.IsMatch(body);
        var clauses = question ? [] : ActionClauses(statement, previousPeople);
        var acted = clauses.Count > 0 || (decided && lexicon.DecisionToAct.IsMatch(body));
        if (!decided && !acted)
        {
            yield break;
        }

        yield return Item(statement, decided, acted, clauses.Count > 0 ? clauses[0] : [], body);
        foreach (var more in clauses.Skip(1))
        {
            yield return Item(statement, decision: false, action: true, more, body);
        }
    }

    /// <summary>
    /// The action items a sentence holds, each as its owners: one per clause with a named subject and an
    /// action verb ("Heiko levert ... aan, Frank doet ..."), or one with no owner for an implicit form
    /// ("wordt ingepland"). Empty when the sentence holds no action item.
    /// </summary>
    private List<IReadOnlyList<string>> ActionClauses(Statement statement, string? previousPeople)
    {
        var body = statement.Body;
        var clauses = new List<IReadOnlyList<string>>();
        var inline = InlineOwners(body);
        if (inline.Count > 0)
        {
            clauses.Add(inline);
            return clauses;
        }

        foreach (var clause in lexicon.MayHaveSubjectVerb(body) ? ClauseStarts(body) : [])
        {
            var start = clause + (lexicon.ClauseOpener.Match(body, clause) is { Success: true } opener ? opener.Length : 0);
            if (owners.Subject(body, start, start == 0 ? previousPeople : null) is { } named
                && lexicon.SubjectVerb.IsMatch(body.AsSpan(named.End)))
            {
                clauses.Add(named.Owners);
            }
        }

        if (clauses.Count == 0)
        {
            var speaker = SpeakerOwners(statement);
            if (speaker.Count > 0 && lexicon.FirstPersonPromise.IsMatch(body))
            {
                clauses.Add(speaker);
            }
            else if (lexicon.WeAction.IsMatch(body))
            {
                // "We leggen dit voor": the body that met takes it on, when the minutes say which body that is.
                clauses.Add(meetingBody is null ? [] : [meetingBody]);
            }
            else if (lexicon.Action.IsMatch(body) || (lexicon.FutureAction.IsMatch(body) && lexicon.Future.IsMatch(body)))
            {
                clauses.Add(NamedOwners(body) ?? []);
            }
            else if (NamedOwners(body) is { } beneficiaries)
            {
                clauses.Add(beneficiaries);
            }
        }

        // What already happened is not an action, unless the sentence also looks ahead.
        if (clauses.Count > 0 && lexicon.Past.IsMatch(body) && !lexicon.Future.IsMatch(body))
        {
            clauses.Clear();
        }

        return clauses;
    }

    /// <summary>Where a clause may start: the sentence start and after ", " or "; ".</summary>
    private static IEnumerable<int> ClauseStarts(string body)
    {
        yield return 0;
        for (var i = 1; i < body.Length - 1; i++)
        {
            if (body[i - 1] is ',' or ';' && body[i] == ' ')
            {
                yield return i + 1;
            }
        }
    }

    /// <summary>Owners a pattern names ("Note for Alex to ...", "een oproep aan de leden"), or null.</summary>
    private IReadOnlyList<string>? NamedOwners(string body) =>
        lexicon.OwnerPattern.Match(body) is { Success: true } named && owners.Names(named.Groups["owner"].Value) is { Count: > 0 } found ? found : null;

    private IReadOnlyList<string> SpeakerOwners(Statement statement) => statement.Speaker is { } speaker ? owners.Names(speaker) : [];

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

            if (lexicon.Proposal.IsMatch(candidate.Body))
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
               && !lexicon.ActionMarker.IsMatch(statements[last + 1].Body))
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
    private Finding WithContext(Finding finding, IReadOnlyList<Statement> statements, int index)
    {
        var statement = statements[index];
        if (statement.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ShortSentenceWords || finding.Quote != statement.Text)
        {
            return finding;
        }

        // A promise by a named person stands on its own unless it points back ("Mara owns the action item").
        if (finding is { IsAction: true, IsDecision: false } && owners.Subject(statement.Body) is not null && !lexicon.BackReference.IsMatch(statement.Body))
        {
            return finding;
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
            return last > first ? finding with { Quote = Span(statements[first], statements[last]) } : finding;
        }

        if (index > first && !statements[index - 1].Body.EndsWith('?'))
        {
            return finding with { Quote = Span(statements[index - 1], statement) };
        }

        return index < last ? finding with { Quote = Span(statement, statements[index + 1]) } : finding;
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
}
