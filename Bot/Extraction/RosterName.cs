namespace TeamsBot.Extraction;

/// <summary>One way of writing a person's name, as folded words; particles may be written in any case.</summary>
internal sealed record NameForm(IReadOnlyList<string> Tokens, IReadOnlyList<bool> Particle, Person Person, MentionKind Kind)
{
    public int Strong { get; } = Particle.Count(p => !p);
}

/// <summary>
/// A roster person's name taken apart: given names, surname with its particles ("van der Gugten",
/// "Oetomo-de Roode"), and every form in which the minutes may write it.
/// </summary>
internal sealed class RosterName
{
    private RosterName(Person person, string[] all, bool[] particle, int surnameStart)
    {
        Person = person;
        All = all;
        ParticleAt = particle;
        Given = all[..surnameStart];
        Surname = all[surnameStart..];
        SurnameJoined = string.Concat(Surname);
        SurnameCoreLength = Surname.Where((_, k) => !particle[surnameStart + k]).Sum(t => t.Length);
    }

    public Person Person { get; }

    public IReadOnlyList<string> All { get; }

    public IReadOnlyList<bool> ParticleAt { get; }

    public IReadOnlyList<string> Given { get; }

    /// <summary>The surname with its particles; empty when the roster gives one name only ("Anneke").</summary>
    public IReadOnlyList<string> Surname { get; }

    public string SurnameJoined { get; }

    /// <summary>Letters of the surname without particles: what a typo tolerance is measured against.</summary>
    public int SurnameCoreLength { get; }

    public string? FirstName => Given.Count > 0 ? Given[0] : null;

    public static RosterName? Parse(Person person, IReadOnlySet<string> particles)
    {
        var words = person.Name.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var wordTokens = words.Select(w => NameMatching.Tokenize(w).Select(t => t.Folded).ToArray()).ToArray();
        if (wordTokens.All(t => t.Length == 0))
        {
            return null;
        }

        // The surname is the last word with the particle words before it; a word like "Oetomo-de" that ends in a particle joins it.
        var surnameWord = words.Length > 1 ? words.Length - 1 : words.Length;
        while (surnameWord > 1 && wordTokens[surnameWord - 1].Length > 0 && particles.Contains(wordTokens[surnameWord - 1][^1]))
        {
            surnameWord--;
        }

        if (Enumerable.Range(0, surnameWord).All(k => wordTokens[k].All(particles.Contains)))
        {
            surnameWord = 0;
        }

        var all = wordTokens.SelectMany(t => t).ToArray();
        var surnameStart = wordTokens.Take(surnameWord).Sum(t => t.Length);
        var particle = all.Select((t, k) => k >= surnameStart && particles.Contains(t)).ToArray();
        return new RosterName(person, all, particle, surnameStart);
    }

    public IEnumerable<NameForm> Forms()
    {
        var surnameStart = Given.Count;
        yield return Form(0, All.Count, All.Count == 1 && Surname.Count == 0 ? MentionKind.FirstName : MentionKind.FullName);
        if (Given.Count == 0 || Surname.Count == 0)
        {
            foreach (var form in SingleNameForms())
            {
                yield return form;
            }

            yield break;
        }

        if (Given.Count > 1)
        {
            yield return Combine([0], Enumerable.Range(surnameStart, Surname.Count), MentionKind.FullName);
            if (Given.All(g => g.Length > 1))
            {
                yield return Form(0, Given.Count, MentionKind.FirstName);
            }
        }

        if (Given[0].Length > 1)
        {
            yield return Form(0, 1, MentionKind.FirstName);
        }

        var strongSurname = Enumerable.Range(surnameStart, Surname.Count).Where(k => !ParticleAt[k]).ToArray();
        if (strongSurname.Length < Surname.Count)
        {
            yield return Form(surnameStart, Surname.Count, MentionKind.Surname);
            yield return Combine([0], strongSurname, MentionKind.FullName);
        }

        foreach (var k in strongSurname.Where(k => All[k].Length > 1))
        {
            yield return Form(k, 1, MentionKind.Surname);
        }
    }

    /// <summary>Initials the minutes may use for this person ("CL", "DVD" for Dino van Dal, "JJZ" and "JZ"), upper case.</summary>
    public IEnumerable<string> Initials()
    {
        if (Surname.Count == 0 || Given.Count == 0)
        {
            yield break;
        }

        var strong = Enumerable.Range(0, All.Count).Where(k => !ParticleAt[k]).ToArray();
        if (strong.Length == 0)
        {
            yield break;
        }

        yield return Letters(strong);
        yield return Letters(Enumerable.Range(0, All.Count));
        yield return Letters([0, strong[^1]]);
    }

    private IEnumerable<NameForm> SingleNameForms()
    {
        // One name only: "Anneke", or a surname with particles only ("van Dal"); its strong word stands for the person.
        var strong = Enumerable.Range(0, All.Count).Where(k => !ParticleAt[k] && All[k].Length > 1).ToArray();
        if (All.Count > 1 && strong.Length == 1)
        {
            yield return Form(strong[0], 1, Given.Count > 0 ? MentionKind.FirstName : MentionKind.Surname);
        }
    }

    private string Letters(IEnumerable<int> positions) =>
        string.Concat(positions.Select(k => char.ToUpperInvariant(All[k][0])));

    private NameForm Form(int start, int count, MentionKind kind) =>
        Combine(Enumerable.Range(start, count), [], kind);

    private NameForm Combine(IEnumerable<int> first, IEnumerable<int> second, MentionKind kind)
    {
        var positions = first.Concat(second).ToArray();
        return new NameForm(positions.Select(k => All[k]).ToArray(), positions.Select(k => ParticleAt[k]).ToArray(), Person, kind);
    }
}
