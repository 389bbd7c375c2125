using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

public class RosterTests
{
    private static readonly Person[] DutchPeople =
    [
        new("Joost Verhoeven"),
        new("Fleur Kaçar", "Rijkswaterstaat"),
        new("Hendrik van den Broek", "RVO"),
        new("Sanne de Wit-van Leeuwen"),
        new("Pieter Jan Dekker"),
        new("Bram Ouwehand", "gemeente"),
        new("Bram Zijlstra", "programmamanager Wonen"),
        new("Ingrid Hoogeveen", "OM"),
        new("Lotte Brinkman"),
        new("Mees Kranenburg", "gemeente"),
        new("Rik Damen"),
        new("Rik Dalen"),
    ];

    private static readonly Person[] EnglishPeople =
    [
        new("Nadia Okafor", "TSC", "nokafor"),
        new("Tom Reyes", Handle: "Treyes42"),
        new("Priya Raman"),
        new("Jonas Weber"),
        new("Jonas Lindqvist"),
        new("Wei Zhang"),
        new("Mark Ellis", "observer"),
        new("Dan Brooks"),
        new("Иванова Ольга Сергеевна"),
        new("Ana Maria von Stein"),
    ];

    private static Roster Dutch() => new(DutchPeople, "nl", chair: "Joost Verhoeven", minuteTaker: "Lotte Brinkman");

    private static Roster English() => new(EnglishPeople, "en", chair: "Priya Raman", minuteTaker: "Wei Zhang");

    private static string[] Names(Roster roster, string text) => roster.FindMentions(text).Select(m => m.Person.Name).ToArray();

    private static MentionKind KindOf(Roster roster, string text) => Assert.Single(roster.FindMentions(text)).Kind;

    [Fact]
    public void FindMentions_FullNameWithoutDiacritics_FindsThePerson()
    {
        var mention = Assert.Single(Dutch().FindMentions("Daarna licht Fleur Kacar het plan toe."));

        Assert.Equal("Fleur Kaçar", mention.Person.Name);
        Assert.Equal(MentionKind.FullName, mention.Kind);
        Assert.Equal("Fleur Kacar", "Daarna licht Fleur Kacar het plan toe."[mention.Start..(mention.Start + mention.Length)]);
    }

    [Theory]
    [InlineData("Ingrid Hogeveen stuurt de cijfers.", "Ingrid Hoogeveen")]
    [InlineData("Bram Ouwehnad neemt dit op.", "Bram Ouwehand")]
    [InlineData("Hendrick van den Broek belt.", "Hendrik van den Broek")]
    public void FindMentions_SmallMisspelling_FindsThePerson(string text, string expected)
    {
        Assert.Equal([expected], Names(Dutch(), text));
        Assert.Equal(MentionKind.Fuzzy, KindOf(Dutch(), text));
    }

    [Fact]
    public void FindMentions_MisspellingCloseToTwoPeople_FindsNobody() =>
        Assert.Empty(Names(Dutch(), "Rik Daaen neemt contact op."));

    [Fact]
    public void FindMentions_DifferentSurnameWithKnownFirstName_FindsNobody() =>
        Assert.Empty(Names(Dutch(), "Lotte Verbeek van de provincie schuift aan."));

    [Fact]
    public void FindMentions_UnknownFirstNameBeforeKnownSurname_FindsNobody() =>
        Assert.Empty(Names(Dutch(), "Daarna spreekt Kees Kranenburg de zaal toe."));

    [Theory]
    [InlineData("Hendrik Van Den Broek opent.", nameof(MentionKind.FullName))]
    [InlineData("Van den Broek vraagt om uitstel.", nameof(MentionKind.Surname))]
    [InlineData("Het voorstel van Broek wordt besproken.", nameof(MentionKind.Surname))]
    public void FindMentions_NameParticles_InAnyCase(string text, string kind)
    {
        Assert.Equal(["Hendrik van den Broek"], Names(Dutch(), text));
        Assert.Equal(kind, KindOf(Dutch(), text).ToString());
    }

