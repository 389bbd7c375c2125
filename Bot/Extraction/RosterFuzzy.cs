namespace TeamsBot.Extraction;

/// <summary>Readings that need more than an exact match: misspelt names and role words.</summary>
internal sealed partial class Roster
{
    /// <summary>
    /// "Cor Lammers" is Cor Lamers and "Sebastiaan van Voorn" is Sebastian van Voorn: one half of the name exact,
    /// the other within a typo or two, and no second person that close.
    /// </summary>
    private NameCandidate? MatchFuzzy(string text, List<NameToken> tokens, int i, bool lenient)
    {
        var first = tokens[i];
        var sameFirstKnown = _byFirstName.TryGetValue(first.Folded, out var sameFirstName);
        var surnameFollows = i + 1 < tokens.Count && _surnameStarts.Contains(tokens[i + 1].Folded);
        if ((!first.Capitalised && !lenient) || (!sameFirstKnown && !surnameFollows))
        {
            return null;
        }

        var matches = new List<(Person Person, int Count)>();
        if (sameFirstKnown && sameFirstName is not null)
        {
            foreach (var name in sameFirstName)
            {
                var count = name.Surname.Count;
                if (WrittenName(text, tokens, i + 1, count, lenient) is { } written
                    && IsTypo(written, name.SurnameJoined, name.SurnameCoreLength))
                {
                    matches.Add((name.Person, 1 + count));
                }
            }
        }

        if (surnameFollows)
        {
            for (var count = 1; count <= _longestSurname && i + 1 + count <= tokens.Count; count++)
            {
                if (WrittenName(text, tokens, i + 1, count, lenient) is not null
                    && _bySurname.TryGetValue(string.Join(' ', tokens.Skip(i + 1).Take(count).Select(t => t.Folded)), out var sameSurname))
                {
                    matches.AddRange(sameSurname
                        .Where(name => name.FirstName is { } f && IsTypo(first.Folded, f, f.Length))
                        .Select(name => (name.Person, 1 + count)));
                }
            }
        }

        var people = matches.Select(m => m.Person).Distinct().ToList();
        return people.Count switch
        {
            0 => null,
            1 => new NameCandidate(matches.Max(m => m.Count), people[0], MentionKind.Fuzzy),
            _ => new NameCandidate(matches.Max(m => m.Count), null, MentionKind.Fuzzy),
        };
    }

    private static bool IsTypo(string written, string name, int letters)
    {
        var allowed = NameMatching.TyposAllowed(letters);
        var distance = NameMatching.Distance(written, name, allowed);
        return distance > 0 && distance <= allowed;
    }

    /// <summary>The folded letters of <paramref name="count"/> words that read as (part of) a name, or null.</summary>
    private string? WrittenName(string text, List<NameToken> tokens, int start, int count, bool lenient)
    {
        if (start + count > tokens.Count || !NameMatching.Adjacent(text, tokens[start - 1], tokens[start]))
        {
            return null;
        }

        for (var k = start; k < start + count; k++)
        {
            var token = tokens[k];
            var particle = _particles.Contains(token.Folded);
            if ((k > start && !NameMatching.Adjacent(text, tokens[k - 1], token)) || (!particle && !token.Capitalised && !lenient))
            {
                return null;
            }
        }

        return string.Concat(tokens.Skip(start).Take(count).Select(t => t.Folded));
    }

    /// <summary>
    /// "de voorzitter", "the scribe": the chair or minute taker of this meeting, unless the words are about someone else
    /// ("voorzitter Jansen", "de voorzitter van de werkgroep", "oud-voorzitter", "a new chair").
    /// </summary>
    private NameCandidate? MatchRole(string text, List<NameToken> tokens, int i)
    {
        if (!_roles.TryGetValue(tokens[i].Folded, out var forms))
        {
            return null;
        }

        RoleForm? best = null;
        foreach (var form in forms)
        {
            if ((best is null || form.Tokens.Count > best.Tokens.Count) && RoleFits(text, tokens, i, form))
            {
                best = form;
            }
        }

        if (best is null)
        {
            return null;
        }

        var end = i + best.Tokens.Count;
        var aboutSomeoneElse =
            (i > 0 && _roleModifiers.Contains(tokens[i - 1].Folded) && NameMatching.Adjacent(text, tokens[i - 1], tokens[i]))
            || (end < tokens.Count && NameMatching.SpaceBetween(text, tokens[end - 1], tokens[end])
                && ((tokens[end].Capitalised && !tokens[end].AllUpper) || _roleOf.Contains(tokens[end].Folded)));
        return aboutSomeoneElse ? null : new NameCandidate(best.Tokens.Count, best.Person, MentionKind.Role);
    }

    private static bool RoleFits(string text, List<NameToken> tokens, int i, RoleForm form)
    {
        if (i + form.Tokens.Count > tokens.Count || (form.CapitalisedOnly && !tokens[i].Capitalised))
        {
            return false;
        }

        for (var k = 0; k < form.Tokens.Count; k++)
        {
            if (tokens[i + k].Folded != form.Tokens[k] || (k > 0 && !NameMatching.Adjacent(text, tokens[i + k - 1], tokens[i + k])))
            {
                return false;
            }
        }

        return true;
    }
}
