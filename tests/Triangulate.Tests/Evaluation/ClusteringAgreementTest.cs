using Triangulate.Evaluation;

namespace Triangulate.Tests.Evaluation;

public class ClusteringAgreementTest
{
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["a"] = "G1", ["b"] = "G1", ["c"] = "G1", ["d"] = "G2", ["e"] = "G2",
    };

    [Fact]
    public void PerfectClusteringScoresOne()
    {
        var predicted = Gold.ToDictionary(p => p.Key, p => "p" + p.Value);

        var agreement = ClusteringAgreement.Compare(predicted, Gold);

        Assert.Equal(1, agreement.BCubedPrecision, 9);
        Assert.Equal(1, agreement.BCubedRecall, 9);
        Assert.Equal(1, agreement.AdjustedRandIndex, 9);
    }

    // Predicted {a,b} {c,d,e}. B-cubed precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → 11/15;
    // recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → 11/15. ARI: index 1+1 = 2, row pairs 1+3 = 4, column pairs 3+1 = 4,
    // expected 4·4/10 = 1.6, maximum 4, so (2 − 1.6)/(4 − 1.6) = 1/6.
    [Fact]
    public void MatchesHandComputedScores()
    {
        var predicted = new Dictionary<string, string> { ["a"] = "P1", ["b"] = "P1", ["c"] = "P2", ["d"] = "P2", ["e"] = "P2" };

        var agreement = ClusteringAgreement.Compare(predicted, Gold);

        Assert.Equal(11.0 / 15, agreement.BCubedPrecision, 9);
        Assert.Equal(11.0 / 15, agreement.BCubedRecall, 9);
        Assert.Equal(11.0 / 15, agreement.BCubedF1, 9);
        Assert.Equal(1.0 / 6, agreement.AdjustedRandIndex, 9);
        Assert.Equal(2, agreement.PredictedClusters);
    }

    // All in one cluster: precision per item 3/5 (G1 items) or 2/5 (G2 items) → (9+4)/25 = 0.52, recall 1.
    // ARI: index 3+1 = 4 = expected (10·4/10), so 0.
    [Fact]
    public void OneBigClusterHasFullRecallAndZeroAdjustedRand()
    {
        var predicted = Gold.ToDictionary(p => p.Key, _ => "all");

        var agreement = ClusteringAgreement.Compare(predicted, Gold);

        Assert.Equal(0.52, agreement.BCubedPrecision, 9);
        Assert.Equal(1, agreement.BCubedRecall, 9);
        Assert.Equal(0, agreement.AdjustedRandIndex, 9);
    }

    [Fact]
    public void MissingPredictionsAreSingletons()
    {
        var agreement = ClusteringAgreement.Compare(new Dictionary<string, string>(), Gold);

        Assert.Equal(1, agreement.BCubedPrecision, 9);
        Assert.Equal((3 * (1.0 / 3) + 2 * (1.0 / 2)) / 5, agreement.BCubedRecall, 9);
        Assert.Equal(5, agreement.PredictedClusters);
    }

    [Fact]
    public void ScoresOnlyTheGivenItems()
    {
        var predicted = new Dictionary<string, string> { ["a"] = "P1", ["b"] = "P1", ["c"] = "P2", ["d"] = "P2", ["e"] = "P2" };

        var agreement = ClusteringAgreement.Compare(predicted, Gold, ["d", "e"]);

        Assert.Equal(1, agreement.BCubedF1, 9);
        Assert.Equal(2, agreement.Items);
    }
}
