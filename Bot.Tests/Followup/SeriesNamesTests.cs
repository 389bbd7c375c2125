using TeamsBot.Followup;

namespace TeamsBot.Tests.Followup;

public sealed class SeriesNamesTests
{
    [Theory]
    [InlineData("Stuurgroep Stadspartners 24 mei 2023", "Stuurgroep Stadspartners")]
    [InlineData("Notulen MT-overleg 2023-06-21", "Notulen MT-overleg")]
    [InlineData("Board meeting – June 3, 2024", "Board meeting")]
    [InlineData("Werkgroep Veiligheid (12-09-2023)", "Werkgroep Veiligheid")]
    [InlineData("Teamoverleg", "Teamoverleg")]
    public void Of_TitleWithADate_IsTheTitleWithoutIt(string title, string series) =>
        Assert.Equal(series, SeriesNames.Of(title));
}
