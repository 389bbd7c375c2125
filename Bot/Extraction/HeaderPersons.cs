using System.Text;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>A person read from an attendee list, with the role marker written beside the name, if any.</summary>
internal sealed record ListedPerson(Person Person, bool IsChair, bool IsMinuteTaker);

/// <summary>Reads names from attendee lists: "Wendy Aendekerk (Facilicom)", "Anna Henningsen @addaleax (TSC)", "Bijen, Antoon".</summary>
internal static partial class HeaderPersons
{
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;

    /// <summary>The people in a list written as prose or one per line; parts that are not names are skipped.</summary>
    public static IReadOnlyList<ListedPerson> ParseList(string text, HeaderGrammar grammar)
    {
        var people = new List<ListedPerson>();
        foreach (var part in SplitOutsideParentheses(text, grammar))
        {
            if (ParseOne(part, grammar) is { } person)
            {
                people.Add(person);
            }
        }

        return people;
    }

    /// <summary>
    /// "Omar Santos, Cisco Systems (Chair)", "Feng Cao, Oracle": a full name of two or more words, a comma, then something
    /// that is not more full names ("Jan Jansen, Piet de Vries, Kees Kok" is three people).
    /// </summary>
    public static bool NameThenOrganization(string text, HeaderGrammar grammar)
    {
        if (AtFirstComma(text) is not var (name, rest, _))
        {
            return false;
        }

        name = Spaces().Replace(name.Trim().Trim('*', '_'), " ");
        return name.Contains(' ', StringComparison.Ordinal) && IsName(name, grammar) && char.IsUpper(name.Split(' ')[^1][0])
            && rest.Length > 0 && SplitOutsideParentheses(rest, grammar).Count(p => p.Trim().Contains(' ', StringComparison.Ordinal) && IsName(p.Trim(), grammar)) < 2;
    }

    /// <summary>One attendee written "Name, Organisation (Role)": the organisation after the comma, the role's marks as in <see cref="ParseOne"/>.</summary>
    public static ListedPerson? ParseWithOrganization(string text, HeaderGrammar grammar) =>
        AtFirstComma(text) is var (name, organization, notes) ? ParseOne($"{name} ({organization}) {notes}", grammar) : null;

    /// <summary>"Name, Organisation (Role)" parted at its first comma: the name, the organisation without brackets, the brackets.</summary>
    private static (string Name, string Organization, string Notes)? AtFirstComma(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        var rest = text[(comma + 1)..];
        return (text[..comma], Parenthetical().Replace(rest, " ").Trim().Trim('.', ';', ',', ' '), string.Join(' ', Parenthetical().Matches(rest).Select(m => m.Value)));
    }

    /// <summary>One person: a name, optionally followed by a handle, an organisation or role in parentheses or after a dash.</summary>
    public static ListedPerson? ParseOne(string text, HeaderGrammar grammar)
    {
        var rest = text.Trim().Trim('*', '_', '.', ';', ',', ' ');
        string? handle = null;
        if (Handle().Match(rest) is { Success: true } h)
        {
            handle = h.Groups[1].Value;
            rest = rest.Remove(h.Index, h.Length);
        }

        string? organization = null;
        bool isChair = false, isMinuteTaker = false;
        // "Robert (Bob) Smith": a bracket with more of the name after it holds a nickname, not the organisation.
        var brackets = Parenthetical().Matches(rest);
        var notes = brackets.Where(m => !MoreNameAfter(rest, m)).Select(m => m.Groups[1].Value.Trim()).ToList();
        rest = Parenthetical().Replace(rest, " ");

        // "Addison Phillips - Unicode (APP) - chair": after the name, dashes part the organisation and the role.
        var dashParts = DashSeparator().Split(rest);
        rest = dashParts[0];
        foreach (var content in notes.Concat(dashParts.Skip(1).Select(p => p.Trim())))
        {
            isChair |= grammar.ChairMarkers.Contains(content);
            isMinuteTaker |= grammar.MinuteTakerMarkers.Contains(content);
            if (grammar.ChairMarkers.Contains(content) || grammar.MinuteTakerMarkers.Contains(content) || content.Length == 0)
            {
                continue;
            }

            // "(EAO)": the short form the minutes use for this person, as a handle is.
            if (handle is null && ShortForm().IsMatch(content) && AbbreviatesName(content, rest))
            {
                handle = content;
                continue;
            }

            organization ??= content;
        }

        var name = Spaces().Replace(rest, " ").Trim();
        return IsName(name, grammar)
            ? new ListedPerson(new Person(name, string.IsNullOrEmpty(organization) ? null : organization, handle), isChair, isMinuteTaker)
            : null;
    }

