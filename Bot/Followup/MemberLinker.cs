using TeamsBot.Extraction;

namespace TeamsBot.Followup;

/// <summary>
/// Links the names the minutes give ("Jan", "J. de Vries", "jdv") to team members with the extractor's own
/// <see cref="Roster"/>, so that the same tolerance applies. A name that fits no member, or two, stays a name:
/// a person when the minutes list such an attendee, otherwise a group ("de werkgroep", "Finance").
/// </summary>
internal sealed class MemberLinker
{
    private readonly Roster _members;
    private readonly Dictionary<Person, TeamMember> _byPerson = [];
    private readonly Dictionary<string, TeamMember> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Roster? _attendees;

    public MemberLinker(IReadOnlyList<TeamMember> members, IReadOnlyList<Person> attendees, string language)
    {
        // Two members with the same name cannot be told apart by name: neither is linked.
        var unique = members
            .Where(m => !string.IsNullOrWhiteSpace(m.DisplayName))
            .GroupBy(m => string.Join(' ', TextFolding.Words(m.DisplayName)))
            .Where(g => g.Count() == 1)
            .Select(g => g.Single());
        foreach (var member in unique)
        {
            _byPerson[new Person(member.DisplayName.Trim(), Handle: HandleOf(member.Email))] = member;
        }

        foreach (var member in members.Where(m => !string.IsNullOrWhiteSpace(m.Email)))
        {
            _byEmail.TryAdd(member.Email!, member);
        }

        _members = new Roster(_byPerson.Keys, language);
        _attendees = attendees.Count > 0 ? new Roster(attendees, language) : null;
    }

    public Owner Link(string written)
    {
        var name = written.Trim();
        if (_byEmail.TryGetValue(name, out var byEmail))
        {
            return Owner.Member(byEmail.Id, byEmail.DisplayName);
        }

        if (_members.Resolve(name) is { } person && _byPerson.TryGetValue(person, out var member))
        {
            return Owner.Member(member.Id, member.DisplayName);
        }

        return _attendees is not null && _attendees.Resolve(name) is null ? Owner.Group(name) : Owner.Unresolved(name);
    }

    public string? MemberIdOf(string written) => Link(written) is { Kind: OwnerKind.Member } owner ? owner.MemberId : null;

    private static string? HandleOf(string? email) =>
        email is not null && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at ? email[..at] : null;
}
