using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

/// <summary>The candidate index only saves work: scoring every active story instead gives the same stories.</summary>
public class StoryIndexTest
{
    [Fact]
    public void FixturesClusterTheSameWithAndWithoutTheIndex()
    {
        IReadOnlyList<Article> stream =
            [.. StoryFixtures.BridgeCollapseCopies, .. StoryFixtures.TwoMeetings, .. StoryFixtures.TwoEarthquakes, .. StoryFixtures.Background];

        Assert.Equal(Partition(stream, scoreEveryActiveStory: true), Partition(stream, scoreEveryActiveStory: false));
    }

    [Fact]
    public void AStreamOfManyEventsClustersTheSameWithAndWithoutTheIndex()
    {
        var stream = StoryFixtures.EventStream(events: 120, articlesPerEvent: 3);

        var withIndex = Partition(stream, scoreEveryActiveStory: false);

        Assert.Equal(Partition(stream, scoreEveryActiveStory: true), withIndex);
        Assert.True(withIndex.Count >= 100, $"{withIndex.Count} stories: too few for the index to narrow the search");
    }

    private static List<string> Partition(IReadOnlyList<Article> stream, bool scoreEveryActiveStory)
    {
        var clusterer = new StoryClusterer(null, null, scoreEveryActiveStory);
        foreach (var article in stream)
        {
            clusterer.Add(article);
        }
        return [.. clusterer.Stories.Select(s => string.Join(" ", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
    }
}
