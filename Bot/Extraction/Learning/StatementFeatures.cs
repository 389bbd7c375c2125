using System.Globalization;
using System.Text;
using TeamsBot.Minutes;

namespace TeamsBot.Extraction.Learning;

/// <summary>
/// What the rules see in one statement, as named features for the learned judgement: the section kind and
/// the statement's place, the speaker label, a roster name or group as subject, the lexicon's cues (modal or
/// future verbs, passive plans, past tense, questions, proposals, agreement), and the words themselves.
/// </summary>
internal static partial class StatementFeatures
{
    private const int MaxWordLength = 24;

    /// <summary>Marks a feature that refines a shared one for one language ("rule:act@nl" of "rule:act").</summary>
    public const string Refinement = "@";

    /// <summary>The rule cues of a statement, computed once by the item finder.</summary>
    public readonly record struct Cues(
        bool RuleDecision,
        bool SettledDecision,
        bool RuleAction,
        bool Question,
        bool DecisionPattern,
        bool NotDecision,
        bool DecisionToAct,
        bool Proposal,
        bool ActionPattern,
        bool FutureAction,
        bool Future,
        bool Past,
        bool WeAction,
        bool FirstPersonPromise,
        bool NamedSubjectClause,
        bool NamedOwnerPattern,
        bool SubjectIsPerson,
        bool SubjectIsGroup,
        bool MentionsPerson,
        bool SpeakerIsPerson,
        bool PreviousIsQuestion,
        bool PreviousRuleItem,
        string? NameThenVerb,
        bool NameThenFullVerb,
        (bool Promise, string? FirstWord) LabelThenPromise,
        bool Reported,
        bool EarlierMeeting,
        bool Seconding,
        bool Conditional = false,
        bool Habitual = false,
        bool Negated = false,
        bool Hedged = false,
        bool SubordinateModal = false);

