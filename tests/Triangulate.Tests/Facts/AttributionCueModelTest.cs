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
            return (text, (IReadOnlyList<AnnotatedCue>)[new AnnotatedCue(new TextSpan(cue, cue + 4, "said"), HasSource: true)]);
        });

        var model = AttributionCueModel.Fit(examples);
        var tokens = WordTokens.Of("Engineers said the road was open.");

        Assert.True(model.IsCue(tokens, 1));
        Assert.False(model.IsCue(tokens, 2));
        Assert.Equal(0, model.Probability(WordTokens.Of("repaired"), 0));
    }

    [Fact]
    public void FittingLearnsWhichCuesSeldomNameASource()
    {
        var examples = Enumerable.Range(0, 10).Select(i =>
        {
            var text = $"Officials said gate {i} would open. The gate is widely expected to close.";
            var said = text.IndexOf("said", StringComparison.Ordinal);
            var expected = text.IndexOf("expected", StringComparison.Ordinal);
            return (text, (IReadOnlyList<AnnotatedCue>)
            [
                new AnnotatedCue(new TextSpan(said, said + 4, "said"), HasSource: true),
                new AnnotatedCue(new TextSpan(expected, expected + 8, "expected"), HasSource: false),
            ]);
        });

        var model = AttributionCueModel.Fit(examples);

        Assert.True(model.SeldomHasSource("expected"));
        Assert.False(model.SeldomHasSource("said"));
    }
}
