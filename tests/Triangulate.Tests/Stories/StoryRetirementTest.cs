using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryRetirementTest
{
    private static readonly StoryClusteringOptions WeekWindow = StoryClusteringOptions.Default with { RetireAfter = TimeSpan.FromDays(7) };

    [Fact]
    public void ActiveStoriesStayBoundedWhileStoriesKeepComing()
    {
        var stream = StoryFixtures.EventStream(events: 600, articlesPerEvent: 3);
        var clusterer = new StoryClusterer(WeekWindow);
        var mostActive = 0;

        foreach (var article in stream)
        {
            clusterer.Add(article);
            mostActive = Math.Max(mostActive, clusterer.ActiveStories);
        }

        Assert.True(clusterer.Stories.Count >= 500, $"{clusterer.Stories.Count} stories");
        Assert.True(mostActive <= 150, $"{mostActive} stories were active at once");
    }

    [Fact]
    public void RetiredStoriesStayInTheResultWithEveryArticle()
    {
        var stream = StoryFixtures.EventStream(events: 400, articlesPerEvent: 3);
        var clusterer = new StoryClusterer(WeekWindow);

        foreach (var article in stream)
        {
            clusterer.Add(article);
        }

        Assert.True(clusterer.ActiveStories < clusterer.Stories.Count);
        Assert.Equal(stream.Select(a => a.Id).Order(), clusterer.Stories.SelectMany(s => s.ArticleIds).Order());
        Assert.Equal(["event-50-0", "event-50-1", "event-50-2"], clusterer.Stories.Single(s => s.ArticleIds.Contains("event-50-0")).ArticleIds.Order());
    }

    [Fact]
    public void TakenRetiredStoriesLeaveTheClusterer()
    {
        var clusterer = new StoryClusterer(WeekWindow);
        foreach (var article in StoryFixtures.EventStream(events: 400, articlesPerEvent: 3))
        {
            clusterer.Add(article);
        }
        var before = clusterer.Stories.Count;

        var taken = clusterer.TakeRetired();

        Assert.Contains(taken, s => s.ArticleIds.Contains("event-50-0"));
        Assert.Equal(before - taken.Count, clusterer.Stories.Count);
        Assert.Equal(clusterer.ActiveStories, clusterer.Stories.Count);
        Assert.Empty(clusterer.TakeRetired());
    }

    [Fact]
    public void AnArticleAboutARetiredStoryFoundsANewOne()
    {
        var clusterer = new StoryClusterer(WeekWindow);
        var first = clusterer.Add(StoryFixtures.BridgeCollapseCopies[0]);
        foreach (var article in StoryFixtures.EventStream(events: 300, articlesPerEvent: 3, start: "2025-03-05T08:00Z"))
        {
            clusterer.Add(article);
        }

        var late = clusterer.Add(StoryFixtures.BridgeCollapseCopies[1] with { Published = StoryFixtures.EventStream(1, 1, "2026-01-01T08:00Z")[0].Published });

        Assert.Equal(StoryDecision.Founded, late.Decision);
        Assert.NotEqual(first.StoryId, late.StoryId);
    }
}
