using TeamsBot.Cards;

namespace TeamsBot.Tests.Teams.Intake;

/// <summary>
/// The bundled sample (passive Dutch minutes that name few owners) posted in a channel: the minute-taker's review card
/// offers who the minutes imply for the items that name nobody, each with its reason, and assigns nobody by itself.
/// </summary>
public sealed class OwnerSuggestionFlowTests
{
    [Fact]
    public async Task SampleMinutesInTheChannel_ReviewCard_ShowsTheImpliedOwnersWithTheirReason()
    {
        await using var app = new IntakeApp(ChannelIntakeTests.MinutesGraph());

        await app.PostAsync(app.Activity("channel-file-post.json", ChannelIntakeTests.Tenant));
        await app.WaitForAsync(s => s.Any(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null));
        await app.WaitUntilIdleAsync();

        var review = app.Sent().Single(x => CardNodes.FindAction(x.Body, CardVerbs.ReviewPublish) is not null);
        var words = CardNodes.Words(review.Body["attachments"]![0]!["content"]!);
        var suggested = words.Where(w => w.StartsWith("Voorgesteld: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(suggested, w => w.StartsWith("Voorgesteld: Roos Wilhelm (programmamanager Veiligheid)", StringComparison.Ordinal));
        Assert.Contains(suggested, w => w.Contains("Stef Fleischeuer (sprak hierover)", StringComparison.Ordinal));
        Assert.Contains(suggested, w => w.Contains("werkgroep Wonen en Woonomgeving (de groep van dit punt)", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.Contains("Marijke Bergh (", StringComparison.Ordinal));
    }
}
