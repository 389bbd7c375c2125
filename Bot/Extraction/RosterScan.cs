namespace TeamsBot.Extraction;

/// <summary>A role phrase ("de voorzitter", "the scribe") standing for a person of the meeting.</summary>
internal sealed record RoleForm(IReadOnlyList<string> Tokens, Person Person, bool CapitalisedOnly);

/// <summary>
/// A possible reading of the words at one position: how many words it takes and whom it names;
/// Person is null when two people fit equally well.
/// </summary>
internal readonly record struct NameCandidate(int TokenCount, Person? Person, MentionKind Kind);

/// <summary>The scan of a text for the roster's people: one pass over its words, longest reading first.</summary>
internal sealed partial class Roster
{
    private List<PersonMention> Scan(string text, List<NameToken> tokens, bool lenient, Func<IReadOnlySet<Person>>? salient = null) =>
        ScanCovering(text, tokens, lenient, covered: null, salient);

    private List<PersonMention> ScanCovering(string text, List<NameToken> tokens, bool lenient, bool[]? covered, Func<IReadOnlySet<Person>>? salient = null)
    {
        var mentions = new List<PersonMention>();
        var lastMentionEnd = -1;
        var i = 0;
        while (i < tokens.Count)
        {
            if (Best(text, tokens, i, lastMentionEnd, lenient) is not { } candidate)
            {
                i++;
                continue;
            }

            if (candidate is { Person: null, TokenCount: 1 } && SalientFirstName(tokens[i], salient) is { } meant)
            {
                candidate = candidate with { Person = meant, Kind = MentionKind.FirstName };
            }

            if (candidate.Person is { } person)
            {
                var last = tokens[i + candidate.TokenCount - 1];
                mentions.Add(new PersonMention(person, tokens[i].Start, last.End - tokens[i].Start, candidate.Kind));
                lastMentionEnd = i + candidate.TokenCount;
                if (covered is not null)
                {
                    Array.Fill(covered, true, i, candidate.TokenCount);
                }
            }

            i += candidate.TokenCount;
        }

        return mentions;
    }

    /// <summary>
    /// "Tevens komt Sander ..." after "Sander Aarts beheert ...": a first name two people share is the one the text just
    /// named in full, when exactly one of them was; else the one of them who attended, when the others were absent.
    /// </summary>
    private Person? SalientFirstName(NameToken token, Func<IReadOnlySet<Person>>? salient)
    {
        if (!token.Capitalised || !_byFirstName.TryGetValue(token.Folded, out var names) || names.Count < 2)
        {
            return null;
        }

        var sharing = names.Select(n => n.Person).Distinct().ToList();
        if (salient is not null && sharing.Where(salient().Contains).ToList() is [var named])
        {
            return named;
        }

        return _present.Count > 0 && sharing.Where(_present.Contains).ToList() is [var attended] ? attended : null;
    }

    /// <summary>The longest reading at <paramref name="i"/>; at equal length a different person makes it ambiguous.</summary>
    private NameCandidate? Best(string text, List<NameToken> tokens, int i, int lastMentionEnd, bool lenient)
    {
        NameCandidate? best = null;
        foreach (var candidate in (ReadOnlySpan<NameCandidate?>)[
            MatchForms(text, tokens, i, lastMentionEnd, lenient),
            MatchHandle(text, tokens, i),
            MatchInitials(text, tokens, i, lenient),
            MatchFuzzy(text, tokens, i, lenient),
            MatchRole(text, tokens, i)])
        {
            if (candidate is not { } c)
            {
                continue;
            }

            if (best is not { } b || c.TokenCount > b.TokenCount)
            {
                best = c;
            }
            else if (c.TokenCount == b.TokenCount && !Equals(c.Person, b.Person))
            {
                best = b with { Person = null };
            }
        }

        return best;
    }

    private NameCandidate? MatchForms(string text, List<NameToken> tokens, int i, int lastMentionEnd, bool lenient)
    {
        if (!_forms.TryGetValue(tokens[i].Folded, out var forms))
        {
            return null;
        }

        NameCandidate? best = null;
        foreach (var form in forms)
        {
            if ((best is { } b && form.Tokens.Count < b.TokenCount) || !FormFits(text, tokens, i, form, lastMentionEnd, lenient))
            {
                continue;
            }

            if (best is not { } current || form.Tokens.Count > current.TokenCount)
            {
                best = new NameCandidate(form.Tokens.Count, form.Person, form.Kind);
            }
            else if (!Equals(current.Person, form.Person))
            {
                best = current with { Person = null };
            }
            else if (current.Person is not null && form.Kind < current.Kind)
            {
                best = current with { Kind = form.Kind };
            }
        }

        return best;
    }

    private bool FormFits(string text, List<NameToken> tokens, int i, NameForm form, int lastMentionEnd, bool lenient)
    {
        var count = form.Tokens.Count;
        if (i + count > tokens.Count)
        {
            return false;
        }

        var capitalised = 0;
        var lowercase = 0;
        for (var k = 0; k < count; k++)
        {
            var token = tokens[i + k];
            if (token.Folded != form.Tokens[k] || (k > 0 && !NameMatching.Adjacent(text, tokens[i + k - 1], token)))
            {
                return false;
            }

            if (!form.Particle[k])
            {
                capitalised += token.Capitalised ? 1 : 0;
                lowercase += !token.Capitalised && token.Length > 1 ? 1 : 0;
            }
        }

        if (lenient)
        {
            return true;
        }

        // A name is capitalised; a double first name ("jan jaap") may be written in lower case, a single common word may not.
        if (capitalised < form.Strong && !(lowercase == form.Strong && form.Strong >= 2))
        {
            return false;
        }

        if (form.Strong > 1)
        {
            return true;
        }

        return form.Kind == MentionKind.FirstName
            ? !FollowedByOtherName(text, tokens, i + count)
            : !PrecededByOtherName(text, tokens, i, lastMentionEnd);
    }

