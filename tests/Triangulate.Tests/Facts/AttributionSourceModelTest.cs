using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class AttributionSourceModelTest
{
    [Fact]
    public void FittingLeavesUnnamedTheKindOfSourceThatIsMostlyWrong()
    {
        // Per fold: names before the cue are right nine times in ten, sentence subjects after a pronoun cue once in five.
        var folds = Enumerable.Range(0, 4).Select(_ =>
        {
            var found = new List<(string[] Features, bool Right)>();
            for (var i = 0; i < 40; i++)
            {
                found.Add((["how before", "kind Name"], i % 10 != 0));
                found.Add((["how subject", "kind it"], i % 5 == 0));
            }
            return ((IReadOnlyList<(string[] Features, bool Right)>)found, AnnotatedSources: 50);
        }).ToList();

        var model = AttributionSourceModel.Fit(folds);

        Assert.True(model.Keeps(["how before", "kind Name"]));
        Assert.False(model.Keeps(["how subject", "kind it"]));
    }

    [Fact]
    public void AnAnnotatedAttributionStandsForOneFoundAttributionOnly()
    {
        const string text = "The mayor said the bridge is safe, and said it twice.";
        TextSpan Span(string part, int from = 0) => TextSpan.Of(text, text.IndexOf(part, from, StringComparison.Ordinal), text.IndexOf(part, from, StringComparison.Ordinal) + part.Length);
        var annotated = new List<AnnotatedAttribution> { new(Span("The mayor"), Span("said"), Span("the bridge is safe")) };
        var found = new List<Attribution>
        {
            new(Span("mayor"), Span("said"), null, null, false, 0.9),
            new(Span("mayor"), Span("said the"), null, null, false, 0.9),
            new(null, Span("said", 20), null, null, false, 0.9),
        };

        var matches = AnnotatedAttribution.Match(found, annotated);

        Assert.Equal([0, -1, -1], matches);
        Assert.True(annotated[0].SourceAgrees(found[0]));
        Assert.False(annotated[0].SourceAgrees(found[2]));
    }
}