    [Fact]
    public void FindMentions_SurnameCoreInLowerCase_IsAWordNotAName() =>
        Assert.Empty(Names(Dutch(), "De broek is gescheurd."));

    [Fact]
    public void FindMentions_DoubleBarrelledSurname_FindsThePerson() =>
        Assert.Equal(["Sanne de Wit-van Leeuwen"], Names(Dutch(), "Mevrouw De Wit-van Leeuwen licht toe."));

    [Fact]
    public void FindMentions_UniqueFirstName_FindsThePerson()
    {
        Assert.Equal(["Lotte Brinkman"], Names(Dutch(), "Lotte stuurt de uitnodiging."));
        Assert.Equal(MentionKind.FirstName, KindOf(Dutch(), "Lotte stuurt de uitnodiging."));
    }

    [Fact]
    public void FindMentions_SharedFirstName_FindsNobodyUnlessTheSurnameFollows()
    {
        Assert.Empty(Names(Dutch(), "Bram stuurt de uitnodiging."));
        Assert.Equal(["Bram Zijlstra"], Names(Dutch(), "Bram Zijlstra stuurt de uitnodiging."));
        Assert.Empty(Names(English(), "Jonas will review it."));
    }

    [Fact]
    public void FindMentions_UniqueSurname_FindsThePerson() =>
        Assert.Equal(["Mees Kranenburg"], Names(Dutch(), "Volgens mij kan Kranenburg dat regelen."));

    [Fact]
    public void FindMentions_DoubleFirstNameInLowerCase_FindsThePerson()
    {
        Assert.Equal(["Pieter Jan Dekker"], Names(Dutch(), "(pieter jan past de tekst aan)"));
        Assert.Equal(["Pieter Jan Dekker"], Names(Dutch(), "Pieter-Jan past de tekst aan."));
    }

    [Fact]
    public void FindMentions_SingleLowerCaseWord_IsNoName()
    {
        Assert.Empty(Names(Dutch(), "pieter past de tekst aan"));
        Assert.Empty(Names(English(), "Please mark the issue as resolved."));
    }

    [Fact]
    public void FindMentions_SentenceInitialWordThatIsARosterFirstName_IsAMention()
    {
        Assert.Equal(["Mark Ellis"], Names(English(), "Mark will send the draft."));
        Assert.Equal(["Dan Brooks"], Names(English(), "Dan to follow up."));
    }

    [Theory]
    [InlineData("Lotte's voorstel wordt overgenomen.", "Lotte Brinkman")]
    [InlineData("Priya’s draft is accepted.", "Priya Raman")]
    [InlineData("Priya: I'll take it.", "Priya Raman")]
    public void FindMentions_PossessivesAndSpeakerLabels_FindThePerson(string text, string expected) =>
        Assert.Equal([expected], Names(text.Contains("Priya", StringComparison.Ordinal) ? English() : Dutch(), text));

    [Theory]
    [InlineData("Actie: JV")]
    [InlineData("(actie: J.V.)")]
    public void FindMentions_Initials_FindThePerson(string text)
    {
        Assert.Equal(["Joost Verhoeven"], Names(Dutch(), text));
        Assert.Equal(MentionKind.Initials, KindOf(Dutch(), text));
    }

    [Fact]
    public void FindMentions_InitialsThatSpellAnOrganisation_AreTheOrganisation() =>
        Assert.Empty(Names(Dutch(), "Het RVO levert de subsidiegegevens."));

    [Theory]
    [InlineData("Nadia will open a PR for it.")]
    [InlineData("PR: merged after review.")]
    [InlineData("The CI and the PR are green; it is OK.")]
    public void FindMentions_CapitalAbbreviationsThatMatchInitials_FindNoInitials(string text) =>
        Assert.DoesNotContain(English().FindMentions(text), m => m.Kind == MentionKind.Initials);

