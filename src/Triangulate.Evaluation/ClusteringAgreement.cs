namespace Triangulate.Evaluation;

/// <summary>How well a predicted clustering agrees with a gold clustering over the same items.</summary>
public sealed record ClusteringAgreement(
    double BCubedPrecision,
    double BCubedRecall,
    double BCubedF1,
    double AdjustedRandIndex,
    int Items,
    int PredictedClusters,
    int GoldClusters)
{
    /// <summary>B-cubed (Bagga and Baldwin 1998) and adjusted Rand index (Hubert and Arabie 1985) of
    /// <paramref name="predicted"/> against <paramref name="gold"/>, over the gold items (or the given subset of them).
    /// An item with no prediction counts as a cluster of its own.</summary>
    public static ClusteringAgreement Compare(
        IReadOnlyDictionary<string, string> predicted,
        IReadOnlyDictionary<string, string> gold,
        IReadOnlyCollection<string>? items = null)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var scored = (items ?? gold.Keys).Where(gold.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (scored.Count == 0)
        {
            return new ClusteringAgreement(0, 0, 0, 0, 0, 0, 0);
        }
        string Predicted(string item) => predicted.TryGetValue(item, out var cluster) ? "p:" + cluster : "s:" + item;

        var cells = scored.CountBy(item => (Predicted: Predicted(item), Gold: gold[item])).ToDictionary();
        var predictedSizes = scored.CountBy(Predicted).ToDictionary();
        var goldSizes = scored.CountBy(item => gold[item]).ToDictionary();

        // B-cubed: each item in cell (p, g) has precision n_pg / |p| and recall n_pg / |g|.
        double precision = 0, recall = 0;
        foreach (var ((p, g), n) in cells)
        {
            precision += (double)n * n / predictedSizes[p];
            recall += (double)n * n / goldSizes[g];
        }
        precision /= scored.Count;
        recall /= scored.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        var index = cells.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var expected = predictedPairs * goldPairs / Pairs(scored.Count);
        var maximum = (predictedPairs + goldPairs) / 2;
        var adjustedRand = maximum == expected ? 1 : (index - expected) / (maximum - expected);

        return new ClusteringAgreement(precision, recall, f1, adjustedRand, scored.Count, predictedSizes.Count, goldSizes.Count);
    }

    private static double Pairs(int n) => n * (n - 1.0) / 2;
}
