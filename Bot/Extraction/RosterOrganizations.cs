namespace TeamsBot.Extraction;

/// <summary>
/// The organisations written beside the roster's names ("Facilicom", "BZK", "gemeente"), found again in the text.
/// Roles written in the same place ("programmamanager Veiligheid", "observer") are not organisations.
/// </summary>
internal sealed class RosterOrganizations
{
    private readonly Dictionary<string, List<OrganizationForm>> _forms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);

    public RosterOrganizations(IEnumerable<Person> people, IEnumerable<string> roleWordEndings)
    {
        var endings = roleWordEndings.Select(e => NameMatching.Fold(e)).ToArray();
        foreach (var organization in people.Select(p => p.Organization?.Trim()).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var tokens = NameMatching.Tokenize(organization);
            if (tokens.Count == 0 || tokens.Any(t => endings.Any(e => t.Folded.EndsWith(e, StringComparison.Ordinal))))
            {
                continue;
            }

            var acronym = tokens.Count == 1 && tokens[0].AllUpper;
            if (acronym)
            {
                _acronyms.Add(tokens[0].Folded);
            }

            var form = new OrganizationForm(tokens.Select(t => t.Folded).ToArray(), organization, acronym);
            if (!_forms.TryGetValue(form.Tokens[0], out var list))
            {
                _forms[form.Tokens[0]] = list = [];
            }

            list.Add(form);
        }

        Words = _forms.Values.SelectMany(l => l).SelectMany(f => f.Tokens).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The folded words of all organisation names.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>True when <paramref name="letters"/> spell an organisation written in capitals ("BZK").</summary>
    public bool IsAcronym(string letters) => _acronyms.Contains(NameMatching.Fold(letters));

    public IReadOnlyList<OrganizationMention> Find(string text, List<NameToken> tokens)
    {
        var found = new List<OrganizationMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tokens.Count)
        {
            var best = Longest(text, tokens, i);
            if (best is null)
            {
                i++;
                continue;
            }

            var last = tokens[i + best.Tokens.Count - 1];
            if (seen.Add(best.Organization))
            {
                found.Add(new OrganizationMention(best.Organization, tokens[i].Start, last.End - tokens[i].Start));
            }

            i += best.Tokens.Count;
        }

        return found;
    }

    private OrganizationForm? Longest(string text, List<NameToken> tokens, int i)
    {
        if (!_forms.TryGetValue(tokens[i].Folded, out var forms))
        {
            return null;
        }

        OrganizationForm? best = null;
        foreach (var form in forms)
        {
            if ((best is null || form.Tokens.Count > best.Tokens.Count) && Matches(text, tokens, i, form))
            {
                best = form;
            }
        }

        return best;
    }

    private static bool Matches(string text, List<NameToken> tokens, int i, OrganizationForm form)
    {
        if (i + form.Tokens.Count > tokens.Count || (form.Acronym && !tokens[i].AllUpper))
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

/// <summary>An organisation name as folded words; an acronym ("BZK", "OM") only matches when written in capitals.</summary>
internal sealed record OrganizationForm(IReadOnlyList<string> Tokens, string Organization, bool Acronym);