    [Fact]
    public void FindMentions_BareInitialsInsideASentence_AreNotInitials() =>
        Assert.Empty(Names(Dutch(), "Het JV project loopt door."));

    [Fact]
    public void FindMentions_NamesWithoutSeparator_FindsBoth() =>
        Assert.Equal(["Nadia Okafor", "Priya Raman"], Names(English(), "Session with Nadia Priya and others."));

    [Theory]
    [InlineData("@nokafor will open a PR.")]
    [InlineData("Assigned to nokafor.")]
    [InlineData("Treyes: I can take this.")]
    public void FindMentions_HandlesAndHandlePrefixes_FindThePerson(string text)
    {
        var mention = Assert.Single(English().FindMentions(text));

        Assert.Equal(MentionKind.Handle, mention.Kind);
        Assert.Equal(text.Contains("reyes", StringComparison.OrdinalIgnoreCase) ? "Tom Reyes" : "Nadia Okafor", mention.Person.Name);
    }

    [Theory]
    [InlineData("De voorzitter sluit de vergadering.", "Joost Verhoeven")]
    [InlineData("Actie: vz", "Joost Verhoeven")]
    [InlineData("De notulist past het verslag aan.", "Lotte Brinkman")]
    public void FindMentions_DutchRoleWords_StandForTheChairAndMinuteTaker(string text, string expected)
    {
        Assert.Equal([expected], Names(Dutch(), text));
        Assert.Equal(MentionKind.Role, KindOf(Dutch(), text));
    }

    [Theory]
    [InlineData("The chair will circulate the agenda.", "Priya Raman")]
    [InlineData("Chair: summarise the options.", "Priya Raman")]
    [InlineData("The scribe will publish the notes.", "Wei Zhang")]
    public void FindMentions_EnglishRoleWords_StandForTheChairAndScribe(string text, string expected) =>
        Assert.Equal([expected], Names(English(), text));

    [Theory]
    [InlineData("De voorzitter van de werkgroep meldt zich.")]
    [InlineData("De oud-voorzitter was aanwezig.")]
    [InlineData("Afscheid van voorzitter Henk Mulder.")]
    public void FindMentions_RoleWordAboutSomeoneElse_FindsNobody(string text) =>
        Assert.Empty(Names(Dutch(), text));

    [Fact]
    public void FindMentions_RoleWordInEnglishVerbUse_FindsNobody() =>
        Assert.Empty(Names(English(), "Someone needs to chair the session."));

    [Fact]
    public void FindMentions_RoleWordBeforeTheName_CountsThePersonOnce()
    {
        var mention = Assert.Single(Dutch().FindMentions("Voorzitter Joost Verhoeven opent de vergadering."));

        Assert.Equal(MentionKind.FullName, mention.Kind);
    }

    [Fact]
    public void FindMentions_PeopleOutsideTheRoster_AreNeverReturned()
    {
        Assert.Empty(Names(Dutch(), "Henk Mulder en Karin Smit nemen dit op."));
        Assert.Empty(Names(English(), "Alice to send the slides to Bob."));
    }

    [Fact]
    public void FindMentions_NonLatinName_FindsThePersonByExactMatch() =>
        Assert.Equal(["Иванова Ольга Сергеевна"], Names(English(), "Иванова Ольга Сергеевна: will check the CI."));

    [Theory]
    [InlineData("Lotte en Mees gaan samen een tekst schrijven.", new[] { "Lotte Brinkman", "Mees Kranenburg" })]
    [InlineData("Nadia, Wei: review the RFC.", new[] { "Nadia Okafor", "Wei Zhang" })]
    [InlineData("Dan, Nadia and Wei to review; Nadia to merge.", new[] { "Dan Brooks", "Nadia Okafor", "Wei Zhang" })]
    public void FindMentions_SeveralPeople_ReturnsEachOnceInOrder(string text, string[] expected) =>
        Assert.Equal(expected, Names(text.Contains("Lotte", StringComparison.Ordinal) ? Dutch() : English(), text));