    public static List<string> Of(Statement statement, Cues cues, string language)
    {
        var features = new List<string>(64) { "bias", "lang:" + language };
        // The main rule cues are also weighed per language: a passive plan is an action in Dutch minutes far more often
        // than "will" is in English ones, and one shared weight would be wrong for both. The language's weight refines the
        // shared one and is penalised more (LogisticRegression.Settings.DeviationL2): with the same penalty the two split
        // the weight and the cue counted twice, which made Dutch passive plans and "dient ... te worden" actions.
        var suffix = Refinement + language;
        void Cue(string name, bool on)
        {
            if (on)
            {
                features.Add(name);
                features.Add(name + suffix);
            }
        }

        Cue("rule:dec", cues.RuleDecision);
        Cue("rule:act", cues.RuleAction);
        Cue("act", cues.ActionPattern);
        Cue("futact", cues.FutureAction);
        Cue("fut", cues.Future);
        Cue("we", cues.WeAction);
        Cue("clause", cues.NamedSubjectClause);
        Cue("dec", cues.DecisionPattern);
        Cue("q", cues.Question);
        Cue("past", cues.Past);
        Flag(features, "settled", cues.SettledDecision);
        Flag(features, "notdec", cues.NotDecision);
        Flag(features, "dec2act", cues.DecisionToAct);
        Flag(features, "prop", cues.Proposal);
        Flag(features, "past&!fut", cues.Past && !cues.Future);
        Flag(features, "promise", cues.FirstPersonPromise);
        Flag(features, "promise&spk", cues.FirstPersonPromise && cues.SpeakerIsPerson);
        Flag(features, "ownerpat", cues.NamedOwnerPattern);
        Flag(features, "subj:person", cues.SubjectIsPerson);
        Flag(features, "subj:group", cues.SubjectIsGroup);
        Flag(features, "mention", cues.MentionsPerson);
        Flag(features, "spk", statement.Speaker is not null);
        Flag(features, "spk:person", cues.SpeakerIsPerson);
        Flag(features, "prev:q", cues.PreviousIsQuestion);
        if (cues.NameThenVerb is { } verb)
        {
            features.Add("name+verb");
            features.Add("nv:" + verb);
        }

        Flag(features, "name+fullverb", cues.NameThenFullVerb);
        Flag(features, "label+promise", cues.LabelThenPromise.Promise);
        if (cues.LabelThenPromise.FirstWord is { } afterLabel)
        {
            features.Add("lw:" + afterLabel);
        }
        Flag(features, "prev:item", cues.PreviousRuleItem);

        // Reported words weigh differently by language: English minutes narrate with "X notes that", Dutch ones record so.
        Flag(features, "reported", cues.Reported);
        Flag(features, "reported:" + language, cues.Reported);
        Flag(features, "earlier", cues.EarlierMeeting);
        Flag(features, "seconding", cues.Seconding);
        Cue("cond", cues.Conditional);
        Cue("habit", cues.Habitual);
        Cue("neg", cues.Negated);
        Cue("hedge", cues.Hedged);
        Cue("submodal", cues.SubordinateModal);
        Flag(features, "neg&act", cues.Negated && cues.RuleAction);
        Flag(features, "submodal&act", cues.SubordinateModal && cues.RuleAction);
        Flag(features, "cond&act", cues.Conditional && cues.RuleAction);
        Flag(features, "intro", statement.Body.TrimEnd().EndsWith(':'));
        features.Add("kind:" + statement.Kind.ToString().ToLowerInvariant());
        features.Add("block:" + statement.Block.Kind.ToString().ToLowerInvariant());
        Flag(features, "first", statement.FirstInBlock);

        Flag(features, "label", statement.Text.Length > statement.Body.Length || Label().IsMatch(statement.Body));
        Flag(features, "name-to", NameTo().IsMatch(statement.Body));
        Flag(features, "name-label", NameLabel().IsMatch(statement.Body));
        Flag(features, "excl", statement.Body.TrimEnd().EndsWith('!'));
        Flag(features, "link", statement.Body.Contains("http", StringComparison.OrdinalIgnoreCase));

        var words = Words(statement.Body);
        features.Add("len:" + (words.Count switch { <= 3 => "1-3", <= 8 => "4-8", <= 20 => "9-20", <= 40 => "21-40", _ => "41+" }));
        if (words.Count > 0)
        {
            features.Add("w0:" + words[0]);
            if (words.Count > 1)
            {
                features.Add("w01:" + words[0] + "_" + words[1]);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = "w:" + words[i];
            if (seen.Add(word))
            {
                features.Add(word);
            }

            if (i + 1 < words.Count)
            {
                var bigram = string.Concat("b:", words[i], "_", words[i + 1]);
                if (seen.Add(bigram))
                {
                    features.Add(bigram);
                }
            }
        }

        if (statement.Section is { } section)
        {
            foreach (var word in Words(section).Distinct(StringComparer.Ordinal))
            {
                features.Add("s:" + word);
            }
        }

        return features;
    }

    /// <summary>Lower-case words without diacritics, digits folded to 0: "Besloten wordt 2x" gives besloten, wordt, 0x.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>((text.Length / 5) + 2);
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        var inWord = false;
        // Only text with accents needs decomposing ("één" gives een); most of minutes is plain ASCII.
        foreach (var c in System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || (c == '\'' && inWord))
            {
                inWord = true;
                if (length < MaxWordLength)
                {
                    word[length++] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
                }
            }
            else if (inWord)
            {
                words.Add(new string(word[..length].TrimEnd('\'')));
                length = 0;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(new string(word[..length].TrimEnd('\'')));
        }

        return words;
    }

    private static void Flag(List<string> features, string name, bool on)
    {
        if (on)
        {
            features.Add(name);
        }
    }

    // "Note:", "Michelle:", "John/Matt:", "[Ken]": a label before the text, a speaker or not.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\[[^\]]{1,40}\]|@?[\p{L}][\p{L}\p{M}.'\-]{0,30}(?:[ /][\p{L}][\p{L}\p{M}.'\-]{0,30}){0,2}\s*:)")]
    private static partial System.Text.RegularExpressions.Regex Label();

    // "Omar to merge.", "Anna and Tim to check ...": a capitalised name, then "to" and a verb.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\p{Lu}[\p{L}\p{M}\-]+(?:\s+\p{Lu}[\p{L}\p{M}\-]+)?(?:\s*(?:,|and|&|/)\s*\p{Lu}[\p{L}\p{M}\-]+)*\s+to\s+\p{Ll}")]
    private static partial System.Text.RegularExpressions.Regex NameTo();

    // "Michelle: will send", "Ken: doing the wiki": a one- or two-word capitalised name as the label.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}\p{M}]+(?:[ /]\p{Lu}[\p{Ll}\p{M}]+)?:\s+\S")]
    private static partial System.Text.RegularExpressions.Regex NameLabel();
}
