using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TeamsBot.Extraction;

/// <summary>What a header label introduces.</summary>
internal enum HeaderField { None, Date, Location, Time, Chair, MinuteTaker, Attendees, Absent, NextMeeting }

/// <summary>The label regexes and word sets built once per language from its header lexicon.</summary>
internal sealed class HeaderGrammar
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Markup that minute-takers put around a label: bullets, bold, heading marks, a definition list's ":   ".
    private const string Lead = @"^[\s*_#>•·:\-]*";

    // A label's qualifier in lower case before its colon: "Afwezig met afbericht:", "Absent with apologies:".
    private const string Qualifier = @"(?:\s+\p{Ll}+){0,2}?";

    private static readonly ConcurrentDictionary<string, HeaderGrammar> Grammars = new(StringComparer.Ordinal);

    private static readonly HeaderField[] Fields = Enum.GetValues<HeaderField>();

    private HeaderGrammar(string language, HeaderLexicon lexicon)
    {
        Lexicon = lexicon;
        // Attendee and absentee labels of every language: Dutch minutes often keep an English "Attendees" heading.
        var others = LexiconFiles.Languages.Where(l => l != language).Select(l => LexiconFiles.Load<HeaderLexicon>(l, "header")).ToList();
        IReadOnlyList<string> attendees = [.. lexicon.AttendeeLabels.Concat(others.SelectMany(o => o.AttendeeLabels)).Distinct(StringComparer.OrdinalIgnoreCase)];
        IReadOnlyList<string> absent = [.. lexicon.AbsentLabels.Concat(others.SelectMany(o => o.AbsentLabels)).Distinct(StringComparer.OrdinalIgnoreCase)];
        var labels = Alternatives(lexicon.DateLabels, lexicon.LocationLabels, lexicon.TimeLabels, lexicon.ChairLabels,
            lexicon.MinuteTakerLabels, attendees, absent, lexicon.NextMeetingLabels);

        // "Aanwezig (12):", "Afwezig met afbericht:" or "Datum: 24 mei 2023"; the value may be empty when a list follows.
        LabelLine = new Regex($@"{Lead}(?:{labels}){Qualifier}[*_]*\s*(?:\([^)]*\))?\s*[:：][*_]*\s*(?<value>.*)$", Options);

        // A heading or line that is nothing but a section label: "Aanwezig", "**Present**".
        // "Afwezig / Afgemeld", "Absent, excused": one label said twice.
        var again = string.Join('|', absent.Select(Regex.Escape));
        SectionLine = new Regex($@"{Lead}(?:{Alternatives(null, null, null, null, null, attendees, absent, lexicon.NextMeetingLabels)})(?:\s*[/,&]\s*(?:{again}))?\s*(?:\([^)]*\))?\s*[:：]?[\s*_]*$", Options);

        // "Board members in attendance were:", "Also present:": a short line ending in a colon that introduces the list below.
        var lists = Alternatives(null, null, null, null, null, attendees, absent, null);
        ListIntroLine = new Regex($@"^[\s*_#>•·\-]*(?:[^\s:.!?]+\s+){{0,4}}(?<!\bto\s+)(?:{lists})\b(?:\s+[^\s:.!?]+){{0,2}}[*_]*\s*[:：][*_\s]*$", Options);

        // "BOD Members present: Brian, Tayeb", "Board members in attendance: ...": a list label after a few words that say whose list it is.
        QualifiedListLine = new Regex($@"{Lead}(?:\p{{L}}+\s+){{1,3}}(?:{lists})[*_]*\s*[:：][*_]*\s*(?<value>\S.*)$", Options);

        // "... gehouden in Amsterdam. Aanwezig: Jan, Piet en Klaas.": a list label inside a paragraph of prose starts a line of its own.
        InlineLabel = new Regex($@"(?<=[.!?])\s+(?=(?:{lists}){Qualifier}\s*[:：])", Options);

        var prefixes = Alternatives(null, null, null, lexicon.ChairPrefixes, lexicon.MinuteTakerPrefixes, null, null, lexicon.NextMeetingLabels);
        PrefixLine = new Regex($@"{Lead}(?:{prefixes})\s*[:：]?\s*(?<value>\S.*)$", Options);

        // "The meeting was adjourned. Next meeting is scheduled for 2025-01-09": the next meeting told after a sentence.
        var next = Alternatives(null, null, null, null, null, null, null, lexicon.NextMeetingLabels);
        NextMeetingSentence = new Regex($@"[.!?;]\s+[*_]*(?:{next})(?![\p{{L}}])\s*[:：]?\s*(?<value>\S.*)$", Options);
        // The roster's particles of every language (names travel), and the header's own abbreviations ("v.d.").
        Particles = new HashSet<string>(
            lexicon.NameParticles.Concat(RosterLexicon.AllParticles().SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))),
            StringComparer.OrdinalIgnoreCase);
        ChairMarkers = new HashSet<string>(lexicon.ChairMarkers, StringComparer.OrdinalIgnoreCase);
        MinuteTakerMarkers = new HashSet<string>(lexicon.MinuteTakerMarkers, StringComparer.OrdinalIgnoreCase);
        NameColumns = new HashSet<string>(lexicon.NameColumns, StringComparer.OrdinalIgnoreCase);
        OrganizationColumns = new HashSet<string>(lexicon.OrganizationColumns, StringComparer.OrdinalIgnoreCase);
        GivenNameColumns = new HashSet<string>(lexicon.GivenNameColumns, StringComparer.OrdinalIgnoreCase);
        SurnameColumns = new HashSet<string>(lexicon.SurnameColumns, StringComparer.OrdinalIgnoreCase);
        var connectors = string.Join('|', lexicon.ListConnectors.Select(c => char.IsLetter(c[0]) ? $@"\s+{Regex.Escape(c)}\s+" : $@"\s*{Regex.Escape(c)}\s*"));
        ListSeparator = new Regex($@"\s*[,;\n]\s*(?:(?:{connectors})\s*)?|{connectors}", Options);
    }

    public HeaderLexicon Lexicon { get; }

    public Regex LabelLine { get; }

    public Regex SectionLine { get; }

    public Regex PrefixLine { get; }

    /// <summary>A line that introduces an attendee or absentee list in words: "Also in attendance were:".</summary>
    public Regex ListIntroLine { get; }

    /// <summary>A list label with a few words before it and the names after it: "BOD Members present: Brian, Tayeb".</summary>
    public Regex QualifiedListLine { get; }

    /// <summary>Where a paragraph of prose holds a list label after a sentence: "... in Amsterdam. Aanwezig: ...".</summary>
    public Regex InlineLabel { get; }

    public Regex NextMeetingSentence { get; }

    /// <summary>Splits a list of names at commas, semicolons, line breaks and "en"/"and"/"&amp;".</summary>
    public Regex ListSeparator { get; }

    public IReadOnlySet<string> Particles { get; }

    public IReadOnlySet<string> ChairMarkers { get; }

    public IReadOnlySet<string> MinuteTakerMarkers { get; }

    public IReadOnlySet<string> NameColumns { get; }

    public IReadOnlySet<string> OrganizationColumns { get; }

    public IReadOnlySet<string> GivenNameColumns { get; }

    public IReadOnlySet<string> SurnameColumns { get; }

    public static HeaderGrammar For(string language) =>
        Grammars.GetOrAdd(language, static l => new HeaderGrammar(l, LexiconFiles.Load<HeaderLexicon>(l, "header")));

    /// <summary>The field whose label group matched.</summary>
    public static HeaderField FieldOf(Match match)
    {
        foreach (var field in Fields)
        {
            if (field != HeaderField.None && match.Groups[field.ToString()].Success)
            {
                return field;
            }
        }

        return HeaderField.None;
    }

    private static string Alternatives(
        IReadOnlyList<string>? date, IReadOnlyList<string>? location, IReadOnlyList<string>? time, IReadOnlyList<string>? chair,
        IReadOnlyList<string>? minuteTaker, IReadOnlyList<string>? attendees, IReadOnlyList<string>? absent, IReadOnlyList<string>? next)
    {
        (HeaderField Field, IReadOnlyList<string>? Words)[] groups =
        [
            (HeaderField.Date, date), (HeaderField.Location, location), (HeaderField.Time, time), (HeaderField.Chair, chair),
            (HeaderField.MinuteTaker, minuteTaker), (HeaderField.Attendees, attendees), (HeaderField.Absent, absent),
            (HeaderField.NextMeeting, next),
        ];

        // Longest label first across all fields, so that "datum en tijd" wins over "datum".
        var all = groups
            .Where(g => g.Words is not null)
            .SelectMany(g => g.Words!.Select(w => (g.Field, Word: w)))
            .OrderByDescending(x => x.Word.Length)
            .Select(x => $"(?<{x.Field}>{Regex.Escape(x.Word).Replace(@"\ ", @"\s+", StringComparison.Ordinal)})");
        return string.Join('|', all);
    }
}
