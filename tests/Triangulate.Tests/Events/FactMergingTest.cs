using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Tests.Events;

public class FactMergingTest
{
    private static readonly DateOnly Friday = new(2025, 6, 13);

    private static IReadOnlyList<Event> Events(string article, string text) => EventFinder.Find(ArticleText.Of(article, "", [text]), Friday);

    private static IReadOnlyList<Event> ThreeReports() =>
    [
        .. Events("wire", "Leaders of the Velmoran Liberation Front held a rare meeting with Kestrel Brigades commanders last week, Velmoran factional sources told AFP."),
        .. Events("copy", "Leaders of the Velmoran Liberation Front held an unusual meeting with Kestrel Brigades commanders last week, Velmoran sources told AFP."),
        .. Events("other", "A Kestrel Brigades source confirmed that its commanders held a meeting with the Velmoran Liberation Front last week."),
    ];

    [Fact]
    public void CopiesOfOneReportAreOneOrigin()
    {
        var fact = Assert.Single(EventMerger.Merge(ThreeReports(), article => article is "wire" or "copy" or "other" ? "agency" : null), f => f.Type == EventTypes.Meet);

        Assert.Equal(3, fact.Support.Articles.Count);
        Assert.Equal(1, fact.Support.IndependentOrigins);
        Assert.Equal(FactStatus.SingleSource, fact.Support.Status);
        Assert.Contains(fact.Support.Sources, s => s.StartsWith("Velmoran factional sources", StringComparison.Ordinal) && s.EndsWith("(via AFP)", StringComparison.Ordinal));
        Assert.Contains(fact.Support.Sources, s => s.Contains("Kestrel Brigades source", StringComparison.Ordinal));
        Assert.Equal("2025-W23", fact.Time!.Value);
    }

    [Fact]
    public void AnArticleInNoGroupIsAnOriginOfItsOwn()
    {
        var fact = Assert.Single(EventMerger.Merge(ThreeReports(), article => article is "wire" or "copy" ? "agency" : null), f => f.Type == EventTypes.Meet);

        Assert.Equal(2, fact.Support.IndependentOrigins);
        Assert.Equal(FactStatus.Corroborated, fact.Support.Status);
    }

    [Fact]
    public void AMeetingOneOriginReportsAndAnotherDeniesIsContradicted()
    {
        IReadOnlyList<Event> events =
        [
            .. Events("a", "The Kestrel Brigades met Velmoran officials last week."),
            .. Events("b", "The Kestrel Brigades never met Velmoran officials last week, a spokesman said."),
        ];

        var fact = Assert.Single(EventMerger.Merge(events, _ => null), f => f.Type == EventTypes.Meet);

        Assert.Equal(FactStatus.Contradicted, fact.Support.Status);
    }

    private static List<ClaimMention> Claims(string article, string text) => QuantityFinder.Find(ArticleText.Of(article, "", [text]), AttributionFinder.Default.FindSaid(text)).ToList();

    [Fact]
    public void ADriftedFigureStaysOneClaimWithBothWordings()
    {
        var claims = Claims("a", "The shelling has killed at least 3,120 people in Dovra, according to the regional health office.")
            .Concat(Claims("b", "The shelling has killed over 3,120 people in Dovra, officials said.")).ToList();

        var claim = Assert.Single(ClaimMerger.Merge(claims, _ => "agency", _ => Friday, _ => "story-shelling"), c => c.Value == 3120);

        Assert.Equal(["at least 3,120", "over 3,120"], claim.Wordings);
        Assert.Equal(1, claim.Support.IndependentOrigins);
        Assert.Contains("the regional health office", claim.AccordingTo);
    }

    [Fact]
    public void AFigureGivenMonthsLaterIsARevisionNotAContradiction()
    {
        var claims = Claims("early", "The March 3 raid killed more than 900 people, officials said.")
            .Concat(Claims("late", "The March 3 raid killed about 760 people, according to a tally of official figures.")).ToList();
        var reported = new Dictionary<string, DateOnly> { ["early"] = new(2025, 3, 20), ["late"] = new(2025, 9, 1) };

        var merged = ClaimMerger.Merge(claims, article => article, article => reported[article], article => "story-" + article);

        var first = Assert.Single(merged, c => c.Value == 900);
        var revised = Assert.Single(merged, c => c.Value == 760);
        Assert.Equal(new ClaimLink(revised.Id, ClaimLinkKind.Revision), Assert.Single(first.Links));
        Assert.NotEqual(FactStatus.Contradicted, first.Support.Status);
        Assert.Equal("kill", first.Counts);
    }

    [Fact]
    public void TwoOriginsGivingTwoFiguresTheSameWeekContradictEachOther()
    {
        var claims = Claims("a", "The March 3 raid killed more than 900 people, officials said.")
            .Concat(Claims("b", "The March 3 raid killed about 760 people, medics said.")).ToList();

        var merged = ClaimMerger.Merge(claims, article => article, _ => new DateOnly(2025, 3, 20), article => "story-" + article);

        Assert.All(merged, c => Assert.Equal(FactStatus.Contradicted, c.Support.Status));
        Assert.Equal(ClaimLinkKind.Contradiction, Assert.Single(merged[0].Links).Kind);
    }

    [Fact]
    public void OneFigureInTwoUnrelatedStoriesIsTwoClaims()
    {
        var claims = Claims("port", "Dockworkers at Velm said three cranes were idle, the harbour office said.")
            .Concat(Claims("vote", "Three council members abstained in the Dovra budget vote, the clerk said."))
            .Concat(Claims("vote-copy", "Three council members abstained in the Dovra budget vote.")).ToList();
        var story = new Dictionary<string, string> { ["port"] = "story-port", ["vote"] = "story-vote", ["vote-copy"] = "story-vote" };

        var merged = ClaimMerger.Merge(claims, article => article, _ => Friday, article => story[article]);

        Assert.Equal(2, merged.Count(c => c.Value == 3));
        Assert.Contains(merged, c => c.Value == 3 && c.Support.Articles.SequenceEqual(["vote", "vote-copy"]));
    }

    [Fact]
    public void AFigureOfAStoryThatGivesItAsANamedDaysTallyIsThatTally()
    {
        var claims = Claims("wire", "The March 3 raid killed about 760 people, officials said.")
            .Concat(Claims("copy", "Officials put the toll at about 760 deaths.")).ToList();

        var merged = ClaimMerger.Merge(claims, _ => "agency", _ => new DateOnly(2025, 9, 1), _ => "story-raid");

        Assert.Equal(["copy", "wire"], Assert.Single(merged, c => c.Value == 760).Support.Articles.Order());
    }

    [Fact]
    public void AVagueAmountHasNoValue()
    {
        var claim = Assert.Single(ClaimMerger.Merge(Claims("a", "Dozens of fishermen were detained at the port."), _ => null, _ => Friday, _ => null));

        Assert.Null(claim.Value);
    }
}
