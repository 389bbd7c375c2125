using TeamsBot.Extraction;

namespace TeamsBot.Tests.Extraction.Learning;

/// <summary>
/// How a sentence speaks, as the learned judgement is told it: a condition it opens with, a habit, a negation, a hedge,
/// a modal verb in a subordinate clause. These are what tell a plan ("We zullen de kosten vergelijken") from talk about
/// one ("Als we dat doen, dan willen we ...", "Kadaster organiseert elk jaar ...").
/// </summary>
public sealed class StatementCueTests
{
    [Theory]
    [InlineData("nl", "Als we dat binnen het team doen, dan willen we de toegang inperken.")]
    [InlineData("nl", "Omdat de voorzitter afwezig is, schuift het punt door.")]
    [InlineData("en", "If there is user interaction, the browser will resolve the promise.")]
    [InlineData("en", "As long as the pilot runs, we keep the old form.")]
    public void ConditionalOpener_IsSeen(string language, string sentence) =>
        Assert.Matches(ItemLexicon.For(language).ConditionalOpener, sentence);

    [Theory]
    [InlineData("nl", "We sturen de notulen als bijlage mee.")]
    [InlineData("en", "Kim will send the figures when they are ready.")]
    public void ConditionLaterInTheSentence_IsNoConditionalOpener(string language, string sentence) =>
        Assert.DoesNotMatch(ItemLexicon.For(language).ConditionalOpener, sentence);

    [Theory]
    [InlineData("nl", "De gemeente organiseert elk jaar een open dag voor scholen.")]
    [InlineData("en", "The browser will always require a user gesture.")]
    public void Habit_IsSeen(string language, string sentence) =>
        Assert.Matches(ItemLexicon.For(language).Habitual, sentence);

    [Theory]
    [InlineData("nl", "Deze gaan we nu niet aanmaken.")]
    [InlineData("en", "We won't publish the draft yet.")]
    public void Negation_IsSeen(string language, string sentence) =>
        Assert.Matches(ItemLexicon.For(language).Negation, sentence);

    [Theory]
    [InlineData("nl", "Er zijn geen velden te zien die hadden moeten worden ingevuld.")]
    [InlineData("en", "It is a form which should be filled in by the applicant.")]
    public void ModalInASubordinateClause_IsSeen(string language, string sentence) =>
        Assert.Matches(ItemLexicon.For(language).SubordinateModal, sentence);

    [Theory]
    [InlineData("nl", "Sanne zal de begroting herzien.")]
    [InlineData("en", "Omar will revise the budget.")]
    public void PlainPromise_HasNoneOfTheseCues(string language, string sentence)
    {
        var lexicon = ItemLexicon.For(language);
        Assert.DoesNotMatch(lexicon.ConditionalOpener, sentence);
        Assert.DoesNotMatch(lexicon.Habitual, sentence);
        Assert.DoesNotMatch(lexicon.Negation, sentence);
        Assert.DoesNotMatch(lexicon.Hedge, sentence);
        Assert.DoesNotMatch(lexicon.SubordinateModal, sentence);
    }
}
