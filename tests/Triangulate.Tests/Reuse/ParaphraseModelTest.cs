using Triangulate.Reuse;

namespace Triangulate.Tests.Reuse;

public class ParaphraseModelTest
{
    [Fact]
    public void EmbeddedModelLoadsAndSeparatesClearCases()
    {
        var model = ParaphraseModel.Default;
        const string report = "Rebels in the Kavran hills freed 14 aid workers on Thursday after a week of talks, the Red Crescent said.";
        Assert.True(model.IsParaphrase(report, "The Red Crescent said rebels in the Kavran hills freed 14 aid workers on Thursday after a week of talks."));
        Assert.False(model.IsParaphrase(report, "Shares in Ostrava Steel fell 9 percent after the company cut its profit forecast."));
        Assert.InRange(model.Threshold, 0.2, 0.8);
    }

    [Fact]
    public void ProbabilityIsSymmetricAndBounded()
    {
        var model = ParaphraseModel.Default;
        const string a = "Talks between the two ministries will resume in Vienna next month.";
        const string b = "The ministries agreed to resume talks in Vienna in May.";
        var p = model.Probability(a, b);
        Assert.InRange(p, 0, 1);
        Assert.Equal(p, model.Probability(b, a), 12);
    }
}
