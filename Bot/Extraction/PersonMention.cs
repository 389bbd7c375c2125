namespace TeamsBot.Extraction;

/// <summary>How a person was named in the text.</summary>
internal enum MentionKind { FullName, Surname, FirstName, Initials, Handle, Role, Fuzzy }

/// <summary>A person of the roster named in a text, at <see cref="Start"/> for <see cref="Length"/> characters.</summary>
internal sealed record PersonMention(Person Person, int Start, int Length, MentionKind Kind);

/// <summary>An organisation of the roster (a <see cref="Person.Organization"/>) named in a text.</summary>
internal sealed record OrganizationMention(string Organization, int Start, int Length);
