using TeamsBot.Extraction;
using TeamsBot.Minutes;
using static TeamsBot.Tests.TestDocuments;

namespace TeamsBot.Tests.Extraction;

/// <summary>Who owns an action item, read as a careful reader would: speakers, labels, initials and handles, groups.</summary>
public sealed class OwnerFinderTests
{
    private const string EnglishHeader = """
        # Minutes of the Harbour Committee

        Date: March 5, 2024

        Present: Kim P. Brandt, Omar Haddad, Lena Vogel

        """;

    private const string DutchHeader = """
        # Verslag werkgroep Dijken

        Datum: dinsdag 5 maart 2024

        Aanwezig: Dirk van der Meer, Sanne Bos, Youssef Amrani

        """;

    private static IReadOnlyList<string> OwnersOf(string markdown, string quoteStart) =>
        Assert.Single(Extract(markdown).ActionItems, a => a.Quote.StartsWith(quoteStart, StringComparison.Ordinal)).Owners;

    [Fact]
    public void Extract_SpeakerInitialsWithTussenvoegsel_ResolveToTheAttendee()
    {
        var owners = OwnersOf(DutchHeader + "## 1. Stand van zaken\n\nDVDM: Ik stuur de notitie volgende week rond.\n", "DVDM:");

        Assert.Equal(["Dirk van der Meer"], owners);
    }

