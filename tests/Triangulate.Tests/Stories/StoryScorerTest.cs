using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryScorerTest
{
    private static readonly StoryScorer Scorer = new(StoryClusteringOptions.Default, new StoryFrequencies(StoryFrequencyTable.Empty));

    private static double Score(double actors, double? meaning) =>
        Scorer.Score(new StorySignals(Text: 0.4, Actors: actors, Numbers: 0, YearConflict: 0, DaysApart: 0, Meaning: meaning));

    [Fact]
    public void Close_meaning_adds_only_when_the_sides_share_an_actor()
    {
        // Template headlines ("X Corp 2nd qtr net", "Y Inc 2nd qtr net") mean nearly the same and name different companies.
        Assert.Equal(Score(actors: 0, meaning: null), Score(actors: 0, meaning: 0.8), 9);
        Assert.True(Score(actors: 0.3, meaning: 0.8) > Score(actors: 0.3, meaning: null) + 0.5);
    }

    [Fact]
    public void Distant_meaning_costs_whatever_the_actors()
    {
        Assert.True(Score(actors: 0, meaning: 0) < Score(actors: 0, meaning: null));
        Assert.True(Score(actors: 0.3, meaning: 0) < Score(actors: 0.3, meaning: null));
    }
}
