using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class AttributionCueModelTest
{
    [Fact]
    public void FittingLearnsWhichWordsIntroduceAttributions()
    {
        var examples = Enumerable.Range(0, 10).Select(i => WithCue($"Officials said the road {i} was open. The road was repaired by crews.", "said"));

        var model = AttributionCueModel.Fit(examples);
        var tokens = WordTokens.Of("Engineers said the road was open.");

        Assert.True(model.IsCue(tokens, 1));
        Assert.False(model.IsCue(tokens, 2));
        Assert.Equal(0, model.Probability(WordTokens.Of("repaired"), 0));
    }

    [Fact]
    public void FittingLearnsWhichCuesSeldomNameASourceByTheirLastHeadWord()
    {
        var examples = Enumerable.Range(0, 10).Select(i =>
        {
            var text = $"Officials said gate {i} would open. The gate is widely expected to close.";
            var said = text.IndexOf("said", StringComparison.Ordinal);
            var expected = text.IndexOf("expected", StringComparison.Ordinal);
            return (text, (IReadOnlyList<AnnotatedCue>)
            [
                new AnnotatedCue(new TextSpan(said, said + 4, "said"), HasSource: true),
                new AnnotatedCue(new TextSpan(expected, expected + 11, "expected to"), HasSource: false),
            ]);
        });

        var model = AttributionCueModel.Fit(examples);

        Assert.True(model.SeldomHasSource("expected"));
        Assert.False(model.SeldomHasSource("said"));
    }

    [Fact]
    public void FittingWeighsTheKindOfWordBeforeTheCue()
    {
        var examples = Enumerable.Range(0, 20).Select(i => WithCue($"Growers support levy {i} on imports. The support of growers grew in week {i}.", "support"));

        var model = AttributionCueModel.Fit(examples);

        Assert.True(model.IsCue(WordTokens.Of("Dockworkers support the strike."), 1));
        Assert.False(model.IsCue(WordTokens.Of("Her support of the strike grew."), 1));
    }

    [Fact]
    public void FittingSkipsWordsInsideQuotations()
    {
        // The quoted "think" is part of what the driver said, so the annotation marks no cue there.
        var examples = Enumerable.Range(0, 20).Select(i => i % 4 == 0
            ? WithCue($"Officials think road {i} will reopen.", "think")
            : WithCue($"“Officials think road {i} will reopen,” a driver said.", "said"));

        var model = AttributionCueModel.Fit(examples);

        Assert.True(model.IsCue(WordTokens.Of("Officials think the bridge will hold."), 1));
    }

    [Fact]
    public void AnInflectionNeverSeenAsACueIsACandidateByItsStem()
    {
        var examples = Enumerable.Range(0, 10).Select(i => WithCue($"Engineers warned that dam {i} could fail. The dam was inspected by crews.", "warned"));

        var model = AttributionCueModel.Fit(examples);

        Assert.True(model.IsCue(WordTokens.Of("Engineers warn that the dam could fail."), 1));
        Assert.Equal(0, model.Probability(WordTokens.Of("inspects"), 0));
    }

    [Fact]
    public void ANounOfWhoDoesItIsNoCandidateByTheVerbsStem()
    {
        var examples = Enumerable.Range(0, 10).Select(i => WithCue($"Officials forecast that river {i} would rise.", "forecast"));

        var model = AttributionCueModel.Fit(examples);

        Assert.True(model.IsCue(WordTokens.Of("The agency forecasts that the river will rise."), 2));
        Assert.Equal(0, model.Probability(WordTokens.Of("Heavy rain fell, and forecasters expect more."), 5));
    }

    /// <summary>A text whose first occurrence of a word is an annotated cue with a source.</summary>
    private static (string Text, IReadOnlyList<AnnotatedCue> Cues) WithCue(string text, string cueWord)
    {
        var cue = text.IndexOf(cueWord, StringComparison.Ordinal);
        return (text, [new AnnotatedCue(new TextSpan(cue, cue + cueWord.Length, cueWord), HasSource: true)]);
    }
}
