using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class AttributionCueModelTest
{
    [Fact]
    public void FittingLearnsWhichWordsIntroduceAttributions()
    {
        var examples = Enumerable.Range(0, 10).Select(i =>
        {
            var text = $"Officials said the road {i} was open. The road was repaired by crews.";
            var cue = text.IndexOf("said", StringComparison.Ordinal);
            return (text, (IReadOnlyList<TextSpan>)[new TextSpan(cue, cue + 4, "said")]);
        });

        var model = AttributionCueModel.Fit(examples);
        var tokens = WordTokens.Of("Engineers said the road was open.");

        Assert.True(model.IsCue(tokens, 1));
        Assert.False(model.IsCue(tokens, 2));
        Assert.Equal(0, model.Probability(WordTokens.Of("repaired"), 0));
    }
}
