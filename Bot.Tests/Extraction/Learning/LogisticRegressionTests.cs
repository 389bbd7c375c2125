using TeamsBot.Extraction.Learning;

namespace TeamsBot.Tests.Extraction.Learning;

public sealed class LogisticRegressionTests
{
    [Fact]
    public void Fit_CueSharedByOrganisations_LearnsItAndLeavesOutOneOrganisationsWords()
    {
        var examples = new List<Example>();
        foreach (var organization in new[] { "a", "b", "c" })
        {
            for (var i = 0; i < 20; i++)
            {
                examples.Add(new Example(["bias", "cue", "w:only-" + organization], Yes: true, organization));
                examples.Add(new Example(["bias", "w:weather"], Yes: false, organization));
            }
        }

        examples.Add(new Example(["bias", "w:secret"], Yes: true, "a"));

        var weights = LogisticRegression.Fit(examples);

        Assert.True(weights["cue"] > 1, $"cue weight {weights["cue"]}");
        Assert.True(new ItemHead(0.5, weights).Says(["bias", "cue"]));
        Assert.False(new ItemHead(0.5, weights).Says(["bias", "w:weather"]));
        Assert.DoesNotContain("w:only-a", weights.Keys);
        Assert.DoesNotContain("w:secret", weights.Keys);
    }

    [Fact]
    public void Fit_CueWithItsOneLanguageRefinement_RefinementStaysSmallerThanTheSharedWeight()
    {
        // Every example of the language carries both the cue and its refinement: without a penalty of its own the
        // refinement would take half the weight, and the cue would count twice in that language's minutes.
        var examples = new List<Example>();
        foreach (var organization in new[] { "a", "b", "c" })
        {
            for (var i = 0; i < 20; i++)
            {
                examples.Add(new Example(["bias", "cue", "cue" + StatementFeatures.Refinement + "nl"], Yes: i % 4 != 0, organization));
                examples.Add(new Example(["bias", "w:weather"], Yes: false, organization));
            }
        }

        var weights = LogisticRegression.Fit(examples);

        Assert.True(weights["cue"] > 1, $"cue weight {weights["cue"]}");
        Assert.True(weights.GetValueOrDefault("cue@nl") < weights["cue"] / 2, $"cue@nl {weights.GetValueOrDefault("cue@nl")}, cue {weights["cue"]}");
    }

    [Fact]
    public void Fit_SameExamplesTwice_GivesTheSameWeights()
    {
        var examples = Enumerable.Range(0, 60)
            .Select(i => new Example(["bias", "f" + (i % 7), "g" + (i % 3)], Yes: i % 7 < 3, "org" + (i % 4)))
            .ToList();

        Assert.Equal(LogisticRegression.Fit(examples), LogisticRegression.Fit(examples));
    }

    [Fact]
    public void SaveAndLoad_GiveTheSameJudgement()
    {
        var model = new ItemModel(new ItemHead(0.6, new Dictionary<string, double> { ["bias"] = -1, ["dec"] = 2.5 }),
            new ItemHead(0.4, new Dictionary<string, double> { ["bias"] = -2, ["act"] = 3 }), "a test");
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = ItemModel.Load(stream);

        Assert.Equal(model.Decision.Probability(["bias", "dec"]), loaded.Decision.Probability(["bias", "dec"]), 4);
        Assert.Equal(model.Action.Probability(["bias"]), loaded.Action.Probability(["bias"]), 4);
        Assert.Equal(0.4, loaded.Action.Threshold);
        Assert.Equal("a test", loaded.TrainedOn);
    }
}
