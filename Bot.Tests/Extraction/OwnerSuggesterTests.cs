using TeamsBot.Extraction;
using static TeamsBot.Tests.TestDocuments;

namespace TeamsBot.Tests.Extraction;

/// <summary>Who the minutes imply for an action that names nobody: suggestions with their reason, never owners.</summary>
public sealed class OwnerSuggesterTests
{
    private const string DutchHeader = """
        # Verslag stuurgroep Wijken

        Datum: dinsdag 5 maart 2024

        Aanwezig: Dirk van der Meer (voorzitter), Sanne Bos (gemeente), Roos Wilhelm (programmamanager Veiligheid), Youssef Amrani (Woonstad)

        Afwezig: Ria Smit

        """;

    private const string EnglishHeader = """
        # Minutes of the Harbour Committee

        Date: March 5, 2024

        Chair: Kim Brandt

        Present: Kim Brandt, Omar Haddad (Port Authority), Lena Vogel

        """;

    private static ExtractedAction Action(string markdown, string quoteStart) =>
        Assert.Single(Extract(markdown).ActionItems, a => a.Quote.StartsWith(quoteStart, StringComparison.Ordinal));

    private static (string Name, string Reason) First(ExtractedAction action)
    {
        Assert.Empty(action.Owners);
        Assert.NotEmpty(action.Suggestions);
        return (action.Suggestions[0].Name, action.Suggestions[0].Reason);
    }

    [Fact]
    public void Suggest_GroupOfARole_IsWhoHoldsTheRole()
    {
        var action = Action(DutchHeader + "## 2. Werkgroepen\n\nActie: een eerste gesprek plannen met de werkgroep Veiligheid.\n", "Actie:");

        Assert.Equal(("Roos Wilhelm", "programmamanager Veiligheid"), First(action));
    }

    [Fact]
    public void Suggest_OrganisationOfAnAttendee_IsItsRepresentative()
    {
        var action = Action(EnglishHeader + "## Fees\n\nACTION: check the new fees with the Port Authority.\n", "ACTION:");

        Assert.Equal(("Omar Haddad", "Port Authority"), First(action));
    }

    [Fact]
    public void Suggest_ASharedOrganisation_TellsNobodyApart()
    {
        var markdown = DutchHeader.Replace("Youssef Amrani (Woonstad)", "Youssef Amrani (gemeente)", StringComparison.Ordinal)
            + "## 2. Planning\n\nActie: de planning afstemmen met de gemeente.\n";

        Assert.DoesNotContain(Action(markdown, "Actie:").Suggestions, s => s.Reason == "gemeente");
    }

    [Fact]
    public void Suggest_WhoProposedItInTheParagraph_MadeTheProposal()
    {
        var action = Action(DutchHeader + "## 3. Routes\n\nSanne Bos stelt voor de route te herzien. Actie: de nieuwe route uittekenen.\n", "Sanne Bos");

        Assert.Equal(("Sanne Bos", "deed het voorstel"), First(action));
    }

    [Fact]
    public void Suggest_SomeoneIntroducingHerself_DidNotPropose()
    {
        var action = Action(DutchHeader + "## 3. Routes\n\nSanne Bos stelt zichzelf voor. Actie: de nieuwe route uittekenen.\n", "Sanne Bos");

        Assert.DoesNotContain(action.Suggestions, s => s.Reason == "deed het voorstel");
    }

    [Fact]
    public void Suggest_WhoOpenedTheParagraph_SpokeToIt()
    {
        var action = Action(EnglishHeader + "## Moorings\n\nLena Vogel says the moorings are in poor repair. ACTION: get a quote for the repairs.\n", "ACTION:");

        Assert.Equal(("Lena Vogel", "spoke to this"), First(action));
    }

    [Fact]
    public void Suggest_AnAbsentee_IsNotWhoSpoke()
    {
        var action = Action(DutchHeader + "## 3. Routes\n\nRia Smit heeft per mail gereageerd. Actie: de nieuwe route uittekenen.\n", "Ria Smit");

        Assert.DoesNotContain(action.Suggestions, s => s.Name == "Ria Smit");
    }

    [Theory]
    [InlineData("en", "ACTION: merge it and put task on editors to add the link.", "editors", "was asked")]
    [InlineData("nl", "Actie: een oproep aan alle leden om kandidaten aan te dragen.", "alle leden", "wordt gevraagd")]
    public void Suggest_WhoIsAsked_WasAsked(string language, string sentence, string name, string reason)
    {
        var markdown = (language == "nl" ? DutchHeader + "## 4. Bestuur\n\n" : EnglishHeader + "## Board\n\n") + sentence + "\n";

        Assert.Equal((name, reason), First(Action(markdown, sentence[..6])));
    }