    [Fact]
    public void FindMentions_ParticleNameInEnglish_FindsThePerson() =>
        Assert.Equal(["Ana Maria von Stein"], Names(English(), "Ana Maria Von Stein presented the roadmap."));

    [Theory]
    [InlineData("Lotte", "Lotte Brinkman")]
    [InlineData("pieter jan", "Pieter Jan Dekker")]
    [InlineData("JV", "Joost Verhoeven")]
    [InlineData("jv", "Joost Verhoeven")]
    [InlineData("Bram Z.", "Bram Zijlstra")]
    [InlineData("Kranenberg", "Mees Kranenburg")]
    [InlineData("dhr. Kranenburg", "Mees Kranenburg")]
    [InlineData("de voorzitter", "Joost Verhoeven")]
    [InlineData("Fleur Kaçar (Rijkswaterstaat)", "Fleur Kaçar")]
    public void Resolve_NameAsWritten_ReturnsThePerson(string written, string expected) =>
        Assert.Equal(expected, Dutch().Resolve(written)?.Name);

    [Theory]
    [InlineData("Bram")]
    [InlineData("Henk")]
    [InlineData("Lotte en Mees")]
    [InlineData("Lotte Verbeek")]
    [InlineData("iedereen")]
    [InlineData("")]
    public void Resolve_NoSinglePersonOfTheRoster_ReturnsNull(string written) =>
        Assert.Null(Dutch().Resolve(written));

    [Fact]
    public void Resolve_Handle_ReturnsThePerson() =>
        Assert.Equal("Nadia Okafor", English().Resolve("@nokafor")?.Name);

    [Fact]
    public void ResolveAll_SeveralNames_ReturnsEachPerson() =>
        Assert.Equal(["Lotte Brinkman", "Mees Kranenburg"], Dutch().ResolveAll("lotte/Mees").Select(p => p.Name));

    [Fact]
    public void FindOrganizations_RosterOrganisations_AreFound()
    {
        var found = Dutch().FindOrganizations("De gemeente en Rijkswaterstaat stemmen af; het OM volgt.");

        Assert.Equal(["gemeente", "Rijkswaterstaat", "OM"], found.Select(o => o.Organization));
    }

    [Fact]
    public void FindOrganizations_AcronymInLowerCase_IsAWord() =>
        Assert.Empty(Dutch().FindOrganizations("We spreken om tien uur af."));

    [Fact]
    public void FindOrganizations_RolesBesideNames_AreNoOrganisations()
    {
        Assert.Empty(Dutch().FindOrganizations("De programmamanager Wonen stuurt het plan."));
        Assert.Empty(English().FindOrganizations("Joined as observer."));
    }

    [Fact]
    public void Constructor_ChairMissingFromTheList_JoinsTheRoster()
    {
        var roster = new Roster(DutchPeople, "nl", chair: "Willem Kok");

        Assert.Contains(roster.People, p => p.Name == "Willem Kok");
        Assert.Equal(["Willem Kok"], Names(roster, "De voorzitter dankt iedereen."));
    }

    [Fact]
    public void Constructor_ChairGivenByFirstName_IsTheRosterPerson()
    {
        var roster = new Roster(DutchPeople, "nl", chair: "Joost");

        Assert.Equal("Joost Verhoeven", roster.Chair?.Name);
        Assert.Equal(DutchPeople.Length, roster.People.Count);
    }

    [Fact]
    public void Constructor_SamePersonTwice_IsOnePerson()
    {
        var roster = new Roster([new Person("Lotte Brinkman"), new Person("Lotte  Brinkman")], "nl");

        Assert.Single(roster.People);
        Assert.Equal(["Lotte Brinkman"], Names(roster, "Lotte belt."));
    }
}
