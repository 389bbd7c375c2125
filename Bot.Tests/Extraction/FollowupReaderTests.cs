using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction;

/// <summary>
/// The next minutes read against the open items of the previous ones: each cue family of both languages gives its
/// status with the sentence that says so, and an item the next minutes do not speak of gets no status at all.
/// </summary>
public sealed class FollowupReaderTests
{
    private static readonly EarlierItem Newsletter = new("a1", "De nieuwsbrief van april versturen", "Actie Marloes: de nieuwsbrief van april versturen.", "Communicatie", ["Marloes"]);
    private static readonly EarlierItem Subsidy = new("a2", "De subsidieaanvraag voor het buurthuis indienen", "Actie Pieter: de subsidieaanvraag voor het buurthuis indienen.", "Financiën", ["Pieter"]);
    private static readonly EarlierItem Bridge = new("a3", "Offerte voor de fietsbrug opvragen", "Actie Anouk: offerte voor de fietsbrug opvragen.", "Verkeer", ["Anouk"]);

    private static readonly EarlierItem Website = new("a1", "Move the website to the new hosting provider", "Action Ann: move the website to the new hosting provider.", "Infrastructure", ["Ann"]);
    private static readonly EarlierItem Sponsors = new("a2", "Draft the sponsorship prospectus for the conference", "Action Bob: draft the sponsorship prospectus for the conference.", "Events", ["Bob"]);
    private static readonly EarlierItem Survey = new("a3", "Send the member survey about meeting times", "Action Eve: send the member survey about meeting times.", "Members", ["Eve"]);

    [Theory]
    [InlineData("De nieuwsbrief van april is verstuurd.", FollowupStatus.Done)]
    [InlineData("Nieuwsbrief april: afgerond.", FollowupStatus.Done)]
    [InlineData("De nieuwsbrief van april is nog niet verstuurd; Marloes wacht op de foto's.", FollowupStatus.Open)]
    [InlineData("De nieuwsbrief van april wordt doorgeschoven naar mei.", FollowupStatus.Open)]
    [InlineData("De nieuwsbrief van april vervalt, want het nieuws staat al op de website.", FollowupStatus.Dropped)]
    public void DutchCues_GiveTheStatusWithTheirSentence(string sentence, FollowupStatus status)
    {
        var findings = Read([Newsletter, Subsidy], $"""
            # Notulen werkgroep wijkzaken 12 mei 2026

            Aanwezig: Marloes, Pieter, Anouk

            ## Actiepunten vorige vergadering

            - {sentence}

            ## Verkeer

            De gemeente heeft de nieuwe parkeerregels toegelicht.
            """);

        var finding = Assert.Single(findings);
        Assert.Equal("a1", finding.ItemId);
        Assert.Equal(status, finding.Status);
        Assert.Equal(sentence, finding.Evidence);
        Assert.Equal("Actiepunten vorige vergadering", finding.Section);
    }

    [Theory]
    [InlineData("DONE: move the website to the new hosting provider", FollowupStatus.Done)]
    [InlineData("The website has moved to the new hosting provider.", FollowupStatus.Done)]
    [InlineData("WIP: website move to the new hosting provider, DNS still pending", FollowupStatus.Open)]
    [InlineData("Website move to the new hosting provider postponed until after the release.", FollowupStatus.Open)]
    [InlineData("Website move to the new hosting provider is no longer needed: the old provider lowered its price.", FollowupStatus.Dropped)]
    public void EnglishCues_GiveTheStatusWithTheirSentence(string sentence, FollowupStatus status)
    {
        var findings = Read([Website, Sponsors], $"""
            # Board meeting 2026-05-12

            Attending: Ann, Bob, Eve

            ## Previous action items

            * {sentence}

            ## Finances

            The treasurer presented the quarterly figures.
            """);

        var finding = Assert.Single(findings);
        Assert.Equal("a1", finding.ItemId);
        Assert.Equal(status, finding.Status);
        Assert.Equal(sentence, finding.Evidence);
    }

    [Fact]
    public void AStatusUnderAnItem_IsReadFromTheNoteBelowIt()
    {
        var findings = Read([Website], """
            # Board meeting 2026-05-12

            Attending: Ann, Bob, Eve

            ## Previous action items

            * Website move to the new hosting provider
              * **WIP:** working through the redirects
            """);

        var finding = Assert.Single(findings);
        Assert.Equal(FollowupStatus.Open, finding.Status);
        Assert.Equal("WIP: working through the redirects", finding.Evidence);
    }

    [Fact]
    public void AnItemRepeatedAsANewAction_IsStillOpenWithItsNewDueDate()
    {
        var findings = Read([Bridge], """
            # Notulen werkgroep wijkzaken 12 mei 2026

            Aanwezig: Marloes, Pieter, Anouk

            ## Verkeer

            Actie Anouk: de offerte voor de fietsbrug opvragen, uiterlijk 1 juni 2026.
            """);

        var finding = Assert.Single(findings);
        Assert.Equal(FollowupStatus.Open, finding.Status);
        Assert.Equal(new DateOnly(2026, 6, 1), finding.Due);
    }

    [Fact]
    public void ItemsTheNextMinutesDoNotSpeakOf_GetNoStatus()
    {
        // The next minutes speak of other things, in the same sections and with the same people: no sentence, no status.
        var findings = Read([Newsletter, Subsidy, Bridge], """
            # Notulen werkgroep wijkzaken 12 mei 2026

            Aanwezig: Marloes, Pieter, Anouk

            ## Communicatie

            Marloes heeft de folder over de braderie afgerond.

            ## Financiën

            Pieter meldt dat de kascontrole is gedaan. Het budget voor de zomer blijft ongewijzigd.

            ## Verkeer

            De drempels in de Dorpsstraat worden nog niet aangelegd.
            """);

        Assert.Empty(findings);
    }

    [Fact]
    public void EnglishItemsTheNextMinutesDoNotSpeakOf_GetNoStatus()
    {
        var findings = Read([Website, Sponsors, Survey], """
            # Board meeting 2026-05-12

            Attending: Ann, Bob, Eve

            ## Infrastructure

            Ann has finished the backup script. The mail server migration is still in progress.

            ## Events

            * DONE: book the venue for the autumn meetup

            ## Members

            Eve welcomed three new members.
            """);

        Assert.Empty(findings);
    }

    [Fact]
    public void ANestedItem_IsFoundThroughWhatItHangsUnder()
    {
        var previous = TestDocuments.Markdown("""
            # Board meeting 2026-04-14

            Attending: Ann, Bob, Eve

            ## Previous action items

            * Find a new treasurer for the association
              * Some interest but nobody took the role yet
              * **AI: Follow up with those who expressed interest**
            """);
        var items = EarlierItems.From(MinutesExtractor.Extract(previous));
        var followUp = Assert.Single(items, i => i.Quote.Contains("Follow up", StringComparison.Ordinal));
        Assert.Equal("Find a new treasurer for the association", followUp.Context);

        var findings = Read(items, """
            # Board meeting 2026-05-12

            Attending: Ann, Bob, Eve

            ## Previous action items

            * **DONE:** Find a new treasurer for the association
            """);

        Assert.Contains(findings, f => f.ItemId == followUp.Id && f.Status == FollowupStatus.Done);
    }

    private static IReadOnlyList<FollowupFinding> Read(IReadOnlyList<EarlierItem> items, string next)
    {
        var document = TestDocuments.Markdown(next);
        return FollowupReader.Read(items, document, MinutesExtractor.Extract(document));
    }
}