    /// <summary>
    /// "Eric Hartstra" is not Eric Huss: a capitalised word after a first name is someone else's surname, unless it is a
    /// function word written with a capital by mistake ("Omar Will cancel ...").
    /// </summary>
    private bool FollowedByOtherName(string text, List<NameToken> tokens, int next)
    {
        var previous = tokens[next - 1];
        while (next < tokens.Count && _particles.Contains(tokens[next].Folded) && !tokens[next].Capitalised
            && NameMatching.SpaceBetween(text, previous, tokens[next]))
        {
            previous = tokens[next];
            next++;
        }

        if (next >= tokens.Count || !NameMatching.Adjacent(text, previous, tokens[next]))
        {
            return false;
        }

        var word = tokens[next];
        return word.Capitalised && !word.AllUpper && !_organizations.Words.Contains(word.Folded) && !_givenNameStarts.Contains(word.Folded)
            && !_roles.ContainsKey(word.Folded) && !_functionWords.Contains(word.Folded);
    }

    /// <summary>"Kees Laan" is not Antoinette Laan: a capitalised word before a surname is someone else's first name.</summary>
    private bool PrecededByOtherName(string text, List<NameToken> tokens, int start, int lastMentionEnd)
    {
        var k = start - 1;
        while (k >= 0 && _particles.Contains(tokens[k].Folded) && NameMatching.Adjacent(text, tokens[k], tokens[k + 1]))
        {
            k--;
        }

        if (k < 0 || k < lastMentionEnd || !NameMatching.Adjacent(text, tokens[k], tokens[k + 1]))
        {
            return false;
        }

        var word = tokens[k];
        return word.Capitalised && !word.AllUpper && !_honorifics.Contains(word.Folded);
    }

    private NameCandidate? MatchHandle(string text, List<NameToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Start > 0 && text[token.Start - 1] == '@')
        {
            var end = token.Start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-'))
            {
                end++;
            }

            var key = NameMatching.Fold(text.AsSpan(token.Start, end - token.Start).TrimEnd('-'));
            var count = tokens.Skip(i).TakeWhile(t => t.Start < end).Count();
            return _handles.TryGetValue(key, out var people) ? Candidate(count, people, MentionKind.Handle) : null;
        }

        // Without the @ a handle must be written as in the roster or capitalised: "mark" the verb is no handle.
        if (_handles.Count == 0 || (!token.Capitalised && !_handlesAsWritten.Contains(text.Substring(token.Start, token.Length))))
        {
            return null;
        }

        if (_handles.TryGetValue(token.Folded, out var exact))
        {
            return Candidate(1, exact, MentionKind.Handle);
        }

        return token.Length >= 4 && _handleStems.TryGetValue(token.Folded, out var stems) ? Candidate(1, stems, MentionKind.Handle) : null;
    }

    private NameCandidate? MatchInitials(string text, List<NameToken> tokens, int i, bool lenient)
    {
        var token = tokens[i];
        if (token.Length is >= 2 and <= 4 && LooksLikeInitials(text.AsSpan(token.Start, token.Length)))
        {
            // Bare capitals are initials only where a name label stands ("Actie: JV", "(CL)", "JV, MK"), and never "PR" or "OK".
            var key = text.Substring(token.Start, token.Length).ToUpperInvariant();
            var labelled = lenient || (!_abbreviations.Contains(key) && StandsAsLabel(text, token));
            return labelled && _initials.TryGetValue(key, out var people) ? Candidate(1, people, MentionKind.Initials) : null;
        }

        // "C.L." and "C. L."
        if (token.Length != 1 || !char.IsUpper(text[token.Start]))
        {
            return null;
        }

        var letters = new List<char>();
        var k = i;
        while (k < tokens.Count && tokens[k].Length == 1 && char.IsUpper(text[tokens[k].Start])
            && tokens[k].End < text.Length && text[tokens[k].End] == '.'
            && (k == i || NameMatching.Adjacent(text, tokens[k - 1], tokens[k])))
        {
            letters.Add(text[tokens[k].Start]);
            k++;
        }

        return letters.Count >= 2 && _initials.TryGetValue(new string([.. letters]).ToUpperInvariant(), out var dotted)
            ? Candidate(letters.Count, dotted, MentionKind.Initials)
            : null;
    }

    private static bool StandsAsLabel(string text, NameToken token)
    {
        var before = token.Start - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0' or '\t')
        {
            before--;
        }

        var after = token.End;
        while (after < text.Length && text[after] is ' ' or '\u00A0' or '\t')
        {
            after++;
        }

        var leftOpen = before < 0 || text[before] is ':' or '(' or '[' or ',' or ';' or '/' or '&' or '+' or '\n' or '-' or '\u2013';
        var rightOpen = after >= text.Length || text[after] is ':' or ')' or ']' or ',' or ';' or '/' or '&' or '+' or '.' or '\n'
            || (after > token.End && char.IsLower(text[after]));
        return leftOpen && rightOpen;
    }

    private static bool LooksLikeInitials(ReadOnlySpan<char> word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[^1]);
    }

    private static NameCandidate Candidate(int count, List<Person> people, MentionKind kind) =>
        new(count, people.Count == 1 ? people[0] : null, kind);
}