    /// <summary>"Bijen, Antoon" -> "Antoon Bijen"; "Voorn, Sebastian van" -> "Sebastian van Voorn"; other names unchanged.</summary>
    public static string SurnameLast(string name, HeaderGrammar grammar)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || name.IndexOf(',', comma + 1) >= 0)
        {
            return name.Trim();
        }

        var surname = name[..comma].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = name[(comma + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (surname.Length == 0 || given.Length == 0)
        {
            return name.Trim();
        }

        // After a given name, Dutch surname particles are written in lower case ("Van Gelderen" -> "Edward van Gelderen").
        var lowered = surname.Select((w, i) => i < surname.Length - 1 && grammar.Particles.Contains(w) ? w.ToLowerInvariant() : w);
        return string.Join(' ', given.Concat(lowered));
    }

    /// <summary>"APP" for Addison Phillips, "ECH" for Elango Cheran: the letters in order from the name, the first its initial; "IBM" beside Matt Rutkowski is his employer.</summary>
    private static bool AbbreviatesName(string shortForm, string name)
    {
        var letters = name.Trim();
        if (letters.Length == 0 || char.ToUpperInvariant(letters[0]) != shortForm[0])
        {
            return false;
        }

        var at = 0;
        foreach (var c in shortForm)
        {
            at = letters.IndexOf(c.ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    private static bool IsName(string name, HeaderGrammar grammar)
    {
        if (name.Length is 0 or > MaxNameLength || !char.IsUpper(name[0]))
        {
            return false;
        }

        var words = name.Split(' ');
        return words.Length <= MaxNameWords
            && words.All(w => w.Length > 0 && !w.Any(char.IsDigit) && !w.Contains(':', StringComparison.Ordinal)
                && (char.IsUpper(w[0]) || grammar.Particles.Contains(w) || w.Contains('-', StringComparison.Ordinal)));
    }

    private static List<string> SplitOutsideParentheses(string text, HeaderGrammar grammar)
    {
        // Blank out parenthesised parts so that separators inside them ("(BZK, Den Haag)") do not split.
        var masked = new StringBuilder(text);
        var depth = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            depth += masked[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth > 0 && masked[i] != '(')
            {
                masked[i] = 'x';
            }
        }

        var parts = new List<string>();
        var start = 0;
        foreach (Match separator in grammar.ListSeparator.Matches(masked.ToString()))
        {
            parts.Add(text[start..separator.Index]);
            start = separator.Index + separator.Length;
        }

        parts.Add(text[start..]);

        // "Frank Terpstra (Geonovum) Ronald Coenen (Tilburg)": a list whose line breaks were lost keeps one
        // separator, the closing bracket before the next capitalised name.
        return parts.SelectMany(SplitAfterBrackets).ToList();
    }

    private static bool MoreNameAfter(string text, Match bracket)
    {
        var after = text[(bracket.Index + bracket.Length)..].TrimStart();
        return after.Length > 0 && char.IsUpper(after[0]) && bracket.Index > 0 && text[..bracket.Index].Trim().Length > 0;
    }

    private static IEnumerable<string> SplitAfterBrackets(string part)
    {
        var start = 0;
        for (var i = 0; i < part.Length - 2; i++)
        {
            if (part[i] == ')' && char.IsWhiteSpace(part[i + 1]) && char.IsUpper(part[i + 2]) && part.IndexOf('(', start) < i
                && !Nickname(part, start, i))
            {
                yield return part[start..(i + 1)];
                start = i + 2;
            }
        }

        yield return part[start..];
    }

    /// <summary>
    /// "VM (Vicky) Brasseur (Wipro)": one word, a bracket, one more word before the next bracket or the end is one
    /// person with a nickname, not two people.
    /// </summary>
    private static bool Nickname(string part, int start, int close)
    {
        var open = part.LastIndexOf('(', close);
        var before = part[start..open].Trim();
        var next = part.IndexOf('(', close);
        var after = part[(close + 1)..(next < 0 ? part.Length : next)].Trim();
        var inside = part[(open + 1)..close].Trim();
        return inside.Length > 1 && char.IsUpper(inside[0]) && inside[1..].All(char.IsLower)
            && before.Length > 0 && !before.Contains(' ', StringComparison.Ordinal) && after.Length > 0 && !after.Contains(' ', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\w.])@([\w.-]+)")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex DashSeparator();

    [GeneratedRegex(@"^\p{Lu}{2,5}$")]
    private static partial Regex ShortForm();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
