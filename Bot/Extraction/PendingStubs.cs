// Temporary stand-ins for parts being written in parallel; removed when they are merged.
using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

internal sealed record PersonMention(Person Person, int Start, int Length, MentionKind Kind);

internal sealed record OrganizationMention(string Organization, int Start, int Length);

internal enum MentionKind { FullName, Surname, FirstName, Initials, Handle, Role, Fuzzy }

internal sealed class Roster(IEnumerable<Person> people, string language, string? chair = null, string? minuteTaker = null)
{
    public IReadOnlyList<Person> People { get; } = people.ToList();

    public string Language { get; } = language;

    public string? Chair { get; } = chair;

    public string? MinuteTaker { get; } = minuteTaker;

    public IReadOnlyList<PersonMention> FindMentions(string text)
    {
        var found = new List<PersonMention>();
        foreach (var person in People)
        {
            var i = text.IndexOf(person.Name, StringComparison.Ordinal);
            if (i >= 0)
            {
                found.Add(new PersonMention(person, i, person.Name.Length, MentionKind.FullName));
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    public Person? Resolve(string name) => People.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)
        || p.Name.Split(' ')[0].Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<OrganizationMention> FindOrganizations(string text) => People.Count < 0 ? [new(text, 0, 0)] : [];
}