    [Fact]
    public void Suggest_BareGroup_IsTheGroupItsParagraphNames()
    {
        var action = Action(DutchHeader + "## 2. Werkgroepen\n\nDe werkgroep Wonen en Woonomgeving is gestart. Actie: een kaartsessie plannen voor deze werkgroep.\n", "Actie:");

        Assert.Equal(("werkgroep Wonen en Woonomgeving", "de groep van dit punt"), First(action));
    }

    [Fact]
    public void Suggest_AGroupNamedShort_IsSuggestedByTheFullNameTheAgendaGivesIt()
    {
        var markdown = DutchHeader + "## 2. Werkgroep Zorg en Welzijn\n\nDe werkgroep Zorg is gestart. Actie: een kaartsessie plannen voor deze werkgroep.\n";

        Assert.Equal(("werkgroep Zorg en Welzijn", "de groep van dit punt"), First(Action(markdown, "Actie:")));
    }

    [Fact]
    public void Suggest_AGroupNamedShort_StaysShortWhenTwoGroupsHaveLongerNamesLikeIt()
    {
        var markdown = DutchHeader + "## 2. Werkgroepen\n\nDe werkgroep Zorg Noord en de werkgroep Zorg Zuid zijn gestart.\n\n"
            + "De werkgroep Zorg is gestart. Actie: een kaartsessie plannen voor deze werkgroep.\n";

        Assert.Equal(("werkgroep Zorg", "de groep van dit punt"), First(Action(markdown, "Actie:")));
    }

    [Theory]
    [InlineData("nl", "Encryptie zal naar verwachting doorlopen tot het voorjaar.")]
    [InlineData("en", "Documentation will be reviewed again in the spring.")]
    public void Suggest_ANounOpeningASentence_IsNobodyWhoSpoke(string language, string noun)
    {
        var markdown = (language == "nl" ? DutchHeader + "## 4. Roadmap\n\n" + noun + " Actie: de roadmap aanvullen."
            : EnglishHeader + "## Roadmap\n\n" + noun + " ACTION: complete the roadmap.") + "\n";

        var extracted = Extract(markdown);

        Assert.NotEmpty(extracted.ActionItems);
        Assert.DoesNotContain(extracted.ActionItems.SelectMany(a => a.Owners.Concat(a.Suggestions.Select(s => s.Name))), n => n == noun.Split(' ')[0]);
    }

    [Fact]
    public void Suggest_TheMeetingByItsInitials_IsTheMeeting()
    {
        var markdown = "# Technisch Overleg Routes\n\nDatum: 5 maart 2024\n\nAanwezig: Sanne Bos, Youssef Amrani\n\n## 1. Roadmap\n\nActie: de roadmap wordt begin 2025 door het TO vastgesteld.\n";

        Assert.Equal(("Technisch Overleg Routes", "dit overleg"), First(Action(markdown, "Actie:")));
    }

    [Fact]
    public void Suggest_TheChair_ForTheChair()
    {
        var action = Action(EnglishHeader + "## Agenda\n\nACTION: the agenda goes out from the chair's desk next week.\n", "ACTION:");

        Assert.Contains(new SuggestedOwner("Kim Brandt", "chair"), action.Suggestions);
    }

    [Fact]
    public void Suggest_StatedOwner_GetsNoSuggestions()
    {
        var action = Action(DutchHeader + "## 2. Werkgroepen\n\nActie: Sanne Bos plant een gesprek met de werkgroep Veiligheid.\n", "Actie:");

        Assert.Equal(["Sanne Bos"], action.Owners);
        Assert.Empty(action.Suggestions);
    }

    [Fact]
    public void Suggest_AtMostThree_BestFirst()
    {
        var action = Action(
            DutchHeader + "## 2. Werkgroepen\n\nSanne Bos stelt voor met Woonstad te praten. Dirk van der Meer en Youssef Amrani zijn het eens. Actie: een gesprek plannen met Woonstad en de werkgroep Veiligheid.\n",
            "Actie:");

        Assert.Equal(OwnerSuggester.Most, action.Suggestions.Count);
        Assert.Equal("Sanne Bos", action.Suggestions[0].Name);
    }

    [Fact]
    public void Json_Suggestions_CarryTheirReason()
    {
        var result = Extract(DutchHeader + "## 2. Werkgroepen\n\nActie: een eerste gesprek plannen met de werkgroep Veiligheid.\n");

        var json = ExtractionJson.From(result).ToJsonString();

        Assert.Contains("\"suggestedOwners\":[\"Roos Wilhelm\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"Roos Wilhelm\",\"reason\":\"programmamanager Veiligheid\"}", json, StringComparison.Ordinal);
    }
}
