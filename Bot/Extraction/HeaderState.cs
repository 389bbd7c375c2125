using TeamsBot.Minutes;

namespace TeamsBot.Extraction;

/// <summary>
/// The running state of <see cref="HeaderExtractor"/> as it walks the blocks: which attendee section it is in,
/// the layout of attendee tables, and the fields found so far (the first occurrence of each wins).
/// </summary>
internal sealed class HeaderState(MinutesDocument document, string language, HeaderGrammar grammar)
{
    private readonly List<Person> _attendees = [];
    private readonly List<Person> _absent = [];
    private readonly Dictionary<int, TableLayout> _tables = [];
    private readonly Dictionary<int, bool> _onePersonPerItem = [];
    private List<Person>? _section;
    private bool _sectionFromHeading;
    private bool _awaitingNextMeeting;
    private string? _nextMeetingText;

    public HashSet<int> Marked { get; } = [];

    public DateOnly? Date { get; private set; }

    public string? Location { get; private set; }

    public string? Chair { get; private set; }

    public string? MinuteTaker { get; private set; }

    public IReadOnlyList<Person> Attendees => _attendees;

    public IReadOnlyList<Person> Absent => _absent;

    /// <summary>
    /// The next meeting's date (a date without a year takes the meeting's year) and its starting time where the minutes
    /// give one with the date ("donderdag 17 december om 13:30 uur", "13.30 - 15.00 uur"); a time alone says nothing of
    /// which day, so without a date there is neither.
    /// </summary>
    public (DateOnly? Date, TimeOnly? Time) NextMeeting(DateOnly? meeting)
    {
        if (_nextMeetingText is null || DateParser.Find(_nextMeetingText, language, meeting) is not [var date, ..])
        {
            return (null, null);
        }

        var rest = _nextMeetingText.Remove(date.Start, date.Length).Insert(date.Start, " ");
        return (date.Date, TimeOfDayParser.Find(rest, language)?.Time);
    }

    public void Read(int index)
    {
        var block = document.Blocks[index];
        switch (block.Kind)
        {
            case BlockKind.Heading:
                ReadHeading(index, block);
                break;
            case BlockKind.TableRow:
                ReadTableRow(index, block);
                break;
            default:
                ReadText(index, block);
                break;
        }
    }

    private void ReadHeading(int index, Block block)
    {
        var section = grammar.SectionLine.Match(block.Text);
        if (section.Success)
        {
            Marked.Add(index);
            OpenSection(HeaderGrammar.FieldOf(section), fromHeading: true);
            return;
        }

        _section = null;
        _awaitingNextMeeting = false;
        if (ReadLine(block.Text))
        {
            Marked.Add(index);
        }
    }

    private void ReadText(int index, Block block)
    {
        var found = false;
        var anyLabel = false;
        foreach (var line in block.Text.Split('\n').SelectMany(l => grammar.InlineLabel.Split(l)))
        {
            if (ReadLine(line))
            {
                found = anyLabel = true;
            }
            else if (_section is not null)
            {
                // "- Omar Santos, Cisco Systems (Chair)": in a list of one attendee per item, the comma parts the person
                // from the organisation, not two people.
                found |= AddPeople(_section, block.Kind == BlockKind.ListItem && OnePersonPerItem(index)
                    && HeaderPersons.ParseWithOrganization(line, grammar) is { } one ? [one] : HeaderPersons.ParseList(line, grammar)) > 0;
            }
            else if (_awaitingNextMeeting && DateParser.Scan(line, language).Any())
            {
                _nextMeetingText = line;
                _awaitingNextMeeting = false;
                found = true;
            }
            else if (_nextMeetingText is null && grammar.NextMeetingSentence.Match(line) is { Success: true } next
                     && DateParser.Scan(next.Groups["value"].Value, language).Any())
            {
                // Not marked: the sentences before it are body text.
                _nextMeetingText = next.Groups["value"].Value;
            }
        }

        if (found)
        {
            Marked.Add(index);
        }
        else if (_section is not null && !_sectionFromHeading && !anyLabel)
        {
            _section = null;
        }
    }

