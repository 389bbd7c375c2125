using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using Xunit.Abstractions;

namespace TeamsBot.Tests.Extraction;

public sealed partial class HeaderExtractorTests(ITestOutputHelper output)
{
    private static Block H(string text, int level = 2) => Block.Heading(text, level, new SourceRef(null, 1));

    private static Block P(string text) => Block.Paragraph(text, new SourceRef(null, 1));

    private static Block L(string text) => Block.ListItem(text, 0, false, new SourceRef(null, 1));

    private static Block Row(int table, params string[] cells) => Block.TableRow(cells, table, new SourceRef(null, 1));

    private static HeaderResult Extract(string language, params Block[] blocks) =>
        HeaderExtractor.Extract(new MinutesDocument("test.md", MinutesFormat.Markdown, blocks), language);

    private static string[] Names(IEnumerable<Person> people) => [.. people.Select(p => p.Name)];

    [Fact]
    public void Extract_DutchHeaderWithSections_ReadsAllFields()
    {
        var result = Extract(
            "nl",
            H("Verslag overleg Wijkraad Noord"),
            P("Datum: dinsdag 14 maart 2023\nLocatie: Buurthuis De Linde\nAanvang: 19.30 uur"),
            H("Aanwezig", 3),
            P("Voorzitter: Els de Vries"),
            P("Notulist: Karim Benali"),
            P("Jan Bakker (gemeente), Sanne Wit (Woonstad) en Piet van den Berg (politie)"),
            H("Afwezig", 3),
            P("Ria Smit (GGD)"),
            H("1. Opening", 3),
            P("Els de Vries opent de vergadering om 19.30 uur."));

        var header = result.Header;
        Assert.Equal("Verslag overleg Wijkraad Noord", header.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), header.Date);
        Assert.Equal("Buurthuis De Linde", header.Location);
        Assert.Equal("Els de Vries", header.Chair);
        Assert.Equal("Karim Benali", header.MinuteTaker);
        Assert.Equal(["Els de Vries", "Karim Benali", "Jan Bakker", "Sanne Wit", "Piet van den Berg"], Names(header.Attendees));
        Assert.Equal("Woonstad", header.Attendees[3].Organization);
        Assert.Equal([new Person("Ria Smit", "GGD")], header.Absent);
        Assert.Equal(new HashSet<int> { 0, 1, 2, 3, 4, 5, 6, 7 }, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_EnglishLabelLines_ReadsFirstNameLists()
    {
        var result = Extract(
            "en",
            H("Board Call"),
            H("3 April 2024", 5),
            P("Present: Peter, Dan and David"),
            P("Regrets: Andrew, Hadley"),
            P("Scribe: Dan"),
            P("(Dan gives a short update.)"),
            H("Agenda"),
            P("Peter: we need to decide."));

        var header = result.Header;
        Assert.Equal("Board Call", header.Title);
        Assert.Equal(new DateOnly(2024, 4, 3), header.Date);
        Assert.Equal(["Peter", "Dan", "David"], Names(header.Attendees));
        Assert.Equal(["Andrew", "Hadley"], Names(header.Absent));
        Assert.Equal("Dan", header.MinuteTaker);
        Assert.DoesNotContain(5, result.HeaderBlocks);
        Assert.DoesNotContain(7, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_LabelThenOneNamePerLine_ReadsUntilTheListEnds()
    {
        var result = Extract(
            "nl",
            H("Werkgroep Data", 1),
            P("Datum: 30-11-2022"),
            P("Aanwezig:"),
            P("Frank Terpstra (Geonovum)\nRonald Coenen (Tilburg)\nHans Oostrom "),
            H("API 58", 6),
            P("Er staat een pull request open."));

        Assert.Equal(new DateOnly(2022, 11, 30), result.Header.Date);
        Assert.Equal(
            [new Person("Frank Terpstra", "Geonovum"), new Person("Ronald Coenen", "Tilburg"), new Person("Hans Oostrom")],
            result.Header.Attendees);
        Assert.Equal(new HashSet<int> { 0, 1, 2, 3 }, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_NicknameInBrackets_IsOnePersonWithTheOrganisationAfterTheName()
    {
        var result = Extract(
            "en",
            H("Technical Advisory Council", 1),
            P("Date: 2024-03-05"),
            P("Attendees:"),
            P("Robert (Bob) Lindqvist (Northwind)\nMaria Santos (Contoso)"),
            H("Agenda", 2),
            P("We reviewed the roadmap."));

        Assert.Equal([new Person("Robert Lindqvist", "Northwind"), new Person("Maria Santos", "Contoso")], result.Header.Attendees);
    }

    [Fact]
    public void Extract_FirstNamesWithNonNameRemark_KeepsOnlyNames()
    {
        var result = Extract(
            "nl",
            P("Aanwezig: Anneke, Edwin, Sander & lid van de vereniging (gedurende het eerste uur)"),
            P("Lokatie: Utrecht, Cafe Ruig"),
            H("ALV"),
            P("Een lid heeft een motie gepitched."));

        Assert.Equal(["Anneke", "Edwin", "Sander"], Names(result.Header.Attendees));
        Assert.Equal("Utrecht, Cafe Ruig", result.Header.Location);
        Assert.Contains(0, result.HeaderBlocks);
        Assert.Contains(1, result.HeaderBlocks);
        Assert.DoesNotContain(3, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_AttendeeTable_TurnsSurnameFirstNamesAround()
    {
        var result = Extract(
            "nl",
            H("Technisch Overleg", 1),
            P("28 september 2023"),
            H("Aanwezigen"),
            Row(1, "Naam", "Organisatie"),
            Row(1, "Bijen, Antoon", "Justid"),
            Row(1, "Karl de Boer", "Enable-U"),
            Row(1, "Van Gelderen, Edward", "VNG"),
            Row(1, "Voorn, Sebastian van", "RDW"),
            H("Mededelingen"),
            Row(2, "Punt", "Eigenaar"),
            Row(2, "Roadmap", "Logius"));

        Assert.Equal(new DateOnly(2023, 9, 28), result.Header.Date);
        Assert.Equal(
            [new Person("Antoon Bijen", "Justid"), new Person("Karl de Boer", "Enable-U"), new Person("Edward van Gelderen", "VNG"), new Person("Sebastian van Voorn", "RDW")],
            result.Header.Attendees);
        Assert.Equal(new HashSet<int> { 0, 1, 2, 3, 4, 5, 6, 7 }, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_ListWithHandlesAndRoles_ReadsHandleAndOrganisation()
    {
        var result = Extract(
            "en",
            H("Technical Steering Committee Meeting 2018-01-10", 1),
            H("Present"),
            L("Anna Henningsen @addaleax (TSC)"),
            L("Gibson Fahnestock @gibfahn (observer)"),
            L("Jane Doe (chair)"),
            H("Agenda"),
            L("8.9.4 out"));

        Assert.Equal(new DateOnly(2018, 1, 10), result.Header.Date);
        Assert.Equal(new Person("Anna Henningsen", "TSC", "addaleax"), result.Header.Attendees[0]);
        Assert.Equal(["Anna Henningsen", "Gibson Fahnestock", "Jane Doe"], Names(result.Header.Attendees));
        Assert.Equal("Jane Doe", result.Header.Chair);
        Assert.DoesNotContain(6, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_OneAttendeePerItemWithOrganisationAfterComma_ReadsPersonAndOrganisationNotTwoPeople()
    {
        var result = Extract(
            "en",
            H("Standards Committee Monthly Meeting 2024-03-12", 1),
            H("Participants"),
            L("Mira Castell, Northwind Traders (Voting Member)"),
            L("Jonas Wendt, Globex"),
            L("Priya Raman, Initech Systems, Inc. (Chair)"),
            L("Leo Marsh, AT&T (Member)"),
            H("Agenda"),
            L("Roadmap"));

        Assert.Equal(
            [new Person("Mira Castell", "Northwind Traders"), new Person("Jonas Wendt", "Globex"), new Person("Priya Raman", "Initech Systems, Inc"), new Person("Leo Marsh", "AT&T")],
            result.Header.Attendees);
        Assert.Equal("Priya Raman", result.Header.Chair);
    }

    [Fact]
    public void Extract_ItemsOfSeveralPeopleAfterCommas_StaySeparatePeople()
    {
        var severalPerItem = Extract(
            "nl",
            H("Overleg Wijkteams", 1),
            P("12 maart 2024"),
            H("Aanwezig"),
            L("Anna de Wit, Bram Kok, Carla Smit"),
            L("Dirk Jansen, Eva Bos"),
            H("Mededelingen"),
            P("Geen."));
        Assert.Equal(["Anna de Wit", "Bram Kok", "Carla Smit", "Dirk Jansen", "Eva Bos"], Names(severalPerItem.Header.Attendees));
    }

    [Fact]
    public void Extract_ListWithShortFormsAndDashes_ReadsShortFormAsHandleAndRoleAfterDash()
    {
        var result = Extract(
            "en",
            H("Widget Working Group", 1),
            H("Attendees", 3),
            L("Orla Penrose - Acme (OPE) - chair"),
            L("Tariq Bell - Initech (TBE)"),
            L("Ruth Mwangi (IBM)"),
            P("**Scribe:** TBE"),
            H("Topic: status"),
            P("OPE: Welcome."));

        Assert.Equal(
            [new Person("Orla Penrose", "Acme", "OPE"), new Person("Tariq Bell", "Initech", "TBE"), new Person("Ruth Mwangi", "IBM")],
            result.Header.Attendees);
        Assert.Equal("Orla Penrose", result.Header.Chair);
        Assert.Equal("Tariq Bell", result.Header.MinuteTaker);
    }

    [Fact]
    public void Extract_ListIntroducedInWords_ReadsTheListBelow()
    {
        var result = Extract(
            "en",
            H("Society Board meeting, May 2, 2024", 1),
            P("Board members in attendance were:"),
            L("Wanda Okafor"),
            L("Lars Pettersen"),
            P("Also in attendance were:"),
            L("Ines Duarte (Assistant to Treasurer)"),
            P("Attendance (please add yourself)"),
            L("Mei Tanaka (Globex)"),
            H("Finances"),
            P("Items to present:"),
            L("Budget Review"));

        Assert.Equal(["Wanda Okafor", "Lars Pettersen", "Ines Duarte", "Mei Tanaka"], Names(result.Header.Attendees));
    }

    [Theory]
    [InlineData("Afwezig")]
    [InlineData("Afwezig met afbericht")]
    [InlineData("Afwezig met kennisgeving")]
    public void Extract_AttendeeLabelInsideProse_ReadsTheList(string absentLabel)
    {
        var result = Extract(
            "nl",
            P($"Notulen bestuursvergadering, 3 maart 2021 gehouden in Zwolle. Aanwezig: Bram Kuipers, Noor el Idrissi en Femke de Wit. {absentLabel}: Joris Mulder."),
            H("1. Opening"),
            P("Bram opent de vergadering."));

        Assert.Equal(["Bram Kuipers", "Noor el Idrissi", "Femke de Wit"], Names(result.Header.Attendees));
        Assert.Equal(["Joris Mulder"], Names(result.Header.Absent));
    }

    [Fact]
    public void Extract_ChairedByAndNextMeetingAtTheEnd_ReadsBoth()
    {
        var result = Extract(
            "en",
            H("Residents' Association"),
            P("Date: 5 March 2024"),
            P("Chaired by Maria Lopez, with thanks to the hosts."),
            P("Maria opened the meeting."),
            P("Next meeting: April 9, 19:30"));

        Assert.Equal("Maria Lopez", result.Header.Chair);
        Assert.Equal(new DateOnly(2024, 4, 9), result.Header.NextMeeting);
        Assert.Equal(new TimeOnly(19, 30), result.Header.NextMeetingTime);
        Assert.Contains(4, result.HeaderBlocks);
        Assert.DoesNotContain(3, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_NextMeetingHeadingThenDate_ReadsDateBelowIt()
    {
        var result = Extract(
            "nl",
            H("Verslag MR"),
            P("Datum: 24 mei 2023"),
            P("We bespreken de begroting."),
            H("Volgende vergadering"),
            P("Woensdag 21 juni, 13.30 uur"));

        Assert.Equal(new DateOnly(2023, 6, 21), result.Header.NextMeeting);
        Assert.Equal(new TimeOnly(13, 30), result.Header.NextMeetingTime);
        Assert.Contains(3, result.HeaderBlocks);
        Assert.Contains(4, result.HeaderBlocks);
    }

    [Theory]
    [InlineData("nl", "Volgende vergadering: donderdag 17 december 2026 om 13:30 uur", "13:30")]
    [InlineData("nl", "Volgende vergadering: 17 december 2026, 13.30 - 15.00 uur", "13:30")]
    [InlineData("nl", "Volgende vergadering: 17 december 2026 om 10 uur", "10:00")]
    [InlineData("en", "Next meeting: December 17, 2026 at 2 pm", "14:00")]
    [InlineData("nl", "Volgende vergadering: 17 december 2026", null)]
    [InlineData("nl", "Volgende vergadering: om 13:30 uur, datum volgt", null)]
    public void Extract_NextMeetingWithTime_ReadsItsStartWithTheDate(string language, string line, string? expected)
    {
        var result = Extract(language, H("Stuurgroep"), P(language == "nl" ? "Datum: 3 december 2026" : "Date: 3 December 2026"), P("We bespreken de begroting."), P(line));

        Assert.Equal(expected is null ? null : TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Header.NextMeetingTime);
    }

    [Fact]
    public void Extract_NoHeadingButDocumentTitle_UsesDocumentTitleAndItsDate()
    {
        var document = new MinutesDocument(
            "n.md",
            MinutesFormat.Markdown,
            [P("Aanwezig: Anneke, Edwin"), H("ALV"), P("Het bestuur besluit de ALV in september te houden.")],
            "Notulen bestuursvergadering 2 juli 2018");

        var header = HeaderExtractor.Extract(document, "nl").Header;

        Assert.Equal("Notulen bestuursvergadering 2 juli 2018", header.Title);
        Assert.Equal(new DateOnly(2018, 7, 2), header.Date);
    }

    [Fact]
    public void Extract_LabelWordFollowedByProse_IsNotHeader()
    {
        var result = Extract(
            "nl",
            H("Verslag ALV", 1),
            P("Datum: 3 juni 2024"),
            P("Verslag: de notulen van de vorige keer worden ongewijzigd vastgesteld."),
            P("Tijd: die is er te weinig, vindt de voorzitter."));

        Assert.Null(result.Header.MinuteTaker);
        Assert.DoesNotContain(2, result.HeaderBlocks);
        Assert.DoesNotContain(3, result.HeaderBlocks);
    }

    [Fact]
    public void Extract_BodyWithoutHeader_FindsNoPeople()
    {
        var result = Extract(
            "nl",
            P("Jan opent de vergadering."),
            P("Besloten wordt het plan vast te stellen. Actie: Piet."));

        Assert.Empty(result.Header.Attendees);
        Assert.Null(result.Header.Date);
        Assert.Null(result.Header.Chair);
    }

    [Theory]
    [MemberData(nameof(TestDocuments.DevelopmentMinutes), MemberType = typeof(TestDocuments))]
    public void Extract_Fixture_MatchesGoldDateAndNamesNoOneFalsely(string id)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Minutes");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, id + ".json")));
        var root = gold.RootElement;
        var language = root.GetProperty("language").GetString()!;

        var header = HeaderExtractor.Extract(MarkdownBlocks.Read(Path.Combine(folder, id + ".md")), language).Header;

        var goldAttendees = Strings(root, "attendees");
        var goldAbsent = Strings(root, "absent");
        var attendees = Names(header.Attendees);
        output.WriteLine($"{id} title: \"{header.Title}\" (gold \"{root.GetProperty("title").GetString()}\")");
        output.WriteLine($"{id} date: {header.Date} (gold {root.GetProperty("meetingDate").GetString()}), chair {header.Chair}, minutes {header.MinuteTaker}, location {header.Location}");
        output.WriteLine($"{id} attendees: {attendees.Intersect(goldAttendees).Count()} of {goldAttendees.Length} gold, {attendees.Length} found: {string.Join(", ", attendees)}");
        output.WriteLine($"{id} absent: {Names(header.Absent).Intersect(goldAbsent).Count()} of {goldAbsent.Length} gold, {header.Absent.Count} found: {string.Join(", ", Names(header.Absent))}");

        Assert.Equal(DateOnly.Parse(root.GetProperty("meetingDate").GetString()!, CultureInfo.InvariantCulture), header.Date);
        Assert.All(attendees, name => Assert.Contains(name, goldAttendees));
        if (goldAbsent.Length > 0)
        {
            Assert.Equal(goldAbsent, Names(header.Absent));
        }
    }

    private static string[] Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    /// <summary>
    /// A small Markdown-to-blocks reader for the fixtures, following the block conventions of the minutes model,
    /// so that the header tests do not depend on the product's Markdown reader.
    /// </summary>
    private static partial class MarkdownBlocks
    {
        public static MinutesDocument Read(string path)
        {
            var lines = File.ReadAllLines(path);
            var blocks = new List<Block>();
            var paragraph = new List<string>();
            var (start, title) = FrontMatter(lines);
            var (table, inTable, paragraphBold) = (0, false, true);
            for (var n = start; n < lines.Length; n++)
            {
                var line = lines[n];
                var trimmed = line.Trim();
                var source = new SourceRef(null, n + 1);
                if (trimmed.Length == 0 || trimmed is "---" or "***" || trimmed.StartsWith('#') || trimmed.StartsWith('|') || ListMarker().IsMatch(line))
                {
                    Flush();
                }

                if (trimmed.StartsWith('|'))
                {
                    table += inTable ? 0 : 1;
                    inTable = true;
                    var cells = trimmed.Trim('|').Split('|').Select(c => Inline(c)).ToArray();
                    if (!cells.All(c => c.Trim('-', ':').Length == 0))
                    {
                        blocks.Add(Block.TableRow(cells, table, source));
                    }

                    continue;
                }

                inTable = false;
                if (trimmed.Length == 0 || trimmed is "---" or "***")
                {
                    continue;
                }

                if (trimmed.StartsWith('#'))
                {
                    blocks.Add(Block.Heading(Inline(trimmed.TrimStart('#')), trimmed.TakeWhile(c => c == '#').Count(), source));
                }
                else if (ListMarker().Match(line) is { Success: true } item)
                {
                    blocks.Add(Block.ListItem(Inline(line[item.Length..]), item.Groups[1].Length / 2, char.IsDigit(item.Groups[2].Value[0]), source));
                }
                else if (blocks.Count > 0 && paragraph.Count == 0 && char.IsWhiteSpace(line[0]) && blocks[^1].Kind == BlockKind.ListItem)
                {
                    blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + Inline(trimmed) };
                }
                else
                {
                    paragraphBold &= BoldLine().IsMatch(trimmed);
                    paragraph.Add(Inline(trimmed.TrimStart('>', ' ')));
                }
            }

            Flush();
            return new MinutesDocument(Path.GetFileName(path), MinutesFormat.Markdown, blocks, title);

            void Flush()
            {
                var text = string.Join('\n', paragraph.Where(p => p.Length > 0));
                if (text.Length > 0)
                {
                    var heading = paragraphBold && text.Length <= 120 && !".!?:".Contains(text[^1], StringComparison.Ordinal);
                    blocks.Add(heading ? Block.Heading(text, 6, new SourceRef(null, 1)) : Block.Paragraph(text, new SourceRef(null, 1)));
                }

                paragraph.Clear();
                paragraphBold = true;
            }
        }

        private static (int Start, string? Title) FrontMatter(string[] lines)
        {
            if (lines.Length == 0 || lines[0].Trim() != "---")
            {
                return (0, null);
            }

            var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            var title = lines.Skip(1).Take(end - 1).FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal));
            return (end + 1, title?["title:".Length..].Trim());
        }

        private static string Inline(string text)
        {
            text = Link().Replace(text, "$1");
            text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
            text = Emphasis().Replace(text, "$1");
            return Space().Replace(text, " ").Trim();
        }

        [GeneratedRegex(@"^(\s*)([-*+]|\d+\.)\s+")]
        private static partial Regex ListMarker();

        [GeneratedRegex(@"^\*\*[^*]+\*\*$")]
        private static partial Regex BoldLine();

        [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
        private static partial Regex Link();

        [GeneratedRegex(@"(?<!\w)[_*`]([^_*`]+)[_*`](?!\w)")]
        private static partial Regex Emphasis();

        [GeneratedRegex(@"\s+")]
        private static partial Regex Space();
    }

    [Fact]
    public void Extract_DutchAttendeeTableWithNameAcrossColumns_JoinsTheName()
    {
        var result = Extract(
            "nl",
            H("Overleg Fietsroutes", 1),
            P("Datum: 12 maart 2024"),
            H("Aanwezig"),
            Row(1, "Voornaam", "Tussenvoegsel", "Achternaam", "Organisatie"),
            Row(1, "Edward", "van", "Gelderen", "VNG"),
            Row(1, "Karl", "", "Boer", "Enable-U"),
            H("Afwezig / Afgemeld"),
            P("Ria Smit"),
            H("1. Opening"));

        Assert.Equal([new Person("Edward van Gelderen", "VNG"), new Person("Karl Boer", "Enable-U")], result.Header.Attendees);
        Assert.Equal(["Ria Smit"], Names(result.Header.Absent));
    }

    [Fact]
    public void Extract_EnglishAttendeeTableWithFirstAndLastName_JoinsTheName()
    {
        var result = Extract(
            "en",
            H("Board meeting", 1),
            P("Date: 12 March 2024"),
            H("Attendees"),
            Row(1, "First name", "Last name", "Organisation"),
            Row(1, "Anna", "Henningsen", "TSC"),
            Row(1, "Gibson", "Fahnestock", "Observer"),
            H("1. Welcome"));

        Assert.Equal(["Anna Henningsen", "Gibson Fahnestock"], Names(result.Header.Attendees));
        Assert.Equal("TSC", result.Header.Attendees[0].Organization);
    }
}
