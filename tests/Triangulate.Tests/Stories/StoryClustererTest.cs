using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryClustererTest
{
    private static readonly IReadOnlyList<Article> Stream =
        [.. StoryFixtures.BridgeCollapseCopies, .. StoryFixtures.TwoMeetings, .. StoryFixtures.TwoEarthquakes, .. StoryFixtures.Background];

    private static readonly DateTimeOffset OctoberThirteenth = new(2025, 10, 13, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Each report ("name-wire" and "name-copy") shares its story with its own copy alone.</summary>
    private static void AssertEachStaysWithItsOwnCopy(IReadOnlyList<Story> stories, IEnumerable<Article> reports) =>
        Assert.All(reports, article => Assert.Equal(
            [$"{article.Id[..article.Id.LastIndexOf('-')]}-copy", $"{article.Id[..article.Id.LastIndexOf('-')]}-wire"],
            StoryOf(stories, article.Id).ArticleIds.Order()));

    private static Story StoryOf(IReadOnlyList<Story> stories, string articleId) =>
        stories.Single(s => s.ArticleIds.Contains(articleId));

    [Fact]
    public void CopiesOfOneStoryClusterTogether()
    {
        var stories = StoryClusterer.Cluster(Stream);

        var story = StoryOf(stories, "bridge-1");
        Assert.Equal(["bridge-1", "bridge-2", "bridge-3"], story.ArticleIds.Order());
        Assert.Equal(["Coastal Wire", "Daily Meridian", "Velmora Post"], story.Outlets.Order());
        Assert.Equal(DateTimeOffset.Parse("2025-03-04T09:10Z", System.Globalization.CultureInfo.InvariantCulture), story.FirstSeen);
    }

    [Fact]
    public void TwoMeetingsOfTheSameLeadersMonthsApartAreTwoStories()
    {
        var stories = StoryClusterer.Cluster(Stream);

        Assert.Equal(["meeting-march-1", "meeting-march-2"], StoryOf(stories, "meeting-march-1").ArticleIds.Order());
        Assert.Equal(["meeting-september-1", "meeting-september-2"], StoryOf(stories, "meeting-september-1").ArticleIds.Order());
    }

    [Fact]
    public void TwoEarthquakesInOneProvinceInDifferentYearsAreTwoStories()
    {
        var stories = StoryClusterer.Cluster(Stream);

        Assert.Equal(["quake-2019-1", "quake-2019-2"], StoryOf(stories, "quake-2019-1").ArticleIds.Order());
        Assert.Equal(["quake-2023-1", "quake-2023-2"], StoryOf(stories, "quake-2023-1").ArticleIds.Order());
    }

    [Fact]
    public void UnrelatedArticlesStayAlone()
    {
        var stories = StoryClusterer.Cluster(Stream);

        Assert.All(StoryFixtures.Background, article => Assert.Single(StoryOf(stories, article.Id).ArticleIds));
    }

    [Fact]
    public void ASimilarReportThreeWeeksLaterIsANewStory()
    {
        Article Report(string id, string published, string outlet, string amount, string day) =>
            StoryFixtures.Article(id, $"Velmora central bank adds {amount} crowns to money market", published, outlet,
                $"The Velmora central bank added {amount} crowns to the money market on {day} through overnight repurchase agreements, dealers said.",
                "The bank had forecast a shortage in the system after tax payments to the treasury.");

        var stories = StoryClusterer.Cluster(
        [
            .. Stream,
            Report("repo-june-wire", "2025-06-03T09:00Z", "Coastal Wire", "410 million", "Tuesday"),
            Report("repo-june-copy", "2025-06-03T10:00Z", "Daily Meridian", "410 million", "Tuesday"),
            StoryFixtures.Article("repo-july", "Velmora central bank injects 380 million crowns", "2025-06-24T09:00Z", "Coastal Wire",
                "The Velmora central bank injected 380 million crowns into the money market on Tuesday, dealers said, after forecasting a shortage.",
                "Banks had drawn down their reserves ahead of the quarter-end, and overnight rates rose to 4.1 percent."),
        ]);

        Assert.Equal(["repo-june-copy", "repo-june-wire"], StoryOf(stories, "repo-june-wire").ArticleIds.Order());
        Assert.Equal(["repo-july"], StoryOf(stories, "repo-july").ArticleIds);
    }

    [Fact]
    public void EachLookAlikeReportStaysWithItsOwnCopy()
    {
        var results = StoryFixtures.QuarterlyResults(companies: 24);

        var stories = StoryClusterer.Cluster([.. Stream, .. results]);

        AssertEachStaysWithItsOwnCopy(stories, results);
    }

    [Fact]
    public void LookAlikeReportsOfOneDayCreditingOneAgencyStayApart()
    {
        var results = StoryFixtures.QuarterlyResults(companies: 24)
            .Select(a => a with
            {
                Published = a.Published! with { Value = a.Published.Value.AddDays(-(a.Published.Value - OctoberThirteenth).Days) },
                Body = [a.Body[0].Replace(" - ", " (Meridian Press) - ", StringComparison.Ordinal), .. a.Body.Skip(1)],
                Credits = ["Meridian Press"],
            })
            .ToList();

        var stories = StoryClusterer.Cluster([.. Stream, .. results]);

        AssertEachStaysWithItsOwnCopy(stories, results);
    }

    [Fact]
    public void OneUndatedArticleLeavesTheBatchInTimeOrder()
    {
        // A year of later events, more than a retirement check apart, comes between the bridge report and a headline
        // about it in the batch; an undated article at the end must not make the batch arrive in the order given.
        var later = StoryFixtures.EventStream(events: 100, articlesPerEvent: 3, start: "2026-01-01T08:00Z");
        var headline = StoryFixtures.Article("bridge-headline", "Velmora harbour bridge collapse: four missing in Serin river",
            "2025-03-04T11:00Z", "City Notes", "Velmora harbour bridge collapse: four missing in Serin river");
        var undated = StoryFixtures.Background[0] with { Published = null };

        var stories = StoryClusterer.Cluster([StoryFixtures.BridgeCollapseCopies[0], .. later, headline, undated]);

        Assert.Equal(["bridge-1", "bridge-headline"], StoryOf(stories, "bridge-headline").ArticleIds.Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EachWeeksReportStaysWithItsOwnCopy(bool dated)
    {
        var reports = StoryFixtures.WeeklyBorrowings(weeks: 6).Select(a => dated ? a : a with { Published = null }).ToList();

        var stories = StoryClusterer.Cluster([.. Stream, .. reports]);

        AssertEachStaysWithItsOwnCopy(stories, reports);
    }

    [Fact]
    public void WithoutTheMemberFitAndTheConflictsLookAlikeReportsChainIntoOneLargeStory()
    {
        var options = StoryClusteringOptions.Default with { MemberFitFloor = 0, NumberConflictWeight = 0, NameConflictWeight = 0 };

        var stories = StoryClusterer.Cluster([.. Stream, .. StoryFixtures.QuarterlyResults(companies: 24)], options);

        Assert.Contains(stories, story => story.ArticleIds.Count(id => id.StartsWith("results-", StringComparison.Ordinal)) > options.MemberFitMinMembers);
    }

    [Fact]
    public void EachCompanysDividendNoticeStaysWithItsOwnCopy()
    {
        var notices = StoryFixtures.DividendNotices(companies: 30);

        var stories = StoryClusterer.Cluster([.. Stream, .. notices]);

        AssertEachStaysWithItsOwnCopy(stories, notices);
    }

    [Fact]
    public void WithoutTheNameConflictOneDaysDividendNoticesChainIntoOneLargeStory()
    {
        var options = StoryClusteringOptions.Default with { NameConflictWeight = 0 };

        var stories = StoryClusterer.Cluster([.. Stream, .. StoryFixtures.DividendNotices(companies: 30)], options);

        Assert.Contains(stories, story => story.ArticleIds.Count(id => id.StartsWith("dividend-", StringComparison.Ordinal)) > options.MemberFitMinMembers);
    }

    [Fact]
    public void HeadlineOnlyItemsJoinTheirStory()
    {
        var stories = StoryClusterer.Cluster([.. Stream, .. StoryFixtures.FerryStrikeHeadlines, .. StoryFixtures.PlantFireHeadlines]);

        var ferry = StoryOf(stories, StoryFixtures.FerryStrikeHeadlines[0].Id);
        Assert.Equal(StoryFixtures.FerryStrikeHeadlines.Select(a => a.Id).Order(), ferry.ArticleIds.Order());
        var fire = StoryOf(stories, StoryFixtures.PlantFireHeadlines[0].Id);
        Assert.Equal(StoryFixtures.PlantFireHeadlines.Select(a => a.Id).Order(), fire.ArticleIds.Order());
    }

    [Fact]
    public void RewordedHeadlinesOfOneEventJoinApartFromAnotherOfTheDay()
    {
        var stories = StoryClusterer.Cluster([.. Stream, .. StoryFixtures.FerryStrikeHeadlines, .. StoryFixtures.MayorResignationHeadlines]);

        Assert.Equal(
            StoryFixtures.MayorResignationHeadlines.Select(a => a.Id).Order(),
            StoryOf(stories, StoryFixtures.MayorResignationHeadlines[0].Id).ArticleIds.Order());
        Assert.Equal(
            StoryFixtures.FerryStrikeHeadlines.Select(a => a.Id).Order(),
            StoryOf(stories, StoryFixtures.FerryStrikeHeadlines[0].Id).ArticleIds.Order());
    }

    [Fact]
    public void WithoutTheShortTextScaleHeadlinesScatter()
    {
        var stories = StoryClusterer.Cluster(
            [.. Stream, .. StoryFixtures.FerryStrikeHeadlines, .. StoryFixtures.PlantFireHeadlines],
            StoryClusteringOptions.Default with { ShortTextExponent = 1 });

        Assert.True(StoryOf(stories, StoryFixtures.FerryStrikeHeadlines[0].Id).ArticleIds.Count < StoryFixtures.FerryStrikeHeadlines.Count);
    }

    [Fact]
    public void StoryIdsAreStableAndUnique()
    {
        var first = StoryClusterer.Cluster(Stream);
        var second = StoryClusterer.Cluster(Stream);

        Assert.Equal(first.Select(s => s.Id), second.Select(s => s.Id));
        Assert.Equal(first.Count, first.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void A_clusterer_carrying_on_a_store_founds_stories_past_its_sequences()
    {
        var carried = new StoryClusterer(firstSequence: 1000).Add(Stream);
        var fresh = StoryClusterer.Cluster(Stream);

        Assert.Empty(carried.Select(s => s.Id).Intersect(fresh.Select(s => s.Id)));
    }

    [Fact]
    public void TitleIsAMemberHeadline()
    {
        var story = StoryOf(StoryClusterer.Cluster(Stream), "bridge-1");

        Assert.Contains(story.Title, StoryFixtures.BridgeCollapseCopies.Select(a => a.Title));
    }

    [Fact]
    public void EveryMemberHasAnExplainedDecision()
    {
        var story = StoryOf(StoryClusterer.Cluster(Stream), "bridge-1");

        Assert.Equal(story.ArticleIds.Order(), story.Decisions.Select(d => d.ArticleId).Order());
        var joined = Assert.Single(story.Decisions, d => d.ArticleId == "bridge-2");
        Assert.NotNull(joined.Signals);
        Assert.True(joined.Signals.Text > 0.3, $"text similarity {joined.Signals.Text}");
        Assert.True(joined.Score >= StoryClusteringOptions.Default.JoinThreshold);
    }

    [Fact]
    public void IncrementalAddFoundsThenJoins()
    {
        var clusterer = new StoryClusterer();

        var founded = clusterer.Add(StoryFixtures.BridgeCollapseCopies[0]);
        var joined = clusterer.Add(StoryFixtures.BridgeCollapseCopies[1]);

        Assert.Equal(StoryDecision.Founded, founded.Decision);
        Assert.Equal(StoryDecision.Joined, joined.Decision);
        Assert.Equal(founded.StoryId, joined.StoryId);
        Assert.Single(clusterer.Stories);
    }

    [Fact]
    public void BridgingArticleMergesTwoStories()
    {
        var clusterer = new StoryClusterer(StoryClusteringOptions.Default with { JoinThreshold = 0.25, MergeThreshold = 0.3 });
        var evacuation = clusterer.Add(StoryFixtures.Article("fire-police", "Police evacuate streets near Brenik chemical plant", "2025-02-01T06:00Z", "Coastal Wire",
            "Police evacuated 300 residents from streets around the Halden chemical plant in Brenik overnight after a blaze broke out in a storage hall.",
            "Officers closed the ring road and set up a shelter in the sports centre."));
        var smoke = clusterer.Add(StoryFixtures.Article("fire-smoke", "Toxic smoke warning for farmers east of Brenik", "2025-02-01T07:30Z", "Daily Meridian",
            "Farmers east of Brenik were told to keep livestock indoors as a plume of toxic smoke drifted over fields.",
            "The health agency said chlorine levels in the air were being measured hourly."));

        var bridge = clusterer.Add(StoryFixtures.Article("fire-bridge", "Brenik chemical plant blaze: evacuation and toxic smoke warning", "2025-02-01T09:00Z", "Velmora Post",
            "Police evacuated 300 residents near the Halden chemical plant in Brenik after a blaze in a storage hall, and farmers east of the town were told to keep livestock indoors.",
            "A plume of toxic smoke drifted over fields; the health agency is measuring chlorine levels hourly and officers have closed the ring road."));

        Assert.NotEqual(evacuation.StoryId, smoke.StoryId);
        Assert.Equal(StoryDecision.Joined, bridge.Decision);
        Assert.Single(bridge.MergedStoryIds);
        var story = Assert.Single(clusterer.Stories);
        Assert.Equal(evacuation.StoryId, story.Id);
        Assert.Equal(3, story.ArticleIds.Count);
    }
}
