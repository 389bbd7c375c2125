using TeamsBot.Extraction;
using static TeamsBot.Tests.TestDocuments;

namespace TeamsBot.Tests.Extraction;

/// <summary>Each rule family of the extractor on small Dutch and English minutes written for the test.</summary>
public sealed class MinutesExtractorTests
{
    private const string DutchHeader = """
        # Verslag projectgroep Fietsroutes

        Datum: dinsdag 5 maart 2024

        Aanwezig: Jan Jansen (gemeente), Fatima el Amrani (provincie), Piet de Vries (ProRail)

        """;

    private const string EnglishHeader = """
        # Minutes of the Library Board

        Date: March 5, 2024

        Present: Alice Smith, Bob Jones, Carol White

        """;

    [Fact]
    public void Extract_DutchActionMarker_NamesTheOwner()
    {
        var result = Extract(DutchHeader + "## 1. Routes\n\nActie: Jan Jansen stuurt de kaart rond.\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Jan Jansen"], item.Owners);
        Assert.Equal("Actie: Jan Jansen stuurt de kaart rond.", item.Quote);
        Assert.Equal("1. Routes", item.Section);
    }

    [Fact]
    public void Extract_EnglishActionMarker_NamesSeveralOwners()
    {
        var result = Extract(EnglishHeader + "## Budget\n\nACTION: Alice Smith and Bob Jones to draft the budget.\n");

        Assert.Equal(["Alice Smith", "Bob Jones"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("en", "- The tickets should say how the payment is confirmed, to avoid double charges. Followup.", "The tickets should say how the payment is confirmed")]
    [InlineData("en", "- Carol wants a slot on the next agenda for the vendor's answer.  Action", "Carol wants a slot on the next agenda")]
    [InlineData("nl", "- Het beleidsstuk moet vermelden welke routes voorrang krijgen. Actie.", "Het beleidsstuk moet vermelden welke routes")]
    public void Extract_MarkerAfterANote_MakesTheNoteAnActionItem_AndTheMarkerNoItemOfItsOwn(string language, string note, string quoteStart)
    {
        var result = Extract((language == "nl" ? DutchHeader : EnglishHeader) + "## Tickets\n\n" + note + "\n");

        var item = Assert.Single(result.ActionItems);
        Assert.StartsWith(quoteStart, item.Quote, StringComparison.Ordinal);
        Assert.Empty(result.Decisions);
    }

    [Theory]
    [InlineData("en", "- We discussed the follow-up of the audit.")]
    [InlineData("nl", "- De opvolging van de audit is besproken.")]
    public void Extract_MarkerWordInsideASentence_IsNoMarker(string language, string note)
    {
        var result = Extract((language == "nl" ? DutchHeader : EnglishHeader) + "## Audit\n\n" + note + "\n");

        Assert.Empty(result.ActionItems);
    }

    [Fact]
    public void Extract_PromiseInASpeakersTurn_IsQuotedWithTheRestOfThatTurnOnly()
    {
        var result = Extract(EnglishHeader + """
            ## Catalogue

            Alice: How often does the catalogue group meet?
            Bob: Four times a year, more when there is work. We will migrate the catalogue in the spring. By June we can show the new search.
            Carol: Our branch still runs the old system. We would like to move as well.

            """);

        var item = Assert.Single(result.ActionItems, a => a.Quote.Contains("migrate", StringComparison.Ordinal));
        Assert.Equal("Bob: Four times a year, more when there is work. We will migrate the catalogue in the spring. By June we can show the new search.", item.Quote);
    }

    [Fact]
    public void Extract_ShortPromiseWithoutSubject_IsQuotedWithItsSpeakersTurn()
    {
        var result = Extract(EnglishHeader + """
            ## Website

            Alice: The event calendar is nearly done. The map was broken yesterday. Will fix it.
            Bob: Thanks.

            """);

        var item = Assert.Single(result.ActionItems);
        Assert.Equal("Alice: The event calendar is nearly done. The map was broken yesterday. Will fix it.", item.Quote);
    }

    [Theory]
    [InlineData("en", "Dana Reyes was elected as treasurer for the coming two years.")]
    [InlineData("en", "The Harbour Rowing Club has been appointed as the second community representative.")]
    [InlineData("nl", "Marieke de Boer is benoemd tot voorzitter van de werkgroep.")]
    [InlineData("nl", "De Fietsersbond werd gekozen als vertegenwoordiger van de gebruikers.")]
    public void Extract_SomeoneElectedOrAppointed_IsADecision(string language, string sentence)
    {
        var result = Extract((language == "nl" ? DutchHeader : EnglishHeader) + "## Bestuur\n\n" + sentence + "\n");

        Assert.Equal(sentence, Assert.Single(result.Decisions).Quote);
    }

    [Theory]
    [InlineData("nl", "De blauwe variant is goedgekeurd (actie: Jan Jansen), en die zal in mei online komen.")]
    [InlineData("en", "The new logo was approved (owner: Alice Smith), but the colours are not yet final.")]
    public void Extract_FutureInAClauseAfterTheDecision_LeavesItADecision(string language, string sentence)
    {
        var result = Extract((language == "nl" ? DutchHeader : EnglishHeader) + "## Huisstijl\n\n" + sentence + "\n");

        Assert.Equal(sentence, Assert.Single(result.Decisions).Quote);
        Assert.Equal(sentence, Assert.Single(result.ActionItems).Quote);
    }

    [Theory]
    [InlineData("nl", "De kleur van de kaart zal later worden gekozen.")]
    [InlineData("en", "The logo will be approved at the next meeting.")]
    public void Extract_DecisionStillToBeTaken_IsNoDecision(string language, string sentence)
    {
        var result = Extract((language == "nl" ? DutchHeader : EnglishHeader) + "## Huisstijl\n\n" + sentence + "\n");

        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Extract_OwnerInBrackets_IsTheOwner()
    {
        var result = Extract(DutchHeader + "## 2. Planning\n\nDe planning wordt herzien (actie: Piet de Vries).\n");

        Assert.Equal(["Piet de Vries"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData(":pushpin: **Actiepunt:** Piet de Vries stuurt de planning rond.")]
    [InlineData("📌 Actiepunt: Piet de Vries stuurt de planning rond.")]
    [InlineData("✅ **Actie:** Piet de Vries stuurt de planning rond.")]
    public void Extract_MarkerAfterEmojiOrBold_IsAnActionOfTheNamedOwner(string line)
    {
        var result = Extract(DutchHeader + "## 2. Planning\n\nDe planning is besproken.\n\n" + line + "\n");

        Assert.Equal(["Piet de Vries"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("Actions: No actions")]
    [InlineData("ACTION: none.")]
    [InlineData("ACTION: As noted above.")]
    [InlineData("CONSENSUS:")]
    public void Extract_MarkerOrLabelWithNothingAfterIt_IsNoItem(string line)
    {
        var result = Extract(EnglishHeader + "## Spec\n\nThe draft was discussed at length.\n\n" + line + "\n");

        Assert.Empty(result.ActionItems);
        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Extract_Motion_SecondedAndApproved_TheMotionIsTheDecision()
    {
        var result = Extract(EnglishHeader + """
            ## Pull requests

            - Alice Smith set motion to accept pull request #12.
            - Bob Jones second motion.
            - Motion approved.
            """);

        Assert.Equal("Alice Smith set motion to accept pull request #12.", Assert.Single(result.Decisions).Quote);
    }

    [Theory]
    [InlineData("- Motion approved with no modifications.")]
    [InlineData("- Motion #12 pull request approved")]
    [InlineData("- The motion was carried unanimously.")]
    public void Extract_MotionApprovedWithATail_TheMotionIsTheDecision(string approval)
    {
        var result = Extract(EnglishHeader + "## Pull requests\n\n- Alice Smith set motion to accept pull request #12.\n- Bob Jones second motion.\n" + approval + "\n");

        Assert.Equal("Alice Smith set motion to accept pull request #12.", Assert.Single(result.Decisions).Quote);
    }

    [Theory]
    [InlineData("Room consensus is to publish the reading list monthly.")]
    [InlineData("It was agreed that the reading room stays open on Sundays for now.")]
    [InlineData("There was general agreement to keep the late fees as they are.")]
    [InlineData("We have agreed that the desk closes at five.")]
    public void Extract_MeetingSaysItSettledSomething_IsADecision(string sentence)
    {
        var result = Extract(EnglishHeader + "## Opening hours\n\nThe hours were discussed at length. " + sentence + "\n");

        Assert.Contains(result.Decisions, d => d.Quote.Contains(sentence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Besloten wordt de bijdrage van de provincie te verdubbelen.")]
    [InlineData("We besluiten de brug pas in 2026 te verbreden.")]
    [InlineData("Er is besloten de fietsenstalling bij het station te behouden.")]
    [InlineData("We komen overeen om de kosten gelijk te verdelen.")]
    public void Extract_DutchMeetingSaysItSettledSomething_IsADecision(string sentence)
    {
        var result = Extract(DutchHeader + "## 2. Routes\n\nDe routes zijn uitgebreid besproken. " + sentence + "\n");

        Assert.Contains(result.Decisions, d => d.Quote.Contains(sentence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jan Jansen vraagt de subsidie bij de provincie aan.", "Jan Jansen")]
    [InlineData("Piet de Vries vraagt aan de wethouder of de omleiding in mei kan starten.", "Piet de Vries")]
    public void Extract_DutchRequestToSomeone_IsTheAskersAction(string sentence, string owner)
    {
        var result = Extract(DutchHeader + "## 3. Subsidie\n\nDe aanvraag is besproken. " + sentence + "\n");

        var action = Assert.Single(result.ActionItems, a => a.Quote.Contains(sentence, StringComparison.Ordinal));
        Assert.Equal([owner], action.Owners);
    }

    [Fact]
    public void Extract_DutchAskingSomeoneToDoSomething_IsAnAction()
    {
        var result = Extract(DutchHeader + "## 3. Subsidie\n\nDe aanvraag is besproken. Fatima el Amrani vraagt de gemeente om de kaart voor vrijdag te sturen.\n");

        Assert.Contains(result.ActionItems, a => a.Quote.Contains("vraagt de gemeente om de kaart", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DutchHeader, "## 3. Subsidie\n\nFatima el Amrani vraagt of de subsidie al is toegekend.\n")]
    [InlineData(DutchHeader, "## 3. Subsidie\n\nJan Jansen vraagt aan Piet de Vries hoe de bewoners de omleiding hebben ervaren.\n")]
    [InlineData(EnglishHeader, "## Budget\n\nAlice Smith asked whether the hall is free on Mondays.\n")]
    public void Extract_QuestionAskedInTheMeeting_IsNoAction(string header, string body)
    {
        var result = Extract(header + body);

        Assert.Empty(result.ActionItems);
    }

    [Fact]
    public void Extract_ActionOnTheSpeaker_IsTheSpeakersAction()
    {
        var result = Extract(EnglishHeader + "## Spec\n\nAlice Smith: Action on me to write some prose describing how this should happen.\n");

        Assert.Equal(["Alice Smith"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("Volgende week stuurt Piet de Vries de planning rond.", "Piet de Vries")]
    [InlineData("Tevens komt Fatima el Amrani nog met een overzicht van alle taken.", "Fatima el Amrani")]
    public void Extract_DutchSubjectAfterItsVerb_IsTheOwner(string sentence, string owner)
    {
        var result = Extract(DutchHeader + "## 2. Planning\n\nActie: " + sentence + "\n");

        Assert.Equal([owner], Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_LabelAddressingSomeone_TheAddresseeOwnsIt()
    {
        var result = Extract(DutchHeader + "## Acties\n\n- Jan Jansen aan Piet de Vries: vraag de aannemer om een nieuwe planning.\n");

        Assert.Equal(["Piet de Vries"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("Jan Jansen gaat samen met Piet de Vries een bewonersavond organiseren.", DutchHeader, "Jan Jansen", "Piet de Vries")]
    [InlineData("Alice Smith will draft the policy together with Bob Jones.", EnglishHeader, "Alice Smith", "Bob Jones")]
    public void Extract_OwnerTogetherWithSomeone_BothOwnIt(string sentence, string header, string first, string second)
    {
        var result = Extract(header + "## Planning\n\n" + sentence + "\n");

        Assert.Equal([first, second], Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_MarkerNamingSomeoneNotListed_NamesThemAsWritten()
    {
        // The minutes state who does it; the review then shows that nobody of the team has that name.
        var result = Extract(DutchHeader + "## 2. Planning\n\nActie: Karel stuurt het verslag rond.\n");

        Assert.Equal(["Karel"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("Actie: Verslag wordt rondgestuurd.")]
    [InlineData("Actie: Daarna stuurt de projectgroep het verslag rond.")]
    public void Extract_MarkerWithoutAPersonAfterIt_InventsNobody(string line)
    {
        var result = Extract(DutchHeader + "## 2. Planning\n\n" + line + "\n");

        Assert.DoesNotContain(Assert.Single(result.ActionItems).Owners, owner => owner is "Verslag" or "Daarna");
    }

    [Theory]
    [InlineData("Actie Piet de Vries: bel de aannemer over de planning.", DutchHeader, "Piet de Vries")]
    [InlineData("Actie Jan en Fatima: bel de aannemer over de planning.", DutchHeader, "Jan Jansen", "Fatima el Amrani")]
    [InlineData("ACTION Bob Jones: send the invoices to the treasurer.", EnglishHeader, "Bob Jones")]
    public void Extract_OwnerBetweenMarkerAndColon_OwnsTheTask(string line, string header, params string[] owners)
    {
        var result = Extract(header + "## Planning\n\n" + line + "\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(owners, item.Owners);
        Assert.DoesNotContain(":", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MarkerLinesWithoutFullStops_EachIsItsOwnItem()
    {
        var result = Extract(DutchHeader + "## Acties\n\nActie: Jan Jansen: werkafspraken\nActie allen: lees het stuk over de route\n");

        Assert.Equal(["Actie: Jan Jansen: werkafspraken", "Actie allen: lees het stuk over de route"], result.ActionItems.Select(a => a.Quote));
        Assert.Equal(["Jan Jansen"], result.ActionItems[0].Owners);
    }

    [Fact]
    public void Extract_FunctionWordWrittenWithACapital_IsNoSurname()
    {
        var result = Extract(EnglishHeader + "## Schedule\n\nAlice Will cancel next week's meeting.\n");

        Assert.Equal(["Alice Smith"], Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_DoerAfterATopicLabel_OwnsItRatherThanTheSpeaker()
    {
        var result = Extract(EnglishHeader + "## Process\n\nBob Jones: Process: Carol will draft it and send the link to the board.\n");

        Assert.Equal(["Carol White"], Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_DoerNamedAfterAnActionMarker_IsTheOwnerAsWritten()
    {
        var result = Extract(EnglishHeader + "## Issues\n\n- action item: Dave to close this issue\n");

        Assert.Equal(["Dave"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("Jan stemt het programma af met de provincie.", "Jan")]
    [InlineData("Joke als coördinator werkt het plan verder uit.", "Joke")]
    public void Extract_DutchSeparableVerb_WithoutAttendeeList_TheSubjectOwnsIt(string sentence, string owner)
    {
        var result = Extract("# Verslag 4 januari 2021\n\n## Programma\n\n" + sentence + "\n");

        Assert.Equal([owner], Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_FirstNameTwoPeopleShare_IsTheOneJustNamedInFull()
    {
        var result = Extract("""
            # Verslag bestuur 4 januari 2021

            Aanwezig: Sander van Lambalgen, Sander Aarts, Krijn Hoetmer

            ## Vrijwilligers

            Sander Aarts beheert de takenlijst. Er is al een lijst gepubliceerd. Tevens komt Sander nog met een overzicht van alle taken.

            ## Forum

            Sander van Lambalgen kijkt naar het forum.
            Actie: Sander stuurt een voorstel rond.
            """);

        Assert.Equal([["Sander Aarts"], ["Sander van Lambalgen"]], result.ActionItems.Where(a => a.Quote.Contains("Sander nog", StringComparison.Ordinal) || a.Quote.Contains("Sander stuurt", StringComparison.Ordinal)).Select(a => a.Owners));
    }

    [Fact]
    public void Extract_FirstNameTwoPeopleShare_WithoutContext_NamesNobody()
    {
        var result = Extract("""
            # Verslag bestuur 4 januari 2021

            Aanwezig: Sander van Lambalgen, Sander Aarts, Krijn Hoetmer

            ## Forum

            Actie: Sander stuurt een voorstel rond over het forum.
            """);

        Assert.Empty(Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_WithoutAttendeeList_AFullNameWithItsRole_OwnsWhatItDoes()
    {
        var result = Extract("""
            # Verslag 2 april 2021

            ## Maatjes

            Karin Vos (coördinator Maatjes) meldt het plan om op maandag 19 april weer een maatjesavond te organiseren.

            Karin pakt ook de uitnodigingen op.
            """);

        // The full name is learned from the sentence she is the subject of; the first name alone is then she.
        var invitations = Assert.Single(result.ActionItems, a => a.Quote.StartsWith("Karin pakt", StringComparison.Ordinal));
        Assert.Equal(["Karin Vos"], invitations.Owners);
    }

    [Fact]
    public void Extract_TogetherWithSomeoneNotListed_BothOwnIt()
    {
        var result = Extract(DutchHeader + "## Planning\n\nJan Jansen gaat samen met Karin de Boer een bewonersavond organiseren.\n");

        Assert.Equal(["Jan Jansen", "Karin de Boer"], Assert.Single(result.ActionItems).Owners);
    }

    [Theory]
    [InlineData("Besluit: de route langs het kanaal wordt gekozen.")]
    [InlineData("Besloten wordt de route langs het kanaal te kiezen.")]
    [InlineData("Het tracé wordt unaniem vastgesteld.")]
    [InlineData("De projectgroep gaat hiermee akkoord.")]
    public void Extract_DutchDecisionForms_AreDecisions(string sentence)
    {
        var result = Extract(DutchHeader + "## 3. Tracé\n\n" + sentence + "\n");

        Assert.Equal(sentence, Assert.Single(result.Decisions).Quote);
    }

    [Theory]
    [InlineData("Decision: the library opens on Sundays from May.")]
    [InlineData("RESOLVED: the annual report is approved.")]
    [InlineData("The board agreed to move the meeting to Thursdays.")]
    public void Extract_EnglishDecisionForms_AreDecisions(string sentence)
    {
        var result = Extract(EnglishHeader + "## Opening hours\n\n" + sentence + "\n");

        Assert.Equal(sentence, Assert.Single(result.Decisions).Quote);
    }

    [Theory]
    [InlineData("Volgende week wordt een bewonersavond ingepland.")]
    [InlineData("Er staat in april een schouw gepland.")]
    [InlineData("Met de fietsersbond vindt volgende week een gesprek plaats.")]
    [InlineData("Er dient nog gekeken te worden naar de verlichting.")]
    [InlineData("Piet de Vries neemt contact op met de aannemer.")]
    [InlineData("Fatima el Amrani gaat een nieuwe tekening maken.")]
    [InlineData("Jan Jansen zal de wethouder informeren.")]
    public void Extract_ImplicitDutchActions_AreActionItems(string sentence)
    {
        var result = Extract(DutchHeader + "## 4. Vervolg\n\n" + sentence + "\n");

        Assert.Equal(sentence, Assert.Single(result.ActionItems).Quote);
    }

    [Theory]
    [InlineData("Bob Jones will send the survey to all members.", "Bob Jones")]
    [InlineData("Carol White to book the hall for the fair.", "Carol White")]
    [InlineData("The floor plan still needs to be checked by the fire brigade.", null)]
    public void Extract_ImplicitEnglishActions_AreActionItems(string sentence, string? owner)
    {
        var result = Extract(EnglishHeader + "## Next steps for the fair\n\n" + sentence + "\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(sentence, item.Quote);
        Assert.Equal(owner is null ? [] : [owner], item.Owners);
    }

    [Theory]
    [InlineData("Jan Jansen opent de vergadering en heet iedereen welkom.")]
    [InlineData("De fietstelling heeft vorige maand plaatsgevonden.")]
    [InlineData("Wordt de verlichting nog aangepast?")]
    [InlineData("Piet de Vries geeft aan dat het tracé lastig is.")]
    public void Extract_NarrativeAndQuestions_AreNotItems(string sentence)
    {
        var result = Extract(DutchHeader + "## 5. Mededelingen\n\n" + sentence + "\n");

        Assert.Empty(result.ActionItems);
        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Extract_ActionSection_MakesEveryTopItemAnActionOfItsSpeaker()
    {
        var result = Extract(EnglishHeader + """
            ## Action items

            - Alice Smith: Update the member list
            - Bob Jones: Ask the council about parking
              - the council meets in June
            """);

        Assert.Collection(
            result.ActionItems,
            a => Assert.Equal(["Alice Smith"], a.Owners),
            a => Assert.Equal(["Bob Jones"], a.Owners));
    }

    [Fact]
    public void Extract_DecisionSection_MakesEveryTopItemADecision()
    {
        var result = Extract(EnglishHeader + "## Decisions\n\n- Membership fees stay the same\n- The fair is on 4 May\n");

        Assert.Equal(2, result.Decisions.Count);
        Assert.Empty(result.ActionItems);
    }

    [Fact]
    public void Extract_AgreementAlone_DecidesTheProposalBeforeIt()
    {
        var result = Extract(EnglishHeader + """
            ## Meeting cadence

            - Alice Smith: Proposal: meet every second Tuesday.
            - Bob Jones: Works for me.
            - No objections, agreed.
            """);

        Assert.Equal("Alice Smith: Proposal: meet every second Tuesday.", Assert.Single(result.Decisions).Quote);
    }

    [Fact]
    public void Extract_TwoPeopleAsSubject_AreBothOwners()
    {
        var result = Extract(DutchHeader + "## 6. Communicatie\n\nJan Jansen en Fatima el Amrani gaan samen een persbericht schrijven.\n");

        Assert.Equal(["Jan Jansen", "Fatima el Amrani"], Assert.Single(result.ActionItems).Owners);
    }

    [Fact]
    public void Extract_RelativeDueDate_ResolvesAgainstTheMeetingDate()
    {
        var result = Extract(DutchHeader + "## 7. Planning\n\nVolgende week wordt een bewonersavond ingepland.\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(new DateOnly(2024, 3, 15), item.Due);
        Assert.Equal("Volgende week", item.DueText);
    }

    [Fact]
    public void Extract_ActionTable_GivesOneItemPerRowWithOwnerDueAndStatus()
    {
        var result = Extract(DutchHeader + """
            ## Actielijst

            | Nr | Actie | Wie | Wanneer | Status |
            | --- | --- | --- | --- | --- |
            | 1 | Kaart rondsturen | Jan Jansen | 15-3-2024 | open |
            | 2 | Offerte opvragen | Piet de Vries | eind april | afgerond |
            """);

        Assert.Collection(
            result.ActionItems,
            a => Assert.Equal(("Kaart rondsturen", "Jan Jansen", new DateOnly(2024, 3, 15), ExtractedStatus.Open), (a.Text, a.Owners.Single(), a.Due, a.Status)),
            a => Assert.Equal(("Offerte opvragen", "Piet de Vries", new DateOnly(2024, 4, 30), ExtractedStatus.Done), (a.Text, a.Owners.Single(), a.Due, a.Status)));
    }

    [Fact]
    public void Extract_Header_ComesThroughInTheResult()
    {
        var result = Extract(DutchHeader + "## 1. Opening\n\nJan Jansen opent de vergadering.\n");

        Assert.Equal("nl", result.Language);
        Assert.Equal("Verslag projectgroep Fietsroutes", result.Meeting.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), result.Meeting.Date);
        Assert.Equal(["Jan Jansen", "Fatima el Amrani", "Piet de Vries"], result.Meeting.Attendees.Select(p => p.Name));
        Assert.Equal("ProRail", result.Meeting.Attendees[2].Organization);
    }

    [Fact]
    public void Extract_MinutesWrittenUnderTheAgendaHeading_AreRead()
    {
        var result = Extract(DutchHeader + "## Agenda en verslag\n\n- Routes\n  - Jan Jansen stuurt de kaart voor vrijdag rond.\n- Rondvraag\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Jan Jansen"], item.Owners);
    }

    [Fact]
    public void Extract_NameToVerb_IsAnActionOfThatPerson()
    {
        var result = Extract(EnglishHeader + "## Building\n\nThe roof leaks again. Bob Jones to call the contractor.\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Bob Jones"], item.Owners);
        Assert.Contains("Bob Jones to call the contractor.", item.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MotionCarried_IsADecision()
    {
        var result = Extract(EnglishHeader + "## Budget\n\nCarol White moved to approve the 2024 budget. The motion carried unanimously.\n");

        Assert.NotEmpty(result.Decisions);
        Assert.Empty(result.ActionItems);
    }

    [Fact]
    public void Extract_AfgesprokenWordt_IsADecision()
    {
        var result = Extract(DutchHeader + "## 3. Fietsbrug\n\nAfgesproken wordt dat de fietsbrug in het voorjaar wordt geopend.\n");

        Assert.Contains(result.Decisions, d => d.Quote.StartsWith("Afgesproken wordt", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ActionMarkerParagraph_TakesTheInitialsAtItsEnd()
    {
        var result = Extract(EnglishHeader + "## Spec\n\nACTION: Update the draft. Include a change log for 0.9.1, AS, BJ.\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Alice Smith", "Bob Jones"], item.Owners);
    }

    [Fact]
    public void Extract_PromiseWithTypographicApostrophe_IsTheSpeakers()
    {
        var result = Extract(EnglishHeader + "## Spec\n\nAlice: I’ll update the draft before the next call.\n\nBob: Sounds good.\n\nAlice: Fine.\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Alice Smith"], item.Owners);
    }

    [Fact]
    public void Extract_PromiseLaterInTheTurn_MakesTheSpeakerTheOwner()
    {
        var result = Extract(EnglishHeader
            + "## Spec\n\nAlice: After talking to the printer we may be fine already. I’ll do a check-through.\n\nBob: Thanks.\n\nCarol: Agreed.\n");

        Assert.Contains(result.ActionItems, a => a.Quote.Contains("check-through", StringComparison.Ordinal) && a.Owners.SequenceEqual(["Alice Smith"]));
    }

    [Fact]
    public void Extract_NoteUnderAMembersLabel_IsThatMembersTask()
    {
        var result = Extract("""
            # Board meeting 2024-03-05

            ## Time and location

            :   Date: March 5th 2024
            :   Board members present: Brian, Tayeb, Matt

            ## Reports

            - Matt: will send out the draft text to the board for review
            - Tayeb: doing the website work
            """);

        Assert.Equal(["Brian", "Tayeb", "Matt"], result.Meeting.Attendees.Select(a => a.Name));
        Assert.Contains(result.ActionItems, a => a.Quote.Contains("draft text", StringComparison.Ordinal) && a.Owners.SequenceEqual(["Matt"]));
    }

    [Fact]
    public void Extract_DutchMinutesWithAnEnglishAttendeeHeading_ReadTheOrganisationsAsAttendees()
    {
        var result = Extract("""
            # Adviesraad sensoren, 20 oktober 2021

            ## Attendees

            - Gemeente Tilburg
            - Gemeente Helmond
            - Kadaster (initiator)

            ## Notities

            Helmond geeft aan hier nog meer aanpassingen op te gaan doen om het beter te maken.
            """);

        Assert.Equal(["Gemeente Tilburg", "Gemeente Helmond", "Kadaster"], result.Meeting.Attendees.Select(a => a.Name));
        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Gemeente Helmond"], item.Owners);
    }

    [Theory]
    [InlineData("The TSC will merge the pull request next week.", "TSC")]
    [InlineData("Editors will add the new examples to the draft.", "Editors")]
    [InlineData("All board members to review the website proposal.", "board members")]
    public void Extract_GroupAsSubjectBeforeALowerCaseVerb_IsTheOwner(string sentence, string owner)
    {
        var result = Extract(EnglishHeader + "## Spec\n\n" + sentence + "\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal([owner], item.Owners);
    }

    [Fact]
    public void Extract_WithoutAttendeeList_TheNamedDoerOwnsTheItem_ButNoWordBecomesAPerson()
    {
        var result = Extract("""
            # Weekly call 2024-03-05

            ## Notes

            Designated note taker: Ryan.

            - Mark will own the merge of the repository.
            - Someone will check the licence text.
            - Unable to reach the hosting provider; discussion will continue by mail.
            """);

        Assert.Contains(result.ActionItems, a => a.Quote.Contains("Mark will own", StringComparison.Ordinal) && a.Owners.SequenceEqual(["Mark"]));
        Assert.DoesNotContain(result.ActionItems, a => a.Owners.Any(o => o is "Someone" or "Unable" or "Discussion"));
    }

    [Fact]
    public void Extract_CompoundGroupWord_IsTheOwner()
    {
        var result = Extract(DutchHeader + "## 4. Financiën\n\nDe kascommissie gaat de boeken binnenkort controleren.\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["kascommissie"], item.Owners);
    }

    [Theory]
    [InlineData("Jan Jansen (gemeente) stuurt de kaart voor vrijdag rond.")]
    [InlineData("Jan Jansen als trekker stuurt de kaart voor vrijdag rond.")]
    public void Extract_SubjectWithApposition_IsTheOwner(string sentence)
    {
        var result = Extract(DutchHeader + "## 1. Routes\n\n" + sentence + "\n");

        var item = Assert.Single(result.ActionItems);
        Assert.Equal(["Jan Jansen"], item.Owners);
    }

    [Fact]
    public void Extract_ActionTableOwnerColumn_KeepsNamesTheHeaderDoesNotList_AndTheTeamsPeople()
    {
        var result = Extract(DutchHeader + """

            ## Actiepunten

            | Actie | Verantwoordelijke(n) | Wanneer |
            | --- | --- | --- |
            | Licenties uitzoeken | Ronald | 1 april 2024 |
            | Voorstel schrijven | Logius, FSC-team (Lonneke + Ronald) | 15 april 2024 |
            """);

        Assert.Equal(2, result.ActionItems.Count);
        Assert.Equal(["Ronald"], result.ActionItems[0].Owners);
        Assert.Equal(["Logius", "Lonneke", "Ronald"], result.ActionItems[1].Owners);
        Assert.Equal(new DateOnly(2024, 4, 1), result.ActionItems[0].Due);
    }

    [Theory]
    [InlineData("20250123_Kwartaalbijeenkomst.md")]
    [InlineData("Notulen kwartaalbijeenkomst 2025-01-23.md")]
    [InlineData("verslag 23-01-2025.md")]
    public void Extract_MinutesWithoutADate_TakeTheDateInTheFileName(string fileName)
    {
        var result = MinutesExtractor.Extract(Markdown("# Kwartaalbijeenkomst\n\nAanwezig: Jaap de Vries, Ruben Bakker\n\n## Demo\n\nActie: Ruben: voor 3 februari de use-cases als projecten opvoeren.\n", fileName));

        Assert.Equal(new DateOnly(2025, 1, 23), result.Meeting.Date);
        Assert.Equal(new DateOnly(2025, 2, 3), Assert.Single(result.ActionItems).Due);
    }

    [Theory]
    [InlineData("minutes.md")]
    [InlineData("versie 2.0 notulen.md")]
    [InlineData("20251399 notulen.md")]
    public void Extract_FileNameWithoutADate_GivesNoDate(string fileName)
    {
        var result = MinutesExtractor.Extract(Markdown("# Kwartaalbijeenkomst\n\nAanwezig: Jaap de Vries, Ruben Bakker\n\n## Demo\n\nRuben zal de use-cases opvoeren.\n", fileName));

        Assert.Null(result.Meeting.Date);
    }

    [Fact]
    public void Extract_LinkInTheSentence_QuoteKeepsItAndTheTextStaysPlain()
    {
        var result = Extract(EnglishHeader + "## Spec\n\nACTION: Alice Smith to review [the draft](https://example.org/draft) by Friday.\n");

        var action = Assert.Single(result.ActionItems);
        Assert.Contains("[the draft](https://example.org/draft)", action.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", action.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CompoundOfANamedGroup_IsThatGroup()
    {
        var result = Extract(DutchHeader + "## Commissie Verkeer\n\nDe route is besproken.\n\n## Rondvraag\n\nDe verkeerscommissie zal de kosten doorrekenen.\n");

        var action = Assert.Single(result.ActionItems);
        Assert.Equal(["Commissie Verkeer"], action.Owners);
    }

    [Theory]
    [InlineData("nl", "Jan Jansen brengt het plan onder de aandacht met het verzoek aan de deelnemers hierover na te denken.", "deelnemers")]
    [InlineData("nl", "Met de oproep aan alle vrijwilligers om kandidaten aan te dragen.", "alle vrijwilligers")]
    [InlineData("en", "Suggestion is to merge it as is and put task on reviewers to add the link when it is available.", "reviewers")]
    public void Extract_RequestAddressedToAGroup_IsOwnedByIt(string language, string sentence, string owner)
    {
        var result = Extract((language == "nl" ? DutchHeader : EnglishHeader) + "## Plan\n\n" + sentence + "\n");

        var action = Assert.Single(result.ActionItems);
        Assert.Equal([owner], action.Owners);
    }

    [Fact]
    public void Extract_ScheduleTable_GivesTheNextMeetingForByTheNextCall()
    {
        var result = Extract(EnglishHeader + """
            ## Notes

            - ACTION: Alice Smith to find speakers by the next call.

            ## Schedule

            | Meeting date | Topic |
            |---|---|
            | March 5 | Budget |
            | March 19 | Speakers |
            | April 2 | Website |

            """);

        Assert.Equal(new DateOnly(2024, 3, 19), result.Meeting.NextMeeting);
        Assert.Equal(new DateOnly(2024, 3, 19), Assert.Single(result.ActionItems).Due);
    }

    [Fact]
    public void Extract_HtmlTableInMarkdown_IsReadAsATable()
    {
        var document = new TeamsBot.Minutes.MinutesReader().Read(System.Text.Encoding.UTF8.GetBytes("# Notes\n\n<table>\n<tr>\n<td>\n<p>Meeting date</p>\n\n</td>\n<td>Topic</td>\n</tr>\n<tr>\n<td>March 19</td>\n<td>Speakers</td>\n</tr>\n</table>\n"), "notes.md");

        var rows = document.Blocks.Where(b => b.Kind == TeamsBot.Minutes.BlockKind.TableRow).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["March 19", "Speakers"], rows[1].Cells);
    }

    [Fact]
    public void Extract_ActionListItem_TakesTheDeadlineTheDiscussionGaveIt()
    {
        var result = Extract(EnglishHeader + """
            ## Grants

            - Heritage grant application (submit the form no later than 2024-04-15)

            ## Action items

            - Bob Jones: Submit the heritage grant application form
            """);

        var action = Assert.Single(result.ActionItems);
        Assert.Equal(new DateOnly(2024, 4, 15), action.Due);
    }
}