    private bool ReadLine(string line)
    {
        var label = grammar.LabelLine.Match(line);
        if (!label.Success)
        {
            label = grammar.QualifiedListLine.Match(line);
        }

        if (label.Success)
        {
            return ReadField(HeaderGrammar.FieldOf(label), label.Groups["value"].Value.Trim());
        }

        // A line that only names the list below ("Attendance (please add yourself)", "Board members in attendance were:").
        var intro = grammar.SectionLine.Match(line);
        if (!intro.Success)
        {
            intro = grammar.ListIntroLine.Match(line);
        }

        if (intro.Success)
        {
            OpenSection(HeaderGrammar.FieldOf(intro), fromHeading: false);
            return true;
        }

        var prefix = grammar.PrefixLine.Match(line);
        if (!prefix.Success)
        {
            return false;
        }

        var field = HeaderGrammar.FieldOf(prefix);
        var value = prefix.Groups["value"].Value.Trim();
        return (field != HeaderField.NextMeeting || DateParser.Scan(value, language).Any()) && ReadField(field, value);
    }

    // True when the label line told something; a label word followed by prose ("Verslag: de notulen worden
    // vastgesteld.") is body text, and must stay visible to the decision and action finders.
    private bool ReadField(HeaderField field, string value)
    {
        switch (field)
        {
            case HeaderField.Date:
                var mentions = DateParser.Find(value, language, null);
                Date ??= mentions.Count > 0 ? mentions[0].Date : null;
                return mentions.Count > 0;
            case HeaderField.Location:
                Location ??= value.Length > 0 ? HeaderExtractor.Clean(value) : null;
                return value.Length > 0;
            case HeaderField.Time:
                return value.AsSpan().ContainsAnyInRange('0', '9');
            case HeaderField.Chair or HeaderField.MinuteTaker:
                return AddRole(value, field);
            case HeaderField.Attendees or HeaderField.Absent:
                OpenSection(field, fromHeading: false);
                AddPeople(_section!, HeaderPersons.ParseList(value, grammar));
                return true;
            case HeaderField.NextMeeting when value.Length > 0:
                _nextMeetingText ??= value;
                return DateParser.Scan(value, language).Any();
            case HeaderField.NextMeeting:
                _awaitingNextMeeting = _nextMeetingText is null;
                return true;
            default:
                return false;
        }
    }

    private void OpenSection(HeaderField field, bool fromHeading)
    {
        _section = field switch
        {
            HeaderField.Attendees => _attendees,
            HeaderField.Absent => _absent,
            _ => null,
        };
        _sectionFromHeading = fromHeading;
        _awaitingNextMeeting = field == HeaderField.NextMeeting && _nextMeetingText is null;
    }

