namespace Triangulate.Facts;

/// <summary>Logistic regression over named binary features, by AdaGrad, for the small models the attribution finder ships.</summary>
internal static class SparseLogisticRegression
{
    public const string BiasFeature = "bias";

    /// <summary>
    /// Weights for the features seen at least <paramref name="minimumFeatureCount"/> times, trained in the examples'
    /// order so a refit gives the same weights; weights under 0.01 are dropped and the rest rounded.
    /// </summary>
    public static Dictionary<string, double> Fit(IReadOnlyList<(string[] Features, bool Label)> examples, int minimumFeatureCount, int epochs, double learningRate)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (features, _) in examples)
        {
            foreach (var feature in features)
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }
        var weights = counts.Where(entry => entry.Value >= minimumFeatureCount).ToDictionary(entry => entry.Key, _ => 0.0);
        weights[BiasFeature] = 0;
        var squaredGradients = weights.Keys.ToDictionary(key => key, _ => 1e-8);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            foreach (var (features, label) in examples)
            {
                var gradient = Probability(weights, features) - (label ? 1 : 0);
                Step(BiasFeature);
                foreach (var feature in features)
                {
                    if (weights.ContainsKey(feature))
                        Step(feature);
                }

                void Step(string feature)
                {
                    squaredGradients[feature] += gradient * gradient;
                    weights[feature] -= learningRate * gradient / Math.Sqrt(squaredGradients[feature]);
                }
            }
        }
        return weights.Where(entry => Math.Abs(entry.Value) >= 0.01).ToDictionary(entry => entry.Key, entry => Math.Round(entry.Value, 3));
    }

    /// <summary>The probability the weights give an example with these features: the bias and the features' weights, through the logistic function.</summary>
    public static double Probability(IReadOnlyDictionary<string, double> weights, string[] features)
    {
        var sum = weights.GetValueOrDefault(BiasFeature);
        foreach (var feature in features)
            sum += weights.GetValueOrDefault(feature);
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>
    /// The threshold, from <paramref name="first"/> to <paramref name="last"/> by <paramref name="step"/>, above which
    /// taking the scored items gives the best F1 against <paramref name="gold"/> items; <paramref name="fallback"/> when none scores.
    /// </summary>
    public static double BestThreshold(IReadOnlyList<(double Probability, bool Right)> scored, int gold, double first, double last, double step, double fallback)
    {
        var best = (Threshold: fallback, F1: 0.0);
        for (var threshold = first; threshold <= last; threshold += step)
        {
            int correct = 0, predicted = 0;
            foreach (var (probability, right) in scored)
            {
                predicted += probability >= threshold ? 1 : 0;
                correct += probability >= threshold && right ? 1 : 0;
            }
            var f1 = predicted + gold == 0 ? 0 : 2.0 * correct / (predicted + gold);
            if (f1 > best.F1)
                best = (Math.Round(threshold, 2), f1);
        }
        return best.Threshold;
    }
}
