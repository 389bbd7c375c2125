namespace TeamsBot.Extraction;

/// <summary>Resolving a name field, where the words are known to be a name and may be written loosely ("jan", "cl", "Lammers").</summary>
internal sealed partial class Roster
{
    /// <summary>
    /// Whether a speaker label ("Ryan", "EAO", "rlb") is a person of the roster. A label in lower case must be
    /// written as the roster has it, so that "note:" or "update:" never passes for a misspelt name.
    /// </summary>
    public bool IsSpeaker(string label) =>
        Resolve(label) is { } person
        && (!char.IsLower(label[0])
            || _handlesAsWritten.Contains(label)
            || string.Equals(person.Name, label, StringComparison.OrdinalIgnoreCase)
            || _initials.ContainsKey(label.ToUpperInvariant()));

    private List<Person> ResolveAll(string written, bool requireWhole)
    {
        var text = WithoutParentheses(written);
        var tokens = NameMatching.Tokenize(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var covered = new bool[tokens.Count];
        var people = ScanCovering(text, tokens, lenient: true, covered).Select(m => m.Person).Distinct().ToList();
        if (people.Count == 1 && requireWhole)
        {
            return AllCovered(tokens, covered, people[0]) ? people : [];
        }

        if (people.Count > 0)
        {
            return requireWhole ? [] : people;
        }

        return LooseMatch(tokens) is { } person ? [person] : [];
    }

    /// <summary>A name field is one person only when each of its words belongs to that name ("Marijke B." does; "Jan Smit" does not).</summary>
    private bool AllCovered(List<NameToken> tokens, bool[] covered, Person person)
    {
        var name = _names.First(n => Equals(n.Person, person));
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            var belongs = covered[k]
                || _honorifics.Contains(token.Folded)
                || (token.Length == 1 && name.All.Any(w => w[0] == token.Folded[0]));
            if (!belongs)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Initials in any case ("cl", "C.L."), first name with surname initial ("Peter J."), or one misspelt name ("Lammers").</summary>
    private Person? LooseMatch(List<NameToken> tokens)
    {
        var letters = tokens.All(t => t.Length == 1)
            ? string.Concat(tokens.Select(t => t.Folded))
            : tokens.Count == 1 && tokens[0].Length <= 4 ? tokens[0].Folded : null;
        if (letters is { Length: >= 2 } && _initials.TryGetValue(letters.ToUpperInvariant(), out var byInitials))
        {
            return byInitials.Count == 1 ? byInitials[0] : null;
        }

        if (tokens.Count == 2 && tokens[1].Length == 1 && _byFirstName.TryGetValue(tokens[0].Folded, out var sameFirst))
        {
            var matching = sameFirst.Where(n => n.Surname.Where((_, k) => !n.ParticleAt[n.Given.Count + k]).Any(s => s[0] == tokens[1].Folded[0])).ToList();
            return matching.Count == 1 ? matching[0].Person : null;
        }

        if (tokens.Count != 1)
        {
            return null;
        }

        var word = tokens[0].Folded;
        var close = _names
            .Where(n => n.All.Where((_, k) => !n.ParticleAt[k]).Any(w => IsTypo(word, w, w.Length)))
            .Select(n => n.Person)
            .Distinct()
            .ToList();
        return close.Count == 1 ? close[0] : null;
    }

    private static string WithoutParentheses(string written)
    {
        var text = written.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            text = text[..open] + text[(close + 1)..];
        }

        return text.Trim().Trim('(', ')', '[', ']', '"', '\'', '.', ',', ':', ';');
    }
}
