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
}
