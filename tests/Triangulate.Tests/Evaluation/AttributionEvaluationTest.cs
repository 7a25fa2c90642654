using Triangulate.Evaluation;
using Triangulate.Facts;

namespace Triangulate.Tests.Evaluation;

public class AttributionEvaluationTest
{
    [Fact]
    public void SourceIsCorrectWhenTheCuesMatchAndTheSourcesOverlap()
    {
        const string text = "The mayor said the bridge is safe. Engineers warned it was not.";
        TextSpan Span(string part) => TextSpan.Of(text, text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);
        var gold = new List<AnnotatedAttribution>
        {
            new(Span("The mayor"), Span("said"), Span("the bridge is safe")),
            new(Span("Engineers"), Span("warned"), Span("it was not")),
        };
        var predicted = new List<Attribution>
        {
            new(Span("mayor"), Span("said"), Span("the bridge is safe"), null, false, 0.9),
            new(Span("it"), Span("warned"), null, null, false, 0.8),
            new(Span("bridge"), Span("is"), null, null, false, 0.4),
        };

        var score = AttributionEvaluation.Score(predicted, gold);

        Assert.Equal(new PrecisionRecall(1, 3, 2), score.Source);
        Assert.Equal(new PrecisionRecall(0, 3, 2), score.ExactSource);
        Assert.Equal(new PrecisionRecall(1, 1, 2), score.ExactContent);
    }
}