    [Fact]
    public void Extract_TwoPeopleEachWithTheirOwnVerb_AreTwoActionItems()
    {
        var actions = Extract(DutchHeader + "## 2. Nieuwsbrief\n\nSanne levert de tekst aan en Youssef stuurt die rond aan de leden.\n").ActionItems;

        // One sentence, two tasks: each person finds their own in "mijn acties".
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.StartsWith("Sanne levert", a.Quote, StringComparison.Ordinal));
        Assert.Equal(["Sanne Bos", "Youssef Amrani"], actions.Select(a => Assert.Single(a.Owners)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_TwoPeopleSharingOneVerb_AreOneActionItemOfBoth()
    {
        var action = Assert.Single(Extract(EnglishHeader + "## Budget\n\nOmar and Lena will draft the revised budget.\n").ActionItems);

        Assert.Equal(["Omar Haddad", "Lena Vogel"], action.Owners);
    }

    [Fact]
    public void Extract_LowerCaseHandleOfInitials_ResolvesToTheAttendee()
    {
        var owners = OwnersOf(EnglishHeader + "## Budget\n\nkpb: I will send the revised figures.\n", "kpb:");

        Assert.Equal(["Kim P. Brandt"], owners);
    }

    [Fact]
    public void Extract_NoAttendeeList_SpeakersFormTheRoster()
    {
        var markdown = """
            # Sessie catalogus

            Hanna B: We gaan voor een nieuw model.

            Piet: Dat lijkt me goed.

            HB: Dan werk ik het verder uit.

            Hanna B: Mee eens.

            Piet: Prima.

            Actie: Tobias V: de lijst met bronnen aanvullen.

            Actie: Hanna B en Piet passen het model aan.
            """;

        var actions = Extract(markdown).ActionItems;

        Assert.Equal(["Tobias V"], Assert.Single(actions, a => a.Quote.StartsWith("Actie: Tobias", StringComparison.Ordinal)).Owners);
        Assert.Equal(["Hanna B", "Piet"], Assert.Single(actions, a => a.Quote.StartsWith("Actie: Hanna", StringComparison.Ordinal)).Owners);
    }

    [Fact]
    public void Extract_BulletedInitialsAsSpeakers_AreTheRosterWhenNoListIsGiven()
    {
        var markdown = """
            # Weekly sync

            ## Notes

            * QRS: The parser is nearly done.
            * VW: Good, we need it next week.
            * QRS: I'll merge it tomorrow.
            * VW: Thanks.
            """;

        var owners = OwnersOf(markdown, "QRS: I'll");

        Assert.Equal(["QRS"], owners);
    }

    private static readonly Person[] People =
        [new("Kim P. Brandt"), new("Omar Haddad", "Harbour Board"), new("Ronald Kuipers"), new("Ronald Claes"), new("Sanne Bos")];

    private static IReadOnlyList<string> Stated(string language, string body, string? speaker = null)
    {
        var finder = new OwnerFinder(new Roster(People, language), ItemLexicon.For(language));
        var statement = new Statement
        {
            Text = body, Body = body, BlockIndex = 0, Block = Block.Paragraph(body, new SourceRef(null, 1)), Start = 0,
            Section = null, Kind = SectionKind.Discussion, Speaker = speaker, FirstInBlock = true,
        };
        return finder.Stated(statement, body);
    }

    [Theory]
    [InlineData("en", "📌 Action item Omar Haddad: review the mooring fees", "Omar Haddad")]
    [InlineData("nl", "📌 Actiepunt: Sanne Bos zal de kaart bijwerken", "Sanne Bos")]
    [InlineData("nl", "Verder uitzoeken en Harbour Board zal een voorstel doen", "Harbour Board")]
    [InlineData("nl", "De kaart bijwerken (Sanne)", "Sanne Bos")]
    [InlineData("nl", "?, Zwolle (Sanne neemt contact op met de haven)", "Sanne Bos")]
    [InlineData("en", "Follow up on the fee question. KB, OH.", "Kim P. Brandt|Omar Haddad")]
    [InlineData("nl", "Actie: Ronalds - afstemmen met de haven", "Ronald Kuipers|Ronald Claes")]
    public void Stated_OwnerOutsideTheSubject_IsFound(string language, string body, string owners)
    {
        Assert.Equal(owners.Split('|'), Stated(language, body));
    }

    [Fact]
    public void Stated_ActionOnMe_IsTheSpeaker()
    {
        Assert.Equal(["Kim P. Brandt"], Stated("en", "Action on me to write the summary.", speaker: "KPB"));
    }

    [Theory]
    [InlineData("nl", "📌 Actiepunt: Sanne Bos informeren over de planning")]
    [InlineData("nl", "De kaart bijwerken (Karel)")]
    [InlineData("en", "Follow up on the fee question. Later.")]
    [InlineData("en", "Action on me to write the summary.")]
    public void Stated_NoOneOfTheRosterNamedAsDoer_IsEmpty(string language, string body)
    {
        Assert.Empty(Stated(language, body));
    }

    [Theory]
    [InlineData("## 2. Planning\n\nDe planning wordt door Sanne Bos opnieuw opgesteld voor de volgende vergadering.\n", "De planning", "Sanne Bos")]
    [InlineData("## 2. Planning\n\nActie: het voorstel zal door Youssef Amrani worden uitgewerkt.\n", "Actie:", "Youssef Amrani")]
    public void Extract_DutchPassivePlanWithItsAgent_OwnedByTheAgent(string body, string quoteStart, string owner)
    {
        Assert.Equal([owner], OwnersOf(DutchHeader + body, quoteStart));
    }

    [Fact]
    public void Extract_EnglishPassivePlanWithItsAgent_OwnedByTheAgent()
    {
        var owners = OwnersOf(EnglishHeader + "## Fees\n\nACTION: The mooring fees will be reviewed by Lena Vogel before the next meeting.\n", "ACTION:");

        Assert.Equal(["Lena Vogel"], owners);
    }

    [Fact]
    public void Extract_PassivePlanWithoutAgent_HasNoOwner()
    {
        var result = Extract(DutchHeader + "## 2. Planning\n\nDe planning wordt voor de volgende vergadering opnieuw opgesteld.\n");

        Assert.All(result.ActionItems, a => Assert.Empty(a.Owners));
    }

    [Fact]
    public void Extract_InvertedSubjectAfterAnIssueNumber_OwnsTheItem()
    {
        var owners = OwnersOf(DutchHeader + "## Acties\n\n- Issue #7 pakken Sanne en Youssef op.\n", "Issue #7");

        Assert.Equal(["Sanne Bos", "Youssef Amrani"], owners);
    }

    [Fact]
    public void Extract_FirstNameSharedWithAnAbsentee_IsTheAttendee()
    {
        var markdown = """
            # Verslag werkgroep Dijken

            Datum: dinsdag 5 maart 2024

            Aanwezig: Dirk van der Meer, Sanne Bos

            Afwezig: Sanne Vermeulen

            ## 1. Kaart

            Actie: Sanne werkt de kaart bij.
            """;

        Assert.Equal(["Sanne Bos"], OwnersOf(markdown, "Actie: Sanne"));
    }
}
