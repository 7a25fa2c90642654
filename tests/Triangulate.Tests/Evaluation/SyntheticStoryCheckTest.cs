using Triangulate.Evaluation.Synthetic;

namespace Triangulate.Tests.Evaluation;

public class SyntheticStoryCheckTest
{
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["family-1-origin"] = "family-1", ["family-1-copy"] = "family-1",
        ["family-2-origin"] = "family-2", ["family-2-copy"] = "family-2",
        ["family-3-origin"] = "family-3", ["family-3-copy"] = "family-3",
        ["distractor-a"] = "distractor-a", ["distractor-b"] = "distractor-b", ["distractor-c"] = "distractor-c", ["distractor-d"] = "distractor-d",
    };

    [Fact]
    public void CountsSplitAndSharedFamiliesAndWhereDistractorsWent()
    {
        var predicted = new Dictionary<string, string>
        {
            ["family-1-origin"] = "s1", ["family-1-copy"] = "s2",
            ["family-2-origin"] = "s3", ["family-2-copy"] = "s3", ["family-3-origin"] = "s3", ["family-3-copy"] = "s3",
            ["distractor-a"] = "s1", ["distractor-b"] = "s4", ["distractor-c"] = "s4", ["distractor-d"] = "s5",
        };
        var metrics = new Dictionary<string, double>();

        SyntheticStoryCheck.AddTo(metrics, predicted, Gold);

        Assert.Equal(3, metrics["families"]);
        Assert.Equal(1, metrics["families_split"]);
        Assert.Equal(2, metrics["families_sharing_a_story"]);
        Assert.Equal(4, metrics["distractors"]);
        Assert.Equal(1, metrics["distractors_in_a_family_story"]);
        Assert.Equal(2, metrics["distractors_with_distractors_only"]);
    }

    [Fact]
    public void AddsNothingForAGoldWithoutDistractors()
    {
        var gold = Gold.Where(g => g.Key.StartsWith("family", StringComparison.Ordinal)).ToDictionary();
        var metrics = new Dictionary<string, double>();

        SyntheticStoryCheck.AddTo(metrics, gold.ToDictionary(g => g.Key, g => "one story"), gold);

        Assert.Empty(metrics);
    }
}