    // The chair and minute-taker named under "Aanwezig" are attendees too.
    private bool AddRole(string value, HeaderField field)
    {
        if (HeaderPersons.ParseList(value, grammar) is not [var first, ..])
        {
            return false;
        }

        // "Scribe: EAO" after "Eemeli Aro - Mozilla (EAO)": the short form stands for the listed person.
        if (_attendees.Concat(_absent).FirstOrDefault(p => string.Equals(p.Handle, first.Person.Name, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            first = first with { Person = known };
        }

        if (field == HeaderField.Chair)
        {
            Chair ??= first.Person.Name;
        }
        else
        {
            MinuteTaker ??= first.Person.Name;
        }

        if (_section == _attendees)
        {
            AddPeople(_attendees, [first]);
        }

        return true;
    }

    /// <summary>
    /// Whether the list the item at <paramref name="index"/> belongs to gives one attendee per item as "Name, Organisation":
    /// at least two thirds of its items (and two or more) start with a full name of two or more words and a comma, and what
    /// follows is not more full names (<see cref="HeaderPersons.NameThenOrganization"/>).
    /// </summary>
    private bool OnePersonPerItem(int index)
    {
        if (_onePersonPerItem.TryGetValue(index, out var known))
        {
            return known;
        }

        var first = index;
        while (first > 0 && document.Blocks[first - 1].Kind == BlockKind.ListItem)
        {
            first--;
        }

        var last = index;
        while (last + 1 < document.Blocks.Count && document.Blocks[last + 1].Kind == BlockKind.ListItem)
        {
            last++;
        }

        var items = last - first + 1;
        var withOrganization = Enumerable.Range(first, items).Count(i => HeaderPersons.NameThenOrganization(document.Blocks[i].Text, grammar));
        var answer = withOrganization >= 2 && withOrganization * 3 >= items * 2;
        for (var i = first; i <= last; i++)
        {
            _onePersonPerItem[i] = answer;
        }

        return answer;
    }

    private int AddPeople(List<Person> list, IReadOnlyList<ListedPerson> people)
    {
        foreach (var listed in people)
        {
            if (listed.IsChair)
            {
                Chair ??= listed.Person.Name;
            }

            if (listed.IsMinuteTaker)
            {
                MinuteTaker ??= listed.Person.Name;
            }

            if (!list.Exists(p => string.Equals(p.Name, listed.Person.Name, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(listed.Person);
            }
        }

        return people.Count;
    }

    private void ReadTableRow(int index, Block block)
    {
        if (!_tables.TryGetValue(block.Table, out var layout))
        {
            layout = TableLayout.Of(block.Cells, grammar, _section, _attendees);
            _tables[block.Table] = layout;
            if (layout.HasHeader)
            {
                // Only an attendee table belongs to the header; an action table with a "Wie" column does not.
                if (layout.People is not null)
                {
                    Marked.Add(index);
                }

                return;
            }
        }

        if (layout.People is null || layout.NameColumn >= block.Cells.Count || block.Cells.All(c => c.Trim('-', ':', ' ').Length == 0))
        {
            return;
        }

        var written = block.Cells[layout.NameColumn].Trim();
        foreach (var column in layout.SurnameColumns.Where(c => c < block.Cells.Count))
        {
            written = (written + " " + block.Cells[column].Trim()).Trim();
        }

        var name = HeaderPersons.SurnameLast(written, grammar);
        if (HeaderPersons.ParseOne(name, grammar) is not { } listed)
        {
            return;
        }

        var organization = layout.OrganizationColumn >= 0 && layout.OrganizationColumn < block.Cells.Count
            ? HeaderExtractor.Clean(block.Cells[layout.OrganizationColumn])
            : null;
        if (listed.Person.Organization is null && !string.IsNullOrEmpty(organization))
        {
            listed = listed with { Person = listed.Person with { Organization = organization } };
        }

        AddPeople(layout.People, [listed]);
        Marked.Add(index);
    }

    /// <summary>
    /// Where the names and organisations stand in an attendee table, and which list its rows fill. A name may be written
    /// across columns ("Voornaam | Tussenvoegsel | Achternaam"): the first name's column, then the rest of it.
    /// </summary>
    private sealed record TableLayout(int NameColumn, int OrganizationColumn, bool HasHeader, List<Person>? People, IReadOnlyList<int> SurnameColumns)
    {
        public static TableLayout Of(IReadOnlyList<string> header, HeaderGrammar grammar, List<Person>? section, List<Person> attendees)
        {
            var cells = header.Select(HeaderExtractor.Clean).ToList();
            var given = cells.FindIndex(grammar.GivenNameColumns.Contains);
            var surnames = given >= 0
                ? Enumerable.Range(0, cells.Count).Where(i => i != given && grammar.SurnameColumns.Contains(cells[i])).ToList()
                : [];
            var name = surnames.Count > 0 ? given : cells.FindIndex(grammar.NameColumns.Contains);

            var organization = cells.FindIndex(grammar.OrganizationColumns.Contains);
            if (name >= 0)
            {
                // A Name | Organisation table is an attendee list even without a heading above it.
                var people = section ?? (organization >= 0 ? attendees : null);
                return new TableLayout(name, organization, true, people, surnames);
            }

            return new TableLayout(0, header.Count > 1 ? 1 : -1, false, section, []);
        }
    }
}
