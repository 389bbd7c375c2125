using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>What one statement turned out to hold.</summary>
internal sealed record Finding(Statement Statement, bool IsDecision, bool IsAction, IReadOnlyList<string> Owners, string Quote, string Text);

/// <summary>
/// Judges each statement of the minutes: a decision, an action item (and whose), both, or neither.
/// Explicit markers and action or decision sections decide first; then the implicit forms of the
/// language's lexicon, with a named subject or a speaker who promises something as the owner.
/// </summary>
internal sealed class ItemFinder(ItemLexicon lexicon, OwnerFinder owners)
{
    private const int ShortSentenceWords = 6;

    public IReadOnlyList<Finding> Find(IReadOnlyList<Statement> statements)
    {
        var findings = new List<Finding>();
        IReadOnlyList<string> previousPeople = [];
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement.FirstInBlock)
            {
                previousPeople = [];
            }

            var finding = Judge(statements, i, previousPeople);
            if (finding is not null)
            {
                findings.Add(WithContext(finding, statements, i));
            }

            var mentioned = owners.Mentioned(statement.Body);
            previousPeople = mentioned.Count > 0 ? mentioned : previousPeople;
        }

        return findings;
    }

    private Finding? Judge(IReadOnlyList<Statement> statements, int index, IReadOnlyList<string> previousPeople)
    {
        var statement = statements[index];
        var body = statement.Body;
        var speakerOwner = statement.Speaker is { } speaker ? owners.Names(speaker) : [];

        var actionMarker = lexicon.ActionMarker.Match(body);
        if (actionMarker.Success)
        {
            var rest = body[actionMarker.Length..];
            var named = owners.Subject(rest, previousPeople)?.Owners ?? (rest.Length < 40 ? owners.Names(rest) : []);
            return Item(statement, decision: false, action: true, named.Count > 0 ? named : InlineOwners(body), rest);
        }

        var decisionMarker = lexicon.DecisionMarker.Match(body);
        if (decisionMarker.Success)
        {
            var rest = body[decisionMarker.Length..];
            return Item(statement, decision: true, action: false, [], rest);
        }

        if (statement.Listed)
        {
            var isAction = statement.Kind == SectionKind.Actions;
            if (!statement.FirstInBlock && !lexicon.Action.IsMatch(body) && !lexicon.Decision.IsMatch(body))
            {
                return null;
            }

            var subject = owners.Subject(body, previousPeople);
            var listedOwners = subject?.Owners ?? (speakerOwner.Count > 0 ? speakerOwner : InlineOwners(body));
            return Item(statement, decision: !isAction, action: isAction, isAction ? listedOwners : [], body);
        }

        if (lexicon.AgreementOnly.IsMatch(body.Trim()))
        {
            return Agreement(statements, index);
        }

        var question = lexicon.NotAction.IsMatch(body);
        var decided = !question && lexicon.Decision.IsMatch(body);
        var (acted, actionOwners) = ActionOf(statement, previousPeople, speakerOwner, question);
        acted |= decided && lexicon.DecisionToAct.IsMatch(body);
        if (!decided && !acted)
        {
            return null;
        }

        return Item(statement, decided, acted, actionOwners, body);
    }

    private (bool IsAction, IReadOnlyList<string> Owners) ActionOf(Statement statement, IReadOnlyList<string> previousPeople, IReadOnlyList<string> speakerOwner, bool question)
    {
        var body = statement.Body;
        var inline = InlineOwners(body);
        if (inline.Count > 0)
        {
            return (true, inline);
        }

        if (question)
        {
            return (false, []);
        }

        var past = lexicon.Past.IsMatch(body);
        var subject = owners.Subject(body, previousPeople);
        if (subject is { } named && lexicon.SubjectVerb.IsMatch(body[named.End..]) && !past)
        {
            return (true, named.Owners);
        }

        if (speakerOwner.Count > 0 && lexicon.FirstPersonPromise.IsMatch(body))
        {
            return (true, speakerOwner);
        }

        if (!past && (lexicon.Action.IsMatch(body) || (lexicon.FutureAction.IsMatch(body) && lexicon.Future.IsMatch(body))))
        {
            return (true, []);
        }

        return (false, []);
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

    private static Finding Item(Statement statement, bool decision, bool action, IReadOnlyList<string> owners, string text) =>
        new(statement, decision, action, owners, statement.Text, Tidy(text));

    /// <summary>A very short sentence ("Mara owns the action item.") is quoted with the sentence before it.</summary>
    private static Finding WithContext(Finding finding, IReadOnlyList<Statement> statements, int index)
    {
        var statement = statements[index];
        var words = statement.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return finding.Statement == statement && words < ShortSentenceWords && index > 0 && statements[index - 1].BlockIndex == statement.BlockIndex
            ? finding with { Quote = Span(statements[index - 1], statement) }
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
