namespace TeamsBot.Extraction.Learning;

/// <summary>One training example: the features of a statement, whether it is a yes, how much it counts, and the
/// organisation whose minutes it comes from.</summary>
internal readonly record struct Example(IReadOnlyList<string> Features, bool Yes, string Group, double Weight = 1);

/// <summary>
/// L2-regularised logistic regression over binary features, fitted by full-batch gradient descent with AdaGrad
/// steps: deterministic (same examples, same weights), small, and fast enough for a corpus of minutes.
/// </summary>
internal static class LogisticRegression
{
    /// <param name="DeviationL2">The penalty on a feature that refines a shared one (a cue's own weight in one language,
    /// <see cref="StatementFeatures.Refinement"/>): it stays near zero unless that language's minutes need it.</param>
    public sealed record Settings(int Iterations = 400, double LearningRate = 0.5, double L2 = 0.002, int MinGroups = 2, double Prune = 0.005, double DeviationL2 = 0.02);

    public static Dictionary<string, double> Fit(IReadOnlyList<Example> examples, Settings? settings = null)
    {
        settings ??= new Settings();

        // A word used by one organisation only is that organisation's habit, not a way of writing minutes: left out.
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var feature in example.Features)
            {
                if (!groups.TryGetValue(feature, out var seen))
                {
                    groups[feature] = seen = new HashSet<string>(StringComparer.Ordinal);
                }

                seen.Add(example.Group);
            }
        }

        var names = groups.Where(g => g.Value.Count >= settings.MinGroups)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            index[names[i]] = i;
        }

        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray()).ToArray();

        // Yes and no weigh the same in total: items are a small share of the sentences of minutes.
        var yes = examples.Where(e => e.Yes).Sum(e => e.Weight);
        var no = examples.Where(e => !e.Yes).Sum(e => e.Weight);
        var yesScale = yes > 0 ? (yes + no) / (2 * yes) : 1;
        var noScale = no > 0 ? (yes + no) / (2 * no) : 1;
        var total = yes * yesScale + no * noScale;

        var penalty = names.Select(n => n.Contains(StatementFeatures.Refinement, StringComparison.Ordinal) ? settings.DeviationL2 : settings.L2).ToArray();
        var w = new double[names.Length];
        var squares = new double[names.Length];
        var gradient = new double[names.Length];
        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            Array.Clear(gradient);
            for (var n = 0; n < rows.Length; n++)
            {
                var z = 0.0;
                foreach (var f in rows[n])
                {
                    z += w[f];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var example = examples[n];
                var error = (p - (example.Yes ? 1 : 0)) * example.Weight * (example.Yes ? yesScale : noScale) / total;
                foreach (var f in rows[n])
                {
                    gradient[f] += error;
                }
            }

            for (var f = 0; f < w.Length; f++)
            {
                var g = gradient[f] + penalty[f] * w[f];
                squares[f] += g * g;
                w[f] -= settings.LearningRate * g / (Math.Sqrt(squares[f]) + 1e-8);
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var f = 0; f < w.Length; f++)
        {
            if (Math.Abs(w[f]) >= settings.Prune)
            {
                weights[names[f]] = w[f];
            }
        }

        return weights;
    }
}
